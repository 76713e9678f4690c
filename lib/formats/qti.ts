import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import { MAX_IMPORT_QUESTIONS, MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES, xmlRefusal } from "./limits";
import {
  fileNameFor,
  questionProblems,
  type ExportedFile,
  type ImportIssue,
  type ImportResult,
  type PortableQuestion,
  type PortableSet,
} from "./types";

/**
 * QTI 3.0 content package (zip): imsmanifest.xml, one qti-assessment-item per question and a
 * qti-assessment-test whose rubric block names the article source. Choice questions use a
 * choice interaction, fill-in a text entry; the explanation is the item's modal feedback.
 */
const QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const MATCH_CORRECT = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});
const xml = (tree: object) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(tree)}`;

function itemXml(question: PortableQuestion, identifier: string): string {
  const isFill = question.type === "FILL_IN";
  const correct = isFill
    ? question.acceptedAnswers
    : [`C${question.choices.findIndex((choice) => choice.isCorrect) + 1}`];
  const interaction = isFill
    ? {
        p: {
          "#text": question.prompt,
          "qti-text-entry-interaction": { "@_response-identifier": "RESPONSE", "@_expected-length": 30 },
        },
      }
    : {
        "qti-choice-interaction": {
          "@_response-identifier": "RESPONSE",
          "@_shuffle": question.type === "TRUE_FALSE" ? "false" : "true",
          "@_max-choices": 1,
          "qti-prompt": question.prompt,
          "qti-simple-choice": question.choices.map((choice, index) => ({
            "@_identifier": `C${index + 1}`,
            "#text": choice.text,
          })),
        },
      };
  return xml({
    "qti-assessment-item": {
      "@_xmlns": QTI_NS,
      "@_identifier": identifier,
      "@_title": identifier,
      "@_label": question.type.toLowerCase(),
      "@_adaptive": "false",
      "@_time-dependent": "false",
      "qti-response-declaration": {
        "@_identifier": "RESPONSE",
        "@_cardinality": isFill ? "single" : "single",
        "@_base-type": isFill ? "string" : "identifier",
        "qti-correct-response": { "qti-value": correct },
      },
      "qti-outcome-declaration": [
        { "@_identifier": "SCORE", "@_cardinality": "single", "@_base-type": "float" },
        { "@_identifier": "FEEDBACK", "@_cardinality": "single", "@_base-type": "identifier" },
      ],
      "qti-item-body": interaction,
      "qti-response-processing": { "@_template": MATCH_CORRECT },
      ...(question.explanation
        ? {
            "qti-modal-feedback": {
              "@_outcome-identifier": "FEEDBACK",
              "@_identifier": "EXPLANATION",
              "@_show-hide": "show",
              "#text": question.explanation,
            },
          }
        : {}),
    },
  });
}

export function exportQti(set: PortableSet): ExportedFile {
  const ids = set.questions.map((_, index) => `Q${index + 1}`);
  const files: Record<string, Uint8Array> = {};
  set.questions.forEach(
    (question, index) => (files[`items/${ids[index]}.xml`] = strToU8(itemXml(question, ids[index]!))),
  );
  const source = set.source;
  files["test.xml"] = strToU8(
    xml({
      "qti-assessment-test": {
        "@_xmlns": QTI_NS,
        "@_identifier": "TEST",
        "@_title": set.title,
        "qti-test-part": {
          "@_identifier": "PART",
          "@_navigation-mode": "linear",
          "@_submission-mode": "individual",
          "qti-assessment-section": {
            "@_identifier": "SECTION",
            "@_title": set.title,
            "@_visible": "true",
            ...(source
              ? {
                  "qti-rubric-block": {
                    "@_use": "source",
                    "@_view": "candidate",
                    p: [
                      { "@_class": "source-title", "#text": source.title },
                      ...(source.url ? [{ "@_class": "source-url", "#text": source.url }] : []),
                      ...(source.publishedAt ? [{ "@_class": "source-date", "#text": source.publishedAt }] : []),
                      ...(source.source ? [{ "@_class": "source-name", "#text": source.source }] : []),
                      ...(set.description ? [{ "@_class": "description", "#text": set.description }] : []),
                    ],
                  },
                }
              : {}),
            "qti-assessment-item-ref": ids.map((id) => ({ "@_identifier": id, "@_href": `items/${id}.xml` })),
          },
        },
      },
    }),
  );
  files["imsmanifest.xml"] = strToU8(
    xml({
      manifest: {
        "@_xmlns": "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
        "@_identifier": "MANIFEST",
        metadata: { schema: "QTI Package", schemaversion: "3.0.0" },
        organizations: "",
        resources: {
          resource: [
            {
              "@_identifier": "TEST",
              "@_type": "imsqti_test_xmlv3p0",
              "@_href": "test.xml",
              file: { "@_href": "test.xml" },
            },
            ...ids.map((id) => ({
              "@_identifier": id,
              "@_type": "imsqti_item_xmlv3p0",
              "@_href": `items/${id}.xml`,
              file: { "@_href": `items/${id}.xml` },
            })),
          ],
        },
      },
    }),
  );
  return {
    filename: fileNameFor(set.title, "qti.zip"),
    contentType: "application/zip",
    body: zipSync(files, { level: 6 }),
    notes: ["QTI keeps explanations and the article source, not the evidence sentence."],
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    ["resource", "qti-simple-choice", "qti-value", "p", "qti-assessment-item-ref", "qti-outcome-declaration"].includes(
      name,
    ),
});

type Node = Record<string, unknown>;
const textOf = (node: unknown): string =>
  (typeof node === "string"
    ? node
    : typeof node === "object" && node !== null
      ? String((node as Node)["#text"] ?? "")
      : ""
  ).trim();

function parseItem(source: string): PortableQuestion | string {
  const root = (parser.parse(source) as Node)["qti-assessment-item"] as Node | undefined;
  if (!root) return "it is not a qti-assessment-item";
  const declaration = root["qti-response-declaration"] as Node | undefined;
  const values = (((declaration?.["qti-correct-response"] as Node | undefined)?.["qti-value"] as unknown[]) ?? []).map(
    textOf,
  );
  const body = (root["qti-item-body"] ?? {}) as Node;
  const explanation = textOf(root["qti-modal-feedback"]);
  const label = String(root["@_label"] ?? "").toUpperCase();
  const choice = body["qti-choice-interaction"] as Node | undefined;
  if (choice) {
    const choices = ((choice["qti-simple-choice"] as unknown[]) ?? []).map((item) => ({
      id: String((item as Node)["@_identifier"] ?? ""),
      text: textOf(item),
    }));
    const type = label === "TRUE_FALSE" || label === "WHO_SAID" ? label : "MULTIPLE_CHOICE";
    if (Number(choice["@_max-choices"] ?? 1) !== 1 || values.length > 1)
      return "questions with several right answers are not supported";
    return {
      type,
      prompt: textOf(choice["qti-prompt"]),
      choices: choices.map((item) => ({ text: item.text, isCorrect: values.includes(item.id) })),
      acceptedAnswers: [],
      explanation,
      evidence: null,
    };
  }
  const paragraphs = (body.p as unknown[] | undefined) ?? [];
  const withEntry = paragraphs.find(
    (paragraph) =>
      typeof paragraph === "object" && paragraph !== null && "qti-text-entry-interaction" in (paragraph as Node),
  );
  if (withEntry)
    return {
      type: "FILL_IN",
      prompt: textOf(withEntry),
      choices: [],
      acceptedAnswers: values,
      explanation,
      evidence: null,
    };
  return "only choice and text-entry interactions are supported";
}

/**
 * Reads the zip's own table of contents before unpacking anything, so a zip bomb or a path that climbs out
 * of the package is refused in words. fflate unpacks each entry into a buffer of its declared size, so the
 * declared sizes are what bound the memory used.
 */
function zipRefusal(bytes: Uint8Array): string | null {
  let entries = 0;
  let total = 0;
  let problem: string | null = null;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries++;
        total += entry.originalSize;
        if (
          !problem &&
          (entry.name.startsWith("/") || entry.name.includes("\\") || /(^|\/)\.\.(\/|$)/.test(entry.name))
        )
          problem = `The package holds a file named “${entry.name.slice(0, 80)}”, which points outside the package.`;
        if (!problem && entry.originalSize > MAX_ZIP_ENTRY_BYTES)
          problem = `The package holds “${entry.name.slice(0, 80)}”, which unpacks to more than 2 MB.`;
        return false;
      },
    });
  } catch {
    return "This is not a zip file. A QTI package is a .zip with an imsmanifest.xml inside.";
  }
  if (problem) return problem;
  if (entries > MAX_ZIP_ENTRIES)
    return `The package holds ${entries} files; a QTI package of up to ${MAX_IMPORT_QUESTIONS} questions needs fewer.`;
  if (total > MAX_ZIP_TOTAL_BYTES) return "The package unpacks to more than 10 MB; question packages are far smaller.";
  return null;
}

export function importQti(bytes: Uint8Array): ImportResult {
  const empty: PortableSet = { title: "", description: "", source: null, questions: [] };
  let files: Record<string, Uint8Array>;
  const refusal = zipRefusal(bytes);
  if (refusal) return { set: empty, issues: [{ message: refusal }] };
  try {
    files = unzipSync(bytes);
  } catch {
    return {
      set: empty,
      issues: [{ message: "This is not a zip file. A QTI package is a .zip with an imsmanifest.xml inside." }],
    };
  }
  const manifestSource = files["imsmanifest.xml"] ? strFromU8(files["imsmanifest.xml"]) : null;
  if (!manifestSource)
    return { set: empty, issues: [{ message: "The package has no imsmanifest.xml at its top level." }] };
  const manifestProblem = xmlRefusal(manifestSource);
  if (manifestProblem) return { set: empty, issues: [{ file: "imsmanifest.xml", message: manifestProblem }] };
  const resources =
    ((((parser.parse(manifestSource) as Node).manifest as Node | undefined)?.resources as Node | undefined)
      ?.resource as Node[] | undefined) ?? [];
  const set: PortableSet = { ...empty, questions: [] };
  const issues: ImportIssue[] = [];
  const test = resources.find((resource) => String(resource["@_type"] ?? "").includes("test"));
  const testSource = test && files[String(test["@_href"])] ? strFromU8(files[String(test["@_href"])]!) : null;
  if (testSource && !xmlRefusal(testSource) && XMLValidator.validate(testSource) === true) {
    const testRoot = (parser.parse(testSource) as Node)["qti-assessment-test"] as Node | undefined;
    set.title = String(testRoot?.["@_title"] ?? "");
    const section = ((testRoot?.["qti-test-part"] as Node | undefined)?.["qti-assessment-section"] ?? {}) as Node;
    const rubric = ((section["qti-rubric-block"] as Node | undefined)?.p as Node[] | undefined) ?? [];
    const byClass = (name: string) => textOf(rubric.find((paragraph) => paragraph["@_class"] === name)) || null;
    if (byClass("source-title"))
      set.source = {
        title: byClass("source-title")!,
        url: byClass("source-url"),
        publishedAt: byClass("source-date"),
        source: byClass("source-name"),
      };
    set.description = byClass("description") ?? "";
  }
  const items = resources.filter((resource) => String(resource["@_type"] ?? "").includes("item"));
  if (items.length === 0)
    return { set, issues: [{ file: "imsmanifest.xml", message: "The package lists no questions." }] };
  items.forEach((resource, index) => {
    const href = String(resource["@_href"] ?? "");
    const file = files[href];
    const number = index + 1;
    if (!file) {
      issues.push({
        file: href,
        question: number,
        message: `Question ${number}: the manifest lists ${href}, which is not in the package.`,
      });
      return;
    }
    const source = strFromU8(file);
    const refusal = xmlRefusal(source);
    if (refusal) {
      issues.push({ file: href, question: number, message: `${href}: ${refusal}` });
      return;
    }
    const valid = XMLValidator.validate(source);
    if (valid !== true) {
      issues.push({
        file: href,
        line: valid.err.line,
        question: number,
        message: `${href}, line ${valid.err.line}: not well-formed XML (${valid.err.msg}).`,
      });
      return;
    }
    const parsed = parseItem(source);
    const problems = typeof parsed === "string" ? [parsed] : questionProblems(parsed);
    if (problems.length || typeof parsed === "string")
      issues.push({ file: href, question: number, message: `${href}: ${problems.join("; ")}.` });
    else set.questions.push(parsed);
  });
  return { set, issues };
}
