/**
 * The format-neutral question set every importer produces and every exporter reads. Explanations
 * and the article source travel wherever a format can carry them.
 */
export type PortableType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";

export interface PortableQuestion {
  type: PortableType;
  prompt: string;
  choices: { text: string; isCorrect: boolean }[];
  /** Fill-in only. */
  acceptedAnswers: string[];
  explanation: string;
  evidence: string | null;
  /** Quizwire's own details, kept by the JSON format only. */
  kind?: string | null;
  difficulty?: number;
  topics?: string[];
}

export interface PortableSource {
  title: string;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
}

export interface PortableSet {
  title: string;
  description: string;
  source: PortableSource | null;
  questions: PortableQuestion[];
}

export interface ImportIssue {
  /** 1-based line in the file, where the format has lines. */
  line?: number;
  /** 1-based question number in the file. */
  question?: number;
  /** The file inside a zip package. */
  file?: string;
  message: string;
}

export interface ImportResult {
  set: PortableSet;
  /** Only valid questions are in `set`; each invalid one has an issue here. */
  issues: ImportIssue[];
  /** Questions imported with something left out or changed (partial credit, answer feedback, pictures). */
  notes?: ImportIssue[];
}

export type FormatId = "json" | "csv" | "gift" | "aiken" | "moodle-xml" | "qti";

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: string | Uint8Array;
  /** What the format could not carry, in plain words (e.g. fill-in questions in Aiken). */
  notes: string[];
}

/** Problems that make a question unusable, in plain words; empty when it is fine. */
export function questionProblems(question: PortableQuestion): string[] {
  const problems: string[] = [];
  if (!question.prompt.trim()) problems.push("the question text is empty");
  if (question.type === "FILL_IN") {
    if (question.acceptedAnswers.filter((answer) => answer.trim()).length === 0)
      problems.push("it has no accepted answer");
    return problems;
  }
  if (question.choices.length < 2) problems.push("it needs at least two choices");
  const correct = question.choices.filter((choice) => choice.isCorrect).length;
  if (correct === 0) problems.push("no choice is marked right");
  if (correct > 1) problems.push("more than one choice is marked right (Quizwire questions have one right answer)");
  return problems;
}

/** "Set title.gift" from a set title, safe in a download header. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .replace(/[^\p{L}\p{N}\- ]+/gu, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 60) || "question-set";
  return `${base}.${extension}`;
}
