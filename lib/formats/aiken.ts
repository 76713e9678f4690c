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

const CHOICE = /^([A-J])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*([A-J])\s*$/i;

export function importAiken(text: string): ImportResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const questions: PortableQuestion[] = [];
  const issues: ImportIssue[] = [];
  let prompt: string[] = [];
  let startLine = 0;
  let choices: { letter: string; text: string }[] = [];
  let number = 0;
  const reset = () => {
    prompt = [];
    choices = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    if (!line) {
      if (prompt.length && !choices.length) return; // blank line inside a multi-line question
      if (prompt.length || choices.length) {
        number++;
        issues.push({
          line: startLine,
          question: number,
          message: `Line ${startLine}: question ${number} ends without an "ANSWER: X" line.`,
        });
        reset();
      }
      return;
    }
    const answer = ANSWER.exec(line);
    if (answer) {
      number++;
      const letter = answer[1]!.toUpperCase();
      const question: PortableQuestion = {
        type: "MULTIPLE_CHOICE",
        prompt: prompt.join(" "),
        choices: choices.map((choice) => ({ text: choice.text, isCorrect: choice.letter === letter })),
        acceptedAnswers: [],
        explanation: "",
        evidence: null,
      };
      if (choices.length === 2 && choices.every((choice) => /^(true|false)$/i.test(choice.text)))
        question.type = "TRUE_FALSE";
      const problems = questionProblems(question);
      if (!choices.some((choice) => choice.letter === letter))
        problems.push(`the answer ${letter} is not one of its choices`);
      if (problems.length)
        issues.push({
          line: lineNumber,
          question: number,
          message: `Line ${lineNumber}: question ${number}: ${[...new Set(problems)].join("; ")}.`,
        });
      else questions.push(question);
      reset();
      return;
    }
    const choice = CHOICE.exec(line);
    if (choice && prompt.length) {
      choices.push({ letter: choice[1]!, text: choice[2]!.trim() });
      return;
    }
    if (choices.length) {
      issues.push({
        line: lineNumber,
        message: `Line ${lineNumber}: expected a choice ("C. …") or "ANSWER: X", found "${line.slice(0, 60)}".`,
      });
      return;
    }
    if (!prompt.length) startLine = lineNumber;
    prompt.push(line);
  });
  if (prompt.length || choices.length)
    issues.push({
      line: startLine,
      question: number + 1,
      message: `Line ${startLine}: the last question ends without an "ANSWER: X" line.`,
    });
  return { set: { title: "", description: "", source: null, questions }, issues };
}
