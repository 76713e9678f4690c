import { decodeHTML } from "entities";
import type { ImportIssue } from "./types";

/**
 * What GIFT and Moodle XML share: Moodle keeps most text as HTML and grades answers in percent. Quizwire
 * keeps plain text and one right answer, so this turns HTML into the words a learner would read and says,
 * in plain words, what a question lost on the way in.
 */
const TAG = /<\/?[a-zA-Z][^>]*>/g;
const BREAK = /<br\s*\/?>|<\/(p|div|li|h[1-6]|tr)>/gi;
const MEDIA = /<(img|audio|video|object|embed)\b|href\s*=\s*["']@@PLUGINFILE@@/gi;

/** The text a learner would read in Moodle's HTML: tags gone, entities decoded, one space between words. */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(BREAK, "\n").replace(TAG, ""))
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** How many pictures, sounds or attached files the HTML shows; Quizwire keeps text only. */
export function mediaCount(html: string): number {
  return html.match(MEDIA)?.length ?? 0;
}

export function mediaNote(count: number): string | null {
  if (count === 0) return null;
  return count === 1
    ? "its picture or sound file was left out (Quizwire keeps text only)"
    : `its ${count} pictures or sound files were left out (Quizwire keeps text only)`;
}

/** A fraction of 100 or more (Moodle writes 100, 100.0000000 or 1 as a GIFT weight of 100%) is full marks. */
export const isFullMarks = (percent: number) => percent >= 99.999;

export function partialCreditNote(answers: { text: string; percent: number }[]): string | null {
  const partial = answers.filter((answer) => answer.percent > 0 && !isFullMarks(answer.percent));
  if (partial.length === 0) return null;
  const listed = partial.map((answer) => `“${answer.text}” (${Number(answer.percent.toFixed(2))}%)`).join(", ");
  return `${listed} earned partial credit in Moodle; Quizwire has no partial credit, so ${
    partial.length === 1 ? "it counts" : "they count"
  } as wrong`;
}

export const ANSWER_FEEDBACK_NOTE =
  "the feedback on each answer was left out (Quizwire keeps one explanation per question)";

/** "Question 3 “Colours” (line 21)": how every refusal and note names its question. */
export function questionLabel(number: number, name: string, line?: number): string {
  const shortName = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return `Question ${number}${shortName ? ` “${shortName}”` : ""}${line ? ` (line ${line})` : ""}`;
}

export function issueFor(number: number, name: string, line: number | undefined, parts: string[]): ImportIssue {
  const message = `${questionLabel(number, name, line)}: ${parts.join("; ")}.`;
  return { ...(line ? { line } : {}), question: number, message };
}

/** Question types Moodle has and Quizwire does not, in the words a teacher would use. */
const UNSUPPORTED: Record<string, string> = {
  essay: "essay questions are not supported: they have no answer Quizwire can mark",
  match: "matching questions are not supported",
  matching: "matching questions are not supported",
  numerical: "numerical questions are not supported",
  calculated: "calculated questions are not supported",
  calculatedsimple: "calculated questions are not supported",
  calculatedmulti: "calculated questions are not supported",
  cloze: "cloze (embedded answers) questions are not supported",
  multianswer: "cloze (embedded answers) questions are not supported",
  description: "a description is text only, not a question",
  ddwtos: "drag-and-drop-into-text questions are not supported",
  ddimageortext: "drag-and-drop-onto-image questions are not supported",
  ddmarker: "drag-and-drop-marker questions are not supported",
  gapselect: "select-missing-words questions are not supported",
  randomsamatch: "random short-answer matching questions are not supported",
  random: "random questions are not supported",
  ordering: "ordering questions are not supported",
};

export function unsupportedType(type: string): string {
  return (
    UNSUPPORTED[type] ?? `“${type}” questions are not supported (multiple choice, true/false and short answer are)`
  );
}

export const MULTIPLE_RESPONSE =
  "multiple-response questions are not supported (a Quizwire question has exactly one right answer)";
