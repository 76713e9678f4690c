import { MAX_CSV_ROWS } from "./limits";
import Papa from "papaparse";
import {
  fileNameFor,
  questionProblems,
  type ExportedFile,
  type ImportIssue,
  type ImportResult,
  type PortableQuestion,
  type PortableSet,
  type PortableType,
} from "./types";

/**
 * One question per row, spreadsheet-friendly: type, question, choices A–F, answer (a letter, or the
 * accepted answers separated by " | " for fill-in), explanation, evidence. Lines starting with "#"
 * carry the set's title and source.
 */
const LETTERS = ["A", "B", "C", "D", "E", "F"];
const HEADER = [
  "Type",
  "Question",
  ...LETTERS.map((letter) => `Choice ${letter}`),
  "Answer",
  "Explanation",
  "Evidence",
];

const TYPE_NAMES: Record<PortableType, string> = {
  MULTIPLE_CHOICE: "multiple choice",
  TRUE_FALSE: "true/false",
  FILL_IN: "fill in",
  WHO_SAID: "who said",
};
const TYPE_BY_NAME = new Map<string, PortableType>([
  ...Object.entries(TYPE_NAMES).map(([type, name]) => [name, type as PortableType] as const),
  ...Object.keys(TYPE_NAMES).map((type) => [type.toLowerCase(), type as PortableType] as const),
  ["mc", "MULTIPLE_CHOICE"],
  ["multiple-choice", "MULTIPLE_CHOICE"],
  ["true false", "TRUE_FALSE"],
  ["tf", "TRUE_FALSE"],
  ["fill-in", "FILL_IN"],
  ["short answer", "FILL_IN"],
]);

const meta = (key: string, value: string | null) => (value ? `# ${key}: ${value.replace(/\r?\n/g, " ")}` : null);

export function exportCsv(set: PortableSet): ExportedFile {
  const rows = set.questions.map((question) => {
    const choices = LETTERS.map((_, index) => question.choices[index]?.text ?? "");
    const answer =
      question.type === "FILL_IN"
        ? question.acceptedAnswers.join(" | ")
        : (LETTERS[question.choices.findIndex((choice) => choice.isCorrect)] ?? "");
    return [
      TYPE_NAMES[question.type],
      question.prompt,
      ...choices,
      answer,
      question.explanation,
      question.evidence ?? "",
    ];
  });
  const header = [
    meta("title", set.title),
    meta("description", set.description),
    meta("source title", set.source?.title ?? null),
    meta("source url", set.source?.url ?? null),
    meta("source date", set.source?.publishedAt ?? null),
    meta("source", set.source?.source ?? null),
  ].filter(Boolean);
  // escapeFormulae: a cell like "=1+1" stays text when the file is opened in a spreadsheet.
  const body = Papa.unparse({ fields: HEADER, data: rows }, { escapeFormulae: true });
  return {
    filename: fileNameFor(set.title, "csv"),
    contentType: "text/csv; charset=utf-8",
    body: `${header.join("\r\n")}${header.length ? "\r\n" : ""}${body}\r\n`,
    notes: [],
  };
}

const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export function importCsv(text: string): ImportResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const metadata = new Map<string, string>();
  let firstDataLine = 0;
  while (firstDataLine < lines.length && (lines[firstDataLine]!.startsWith("#") || !lines[firstDataLine]!.trim())) {
    const match = /^#\s*([^:]+):\s*(.*)$/.exec(lines[firstDataLine]!);
    if (match) metadata.set(match[1]!.trim().toLowerCase(), match[2]!.trim());
    firstDataLine++;
  }
  const parsed = Papa.parse<string[]>(lines.slice(firstDataLine).join("\n"), { skipEmptyLines: "greedy" });
  const issues: ImportIssue[] = parsed.errors.map((error) => ({
    line: (error.row ?? 0) + firstDataLine + 1,
    message: `Line ${(error.row ?? 0) + firstDataLine + 1}: ${error.message}.`,
  }));
  const [header, ...rows] = parsed.data;
  if (rows.length > MAX_CSV_ROWS)
    return {
      set: { title: "", description: "", source: null, questions: [] },
      issues: [
        {
          message:
            `This CSV file has ${rows.length} rows; Quizwire imports up to ${MAX_CSV_ROWS} questions at a time. ` +
            "Split it into smaller files.",
        },
      ],
    };
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const column = (name: string) => columns.indexOf(name.toLowerCase());
  if (column("question") < 0 || column("answer") < 0) {
    return {
      set: { title: "", description: "", source: null, questions: [] },
      issues: [
        {
          line: firstDataLine + 1,
          message:
            `Line ${firstDataLine + 1}: the header row needs at least "Question" and "Answer" columns ` +
            `(and "Type", "Choice A"…"Choice F", "Explanation", "Evidence").`,
        },
      ],
    };
  }
  const questions: PortableQuestion[] = [];
  rows.forEach((row, index) => {
    const line = firstDataLine + index + 2;
    const cell = (name: string) => unescapeFormula((row[column(name)] ?? "").trim());
    const typeName = cell("type").toLowerCase();
    const choices = LETTERS.map((letter) => cell(`choice ${letter}`)).filter(Boolean);
    const type = typeName ? TYPE_BY_NAME.get(typeName) : choices.length ? "MULTIPLE_CHOICE" : "FILL_IN";
    if (!type) {
      issues.push({
        line,
        message: `Line ${line}: unknown type "${cell("type")}" (use multiple choice, true/false, fill in or who said).`,
      });
      return;
    }
    const answer = cell("answer");
    const letterIndex = LETTERS.indexOf(answer.toUpperCase());
    const byText = choices.findIndex((choice) => choice.toLowerCase() === answer.toLowerCase());
    const correct = letterIndex >= 0 ? letterIndex : byText;
    const question: PortableQuestion = {
      type,
      prompt: cell("question"),
      choices: type === "FILL_IN" ? [] : choices.map((text, position) => ({ text, isCorrect: position === correct })),
      acceptedAnswers:
        type === "FILL_IN"
          ? answer
              .split("|")
              .map((value) => value.trim())
              .filter(Boolean)
          : [],
      explanation: cell("explanation"),
      evidence: cell("evidence") || null,
    };
    const problems = questionProblems(question);
    if (type !== "FILL_IN" && answer && correct < 0)
      problems.push(`the answer "${answer}" is neither a choice letter nor one of the choices`);
    if (problems.length) issues.push({ line, message: `Line ${line}: ${problems.join("; ")}.` });
    else questions.push(question);
  });
  const sourceTitle = metadata.get("source title");
  return {
    set: {
      title: metadata.get("title") ?? "",
      description: metadata.get("description") ?? "",
      source: sourceTitle
        ? {
            title: sourceTitle,
            url: metadata.get("source url") ?? null,
            publishedAt: metadata.get("source date") ?? null,
            source: metadata.get("source") ?? null,
          }
        : null,
      questions,
    },
    issues,
  };
}
