import { XMLParser, XMLValidator } from "fast-xml-parser";
import { xmlRefusal } from "./limits";
import {
  ANSWER_FEEDBACK_NOTE,
  MULTIPLE_RESPONSE,
  htmlToText,
  isFullMarks,
  issueFor,
  mediaCount,
  mediaNote,
  partialCreditNote,
  unsupportedType,
} from "./moodle-text";
import {
  questionProblems,
  type ImportIssue,
  type ImportResult,
  type PortableQuestion,
  type PortableSet,
} from "./types";

/**
 * Moodle XML import, read the way Moodle's qformat_xml reads it: HTML text (the default format) is turned
 * into what a learner reads, answers are graded by their fraction, <single> false/0 is multiple response.
 */
export const SOURCE_NAME = "Article source";

interface RawText {
  "@_format"?: string;
  text?: unknown;
  file?: unknown;
}

interface RawAnswer extends RawText {
  "@_fraction"?: string | number;
  feedback?: RawText;
}

interface RawQuestion {
  "@_type"?: string;
  name?: RawText;
  questiontext?: RawText;
  generalfeedback?: RawText;
  category?: RawText;
  info?: RawText;
  single?: unknown;
  image?: unknown;
  answer?: RawAnswer[];
}

const stringOf = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(stringOf).join("");
  if (typeof value === "object" && value !== null) return stringOf((value as { "#text"?: unknown })["#text"]);
  return value === undefined || value === null ? "" : String(value);
};

/** Text and how many pictures it showed; `fallback` is the format Moodle assumes when none is given. */
function read(node: RawText | undefined, fallback = "html"): { text: string; media: number } {
  const raw = stringOf(node?.text).trim();
  const format = node?.["@_format"] ?? fallback;
  if (format === "plain_text" || format === "markdown") return { text: raw, media: 0 };
  return { text: htmlToText(raw), media: mediaCount(raw) };
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

type Converted = { question: PortableQuestion; notes: string[] } | { problem: string };

function convert(raw: RawQuestion, type: string): Converted {
  const format = raw.questiontext?.["@_format"] ?? "html";
  const prompt = read(raw.questiontext);
  const answers = (raw.answer ?? []).map((answer) => ({
    ...read(answer, answer["@_format"] ?? format),
    percent: Number(answer["@_fraction"] ?? 0),
    feedback: read(answer.feedback).text,
  }));
  const notes: string[] = [];
  const media = prompt.media + answers.reduce((sum, answer) => sum + answer.media, 0) + (raw.image ? 1 : 0);
  const base = { prompt: prompt.text, explanation: read(raw.generalfeedback).text, evidence: null };
  if (type === "multichoice") {
    if (["false", "0"].includes(stringOf(raw.single).trim().toLowerCase())) return { problem: MULTIPLE_RESPONSE };
    const partial = partialCreditNote(answers);
    if (partial) notes.push(partial);
    if (answers.some((answer) => answer.feedback)) notes.push(ANSWER_FEEDBACK_NOTE);
    const mediaText = mediaNote(media);
    if (mediaText) notes.push(mediaText);
    const choices = answers.map((answer) => ({ text: answer.text, isCorrect: isFullMarks(answer.percent) }));
    return { notes, question: { ...base, type: "MULTIPLE_CHOICE", choices, acceptedAnswers: [] } };
  }
  if (type === "truefalse") {
    const marked = (word: string) =>
      answers.some((answer) => answer.text.toLowerCase() === word && isFullMarks(answer.percent));
    if (!marked("true") && !marked("false")) return { problem: "neither true nor false is marked right" };
    if (answers.some((answer) => answer.feedback)) notes.push(ANSWER_FEEDBACK_NOTE);
    const mediaText = mediaNote(media);
    if (mediaText) notes.push(mediaText);
    const isTrue = marked("true");
    const choices = [
      { text: "True", isCorrect: isTrue },
      { text: "False", isCorrect: !isTrue },
    ];
    return { notes, question: { ...base, type: "TRUE_FALSE", choices, acceptedAnswers: [] } };
  }
  if (type === "shortanswer") {
    const isWildcard = (text: string) => /(^|[^\\])\*/.test(text);
    const wildcards = answers.filter((answer) => isWildcard(answer.text) && answer.percent > 0);
    if (wildcards.length)
      notes.push(
        `${wildcards.map((answer) => `“${answer.text}”`).join(", ")} used Moodle's * wildcard, ` +
          "which Quizwire cannot mark, so it was left out",
      );
    const partial = partialCreditNote(answers.filter((answer) => !isWildcard(answer.text)));
    if (partial) notes.push(partial);
    if (answers.some((answer) => answer.feedback)) notes.push(ANSWER_FEEDBACK_NOTE);
    const mediaText = mediaNote(media);
    if (mediaText) notes.push(mediaText);
    const accepted = answers
      .filter((answer) => isFullMarks(answer.percent) && !isWildcard(answer.text))
      .map((answer) => answer.text.replace(/\\\*/g, "*"));
    if (accepted.length === 0) return { problem: "it has no answer worth 100% that Quizwire can mark" };
    return { notes, question: { ...base, type: "FILL_IN", choices: [], acceptedAnswers: accepted } };
  }
  return { problem: unsupportedType(type) };
}

export function importMoodleXml(source: string): ImportResult {
  const empty: PortableSet = { title: "", description: "", source: null, questions: [] };
  const refusal = xmlRefusal(source);
  if (refusal) return { set: empty, issues: [{ message: refusal }] };
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
    processEntities: true,
    htmlEntities: false,
  });
  const document = parser.parse(source) as { quiz?: { question?: RawQuestion[] } };
  if (!document.quiz)
    return { set: empty, issues: [{ line: 1, message: "Line 1: a Moodle XML file starts with <quiz>." }] };
  const set: PortableSet = { ...empty, questions: [] };
  const issues: ImportIssue[] = [];
  const notes: ImportIssue[] = [];
  let number = 0;
  (document.quiz.question ?? []).forEach((raw, ordinal) => {
    const type = String(raw["@_type"] ?? "unknown");
    if (type === "category") {
      set.title ||=
        read(raw.category)
          .text.split("/")
          .filter((part) => part && !part.startsWith("$"))
          .at(-1) ?? "";
      set.description ||= read(raw.info).text;
      return;
    }
    if (type === "description" && read(raw.name).text === SOURCE_NAME) {
      const [title = "", url = "", publishedAt = "", name = ""] = read(raw.questiontext, "plain_text")
        .text.split("\n")
        .map((part) => part.trim());
      set.source = { title, url: url || null, publishedAt: publishedAt || null, source: name || null };
      return;
    }
    number++;
    const line = lineOfQuestion(source, ordinal);
    const name = read(raw.name).text.replace(/\s+/g, " ");
    const converted = convert(raw, type);
    const problems = "problem" in converted ? [converted.problem] : questionProblems(converted.question);
    if (problems.length) issues.push(issueFor(number, name, line, problems));
    else if ("question" in converted) {
      set.questions.push(converted.question);
      if (converted.notes.length) notes.push(issueFor(number, name, line, converted.notes));
    }
  });
  return { set, issues, notes };
}
