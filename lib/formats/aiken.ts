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
 * Aiken (Moodle): a question, lettered choices, then "ANSWER: X". It holds single-answer choice
 * questions only: no explanations, no fill-in, no source.
 */
const LETTERS = "ABCDEFGHIJ";

export function exportAiken(set: PortableSet): ExportedFile {
  const blocks: string[] = [];
  let skipped = 0;
  for (const question of set.questions) {
    if (question.type === "FILL_IN") {
      skipped++;
      continue;
    }
    const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, " ").trim();
    const choices = question.choices.map((choice, index) => `${LETTERS[index]}. ${oneLine(choice.text)}`);
    const answer = LETTERS[question.choices.findIndex((choice) => choice.isCorrect)];
    blocks.push([oneLine(question.prompt), ...choices, `ANSWER: ${answer}`].join("\n"));
  }
  const notes = ["Aiken keeps no explanations, evidence or article source."];
  if (skipped)
    notes.push(
      `${skipped} fill-in ${skipped === 1 ? "question was" : "questions were"} left out: ` +
        "Aiken holds only multiple-choice questions.",
    );
  return {
    filename: fileNameFor(set.title, "aiken.txt"),
    contentType: "text/plain; charset=utf-8",
    body: `${blocks.join("\n\n")}\n`,
    notes,
  };
}

/**
 * Read the way Moodle's qformat_aiken reads it, with its error messages in plain words: a question is one
 * line, then choices "A) …" or "A. …" (Moodle accepts them without the space too), then "ANSWER: X".
 * Blank lines are ignored; a line that is neither starts the next question.
 */
const CHOICE = /^([A-Z])[).][ \t]?(.*)$/;
const ANSWER = /^ANSWER:/;

interface OpenQuestion {
  prompt: string;
  line: number;
  choices: { letter: string; text: string }[];
}

export function importAiken(text: string): ImportResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const questions: PortableQuestion[] = [];
  const issues: ImportIssue[] = [];
  let open: OpenQuestion | null = null;
  const refuse = (line: number, message: string, question?: OpenQuestion) =>
    issues.push({
      line,
      message: question
        ? `Line ${line}: the question “${question.prompt.slice(0, 60)}” was not imported: ${message}.`
        : `Line ${line}: ${message}.`,
    });
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    if (line.length < 2) return;
    const choice = CHOICE.exec(line);
    if (choice) {
      if (!open) return refuse(lineNumber, "this choice comes before any question (question not started)");
      open.choices.push({ letter: choice[1]!, text: choice[2]!.trim() });
      return;
    }
    if (ANSWER.test(line)) {
      if (!open) return refuse(lineNumber, "this ANSWER line comes before any question (question not started)");
      const question = open;
      open = null;
      if (question.choices.length < 2) return refuse(lineNumber, "a question must have at least 2 choices", question);
      const letter = line.slice("ANSWER:".length).trim().charAt(0).toUpperCase();
      const portable: PortableQuestion = {
        type: "MULTIPLE_CHOICE",
        prompt: question.prompt,
        choices: question.choices.map((item) => ({ text: item.text, isCorrect: item.letter === letter })),
        acceptedAnswers: [],
        explanation: "",
        evidence: null,
      };
      if (question.choices.length === 2 && question.choices.every((item) => /^(true|false)$/i.test(item.text)))
        portable.type = "TRUE_FALSE";
      const problems = questionProblems(portable);
      if (!question.choices.some((item) => item.letter === letter))
        problems.splice(0, problems.length, `the answer “${letter || "(none)"}” is not one of its choices`);
      if (problems.length) return refuse(lineNumber, problems.join("; "), question);
      questions.push(portable);
      return;
    }
    if (open)
      refuse(lineNumber, "it had no ANSWER line before the next question started here (question not completed)", open);
    open = { prompt: line, line: lineNumber, choices: [] };
  });
  if (open) {
    const last: OpenQuestion = open;
    refuse(last.line, "the file ends before its ANSWER line (question not completed)", last);
  }
  return { set: { title: "", description: "", source: null, questions }, issues };
}
