import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
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
 * Moodle XML. Multiple choice (single answer), true/false and short answer (our fill-in), with the
 * explanation as general feedback. The set's name is the category; the article source travels as a
 * "description" item, which Moodle shows as text and we read back.
 */
const SOURCE_NAME = "Article source";

const text = (value: string) => ({ text: value });
const plain = (value: string) => ({ "@_format": "plain_text", text: value });

function questionXml(question: PortableQuestion, index: number) {
  const common = {
    name: text(`Q${index + 1}`),
    questiontext: plain(question.prompt),
    generalfeedback: plain(question.explanation),
    defaultgrade: 1,
    penalty: 0,
    hidden: 0,
  };
  if (question.type === "FILL_IN") {
    return {
      "@_type": "shortanswer",
      ...common,
      usecase: 0,
      answer: question.acceptedAnswers.map((answer) => ({ "@_fraction": 100, "@_format": "plain_text", text: answer })),
    };
  }
  if (question.type === "TRUE_FALSE") {
    const isTrue = question.choices.find((choice) => choice.isCorrect)?.text.toLowerCase() === "true";
    return {
      "@_type": "truefalse",
      ...common,
      answer: [
        { "@_fraction": isTrue ? 100 : 0, text: "true" },
        { "@_fraction": isTrue ? 0 : 100, text: "false" },
      ],
    };
  }
  return {
    "@_type": "multichoice",
    ...common,
    single: "true",
    shuffleanswers: "true",
    answernumbering: "abc",
    answer: question.choices.map((choice) => ({
      "@_fraction": choice.isCorrect ? 100 : 0,
      "@_format": "plain_text",
      text: choice.text,
    })),
  };
}

export function exportMoodleXml(set: PortableSet): ExportedFile {
  const items: object[] = [
    { "@_type": "category", category: text(`$course$/top/${set.title}`), info: plain(set.description) },
  ];
  if (set.source) {
    const lines = [set.source.title, set.source.url ?? "", set.source.publishedAt ?? "", set.source.source ?? ""];
    items.push({
      "@_type": "description",
      name: text(SOURCE_NAME),
      questiontext: plain(lines.join("\n")),
      generalfeedback: plain(""),
      defaultgrade: 0,
      penalty: 0,
      hidden: 0,
    });
  }
  items.push(...set.questions.map(questionXml));
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    suppressEmptyNode: false,
    suppressBooleanAttributes: false,
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ quiz: { question: items } })}`;
  return {
    filename: fileNameFor(set.title, "moodle.xml"),
    contentType: "application/xml; charset=utf-8",
    body,
    notes: ["Moodle XML keeps explanations and the article source, not the evidence sentence."],
  };
}

/** Moodle stores most text as HTML; we keep plain text. Text marked plain_text or markdown is kept as it is. */
function textOf(node: unknown): string {
  const value = typeof node === "object" && node !== null ? (node as { text?: unknown }).text : node;
  const raw =
    typeof value === "object" && value !== null
      ? String((value as { "#text"?: unknown })["#text"] ?? "")
      : String(value ?? "");
  const format =
    typeof node === "object" && node !== null
      ? String((node as { "@_format"?: unknown })["@_format"] ?? "html")
      : "html";
  if (format === "plain_text" || format === "markdown") return raw.trim();
  return raw
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

interface RawAnswer {
  "@_fraction"?: string | number;
  text?: unknown;
}

interface RawQuestion {
  "@_type"?: string;
  name?: unknown;
  questiontext?: unknown;
  generalfeedback?: unknown;
  category?: unknown;
  info?: unknown;
  single?: unknown;
  answer?: RawAnswer[];
}

function lineOfQuestion(source: string, ordinal: number): number | undefined {
  const opening = /<question[\s>]/g;
  let match: RegExpExecArray | null = null;
  for (let seen = 0; seen <= ordinal; seen++) {
    match = opening.exec(source);
    if (!match) return undefined;
  }
  return source.slice(0, match!.index).split("\n").length;
}

export function importMoodleXml(source: string): ImportResult {
  const empty = { title: "", description: "", source: null, questions: [] };
  const valid = XMLValidator.validate(source);
  if (valid !== true)
    return {
      set: empty,
      issues: [
        { line: valid.err.line, message: `Line ${valid.err.line}: this is not well-formed XML (${valid.err.msg}).` },
      ],
    };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => name === "question" || name === "answer",
    parseTagValue: false,
    trimValues: true,
  });
  const document = parser.parse(source) as { quiz?: { question?: RawQuestion[] } };
  if (!document.quiz)
    return { set: empty, issues: [{ line: 1, message: "Line 1: a Moodle XML file starts with <quiz>." }] };
  const set: PortableSet = { ...empty, questions: [] };
  const issues: ImportIssue[] = [];
  let number = 0;
  (document.quiz.question ?? []).forEach((raw, ordinal) => {
    const type = raw["@_type"];
    const line = lineOfQuestion(source, ordinal);
    if (type === "category") {
      set.title ||=
        textOf(raw.category)
          .split("/")
          .filter((part) => part && !part.startsWith("$"))
          .at(-1) ?? "";
      set.description ||= textOf(raw.info);
      return;
    }
    if (type === "description") {
      if (textOf(raw.name) === SOURCE_NAME) {
        const [title = "", url = "", publishedAt = "", name = ""] = textOf(raw.questiontext)
          .split("\n")
          .map((part) => part.trim());
        set.source = { title, url: url || null, publishedAt: publishedAt || null, source: name || null };
      }
      return;
    }
    number++;
    const where = `${line ? `Line ${line}: ` : ""}question ${number}`;
    const answers = (raw.answer ?? []).map((answer) => ({
      text: textOf(answer),
      fraction: Number(answer["@_fraction"] ?? 0),
    }));
    const base = {
      prompt: textOf(raw.questiontext),
      explanation: textOf(raw.generalfeedback),
      evidence: null,
      acceptedAnswers: [] as string[],
    };
    let question: PortableQuestion;
    if (type === "multichoice") {
      if (String(textOf(raw.single)) === "false") {
        issues.push({
          line,
          question: number,
          message: `${where}: questions with several right answers are not supported.`,
        });
        return;
      }
      question = {
        ...base,
        type: "MULTIPLE_CHOICE",
        choices: answers.map((answer) => ({ text: answer.text, isCorrect: answer.fraction >= 100 })),
      };
    } else if (type === "truefalse") {
      const isTrue = answers.find((answer) => answer.text.toLowerCase() === "true")?.fraction === 100;
      question = {
        ...base,
        type: "TRUE_FALSE",
        choices: [
          { text: "True", isCorrect: isTrue },
          { text: "False", isCorrect: !isTrue },
        ],
      };
    } else if (type === "shortanswer") {
      question = {
        ...base,
        type: "FILL_IN",
        choices: [],
        acceptedAnswers: answers.filter((answer) => answer.fraction >= 100).map((answer) => answer.text),
      };
    } else {
      issues.push({
        line,
        question: number,
        message:
          `${where}: "${type ?? "unknown"}" questions are not supported ` +
          "(multiple choice, true/false and short answer are).",
      });
      return;
    }
    const problems = questionProblems(question);
    if (problems.length) issues.push({ line, question: number, message: `${where}: ${problems.join("; ")}.` });
    else set.questions.push(question);
  });
  return { set, issues };
}
