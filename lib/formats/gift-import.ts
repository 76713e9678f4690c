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
import { questionProblems, type ImportIssue, type ImportResult, type PortableQuestion } from "./types";

/**
 * GIFT import, read the way Moodle's qformat_gift reads it: escapes first, then the name, the first
 * { … } as the answers, "####" general feedback, [html]/[moodle]/[plain]/[markdown] format markers, then
 * the type from the answers (essay, numerical, multiple choice, matching, true/false, short answer).
 * What Quizwire cannot hold is refused or noted in plain words, never silently changed.
 */

// Moodle swaps escaped characters for placeholders before parsing and back afterwards.
const ESCAPES: Record<string, string> = {
  ":": "\uE000",
  "#": "\uE001",
  "=": "\uE002",
  "{": "\uE003",
  "}": "\uE004",
  "~": "\uE005",
  n: "\uE006",
};
const RESTORE: Record<string, string> = {
  "\uE000": ":",
  "\uE001": "#",
  "\uE002": "=",
  "\uE003": "{",
  "\uE004": "}",
  "\uE005": "~",
  "\uE006": "\n",
};
// Moodle shows a backslash before any other punctuation as it is; Quizwire drops it (except before the
// short-answer wildcard *, where "\\*" means a real asterisk).
const protect = (text: string) =>
  text.replace(/\\(\\|[:#={}~n]|[^\w\s*])/g, (_, char: string) => (char === "\\" ? "\\" : (ESCAPES[char] ?? char)));
const restore = (text: string) => text.replace(/[\uE000-\uE006]/g, (char) => RESTORE[char]!);

type Format = "html" | "moodle" | "plain" | "markdown";

/** Moodle's parse_text_with_format: a leading [format] marker is removed and sets how the text is read. */
function withFormat(raw: string, fallback: Format): { text: string; format: Format; media: number } {
  let text = raw.trim();
  let format = fallback;
  const marker = /^\[(html|moodle|plain|markdown)\]/.exec(text);
  if (marker) {
    format = marker[1] as Format;
    text = text.slice(marker[0].length);
  }
  text = restore(text).trim();
  if (format === "html") return { text: htmlToText(text), format, media: mediaCount(text) };
  return { text, format, media: 0 };
}

const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

function splitFeedback(answer: string, format: Format) {
  const hash = answer.indexOf("#");
  const text = withFormat(hash < 0 ? answer : answer.slice(0, hash), format);
  const feedback = hash < 0 ? "" : restore(answer.slice(hash + 1)).trim();
  return { ...text, feedback };
}

export interface GiftBlock {
  text: string;
  line: number;
  comments: Map<string, string>;
}

type Parsed = { name: string; question: PortableQuestion; notes: string[] } | { name: string; problem: string };

function parseAnswers(answerText: string, format: Format, base: Omit<PortableQuestion, "type" | "choices">) {
  const notes: string[] = [];
  if (answerText === "") return { problem: unsupportedType("essay") };
  if (answerText.startsWith("#")) return { problem: unsupportedType("numerical") };
  if (answerText.includes("~")) {
    if (!answerText.includes("=")) return { problem: MULTIPLE_RESPONSE };
    const parts = answerText
      .replace(/=/g, "~=")
      .split("~")
      .map((part) => part.trim());
    if (!parts[0]) parts.shift();
    if (parts.length < 2) return { problem: "it needs at least two choices" };
    const answers = parts.map((part) => {
      let percent = 0;
      let rest = part;
      if (rest.startsWith("=")) {
        percent = 100;
        rest = rest.slice(1);
      } else {
        const weight = WEIGHT.exec(rest);
        if (weight) {
          percent = Number(weight[1]);
          rest = rest.slice(weight[0].length);
        }
      }
      return { ...splitFeedback(rest, format), percent };
    });
    const partial = partialCreditNote(answers);
    if (partial) notes.push(partial);
    if (answers.some((answer) => answer.feedback)) notes.push(ANSWER_FEEDBACK_NOTE);
    const media = answers.reduce((sum, answer) => sum + answer.media, 0);
    return {
      media,
      notes,
      question: {
        ...base,
        type: "MULTIPLE_CHOICE" as const,
        choices: answers.map((answer) => ({ text: answer.text, isCorrect: isFullMarks(answer.percent) })),
      },
    };
  }
  if (answerText.includes("=") && answerText.includes("->")) return { problem: unsupportedType("match") };
  const hash = answerText.indexOf("#");
  const truthCheck = hash > 0 ? answerText.slice(0, hash).trim() : answerText;
  if (["T", "TRUE", "F", "FALSE"].includes(truthCheck)) {
    const [, wrong = "", right = ""] = answerText.split("#");
    if (wrong.trim() || right.trim()) notes.push(ANSWER_FEEDBACK_NOTE);
    const isTrue = truthCheck.startsWith("T");
    return {
      notes,
      question: {
        ...base,
        type: "TRUE_FALSE" as const,
        choices: [
          { text: "True", isCorrect: isTrue },
          { text: "False", isCorrect: !isTrue },
        ],
      },
    };
  }
  const parts = answerText.split("=").map((part) => part.trim());
  if (!parts[0]) parts.shift();
  const answers = parts.map((part) => {
    const weight = WEIGHT.exec(part);
    const percent = weight ? Number(weight[1]) : 100;
    return { ...splitFeedback(weight ? part.slice(weight[0].length) : part, format), percent };
  });
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
  const accepted = answers
    .filter((answer) => isFullMarks(answer.percent) && !isWildcard(answer.text))
    .map((answer) => answer.text.replace(/\\\*/g, "*"));
  if (accepted.length === 0) return { problem: "it has no answer worth 100% that Quizwire can mark" };
  return { notes, question: { ...base, type: "FILL_IN" as const, choices: [], acceptedAnswers: accepted } };
}

export function parseGiftBlock(block: GiftBlock): Parsed {
  let text = protect(block.text.trim());
  let name = "";
  if (text.startsWith("::")) {
    const end = text.indexOf("::", 2);
    if (end >= 0) {
      name = restore(text.slice(2, end)).trim();
      text = text.slice(end + 2).trim();
    }
  }
  const open = text.indexOf("{");
  const close = text.indexOf("}");
  const fallbackName = () => name || restore(text).slice(0, 50).trim();
  if (open < 0 && close < 0) return { name: fallbackName(), problem: unsupportedType("description") };
  if (close < 0) return { name: fallbackName(), problem: "its answers are missing the closing }" };
  if (open < 0 || close < open) return { name: fallbackName(), problem: "its answers are missing the opening {" };
  let answerText = text.slice(open + 1, close).trim();
  const before = text.slice(0, open);
  const after = text.slice(close + 1).trim();
  const notes: string[] = [];
  let questionText = before;
  if (after && !/[\p{L}\p{N}]/u.test(after) && /[.?!:]\s*$/.test(before)) {
    // The question ended before its answers; what follows them is stray punctuation, not a missing word.
    notes.push(`the stray “${restore(after)}” after its answers was left out`);
  } else if (after) {
    questionText = `${before}_____${text.slice(close + 1)}`;
  }
  let explanation = "";
  const general = answerText.lastIndexOf("####");
  if (general >= 0) {
    explanation = answerText.slice(general + 4);
    answerText = answerText.slice(0, general).trim();
  }
  const prompt = withFormat(questionText, "moodle");
  name ||= prompt.text.slice(0, 50);
  const base = {
    prompt: prompt.text,
    explanation: withFormat(explanation, prompt.format).text,
    evidence: block.comments.get("evidence") ?? null,
    acceptedAnswers: [] as string[],
  };
  const parsed = parseAnswers(answerText, prompt.format, base);
  if ("problem" in parsed) return { name, problem: parsed.problem! };
  const media = mediaNote(prompt.media + ("media" in parsed ? (parsed.media ?? 0) : 0));
  if (media) notes.push(media);
  const question: PortableQuestion = { ...parsed.question };
  if (question.type === "MULTIPLE_CHOICE" && block.comments.get("kind") === "who said") question.type = "WHO_SAID";
  return { name, question, notes: [...notes, ...parsed.notes] };
}

export function giftQuestions(blocks: GiftBlock[]): Omit<ImportResult, "set"> & { questions: PortableQuestion[] } {
  const questions: PortableQuestion[] = [];
  const issues: ImportIssue[] = [];
  const notes: ImportIssue[] = [];
  blocks.forEach((block, index) => {
    const parsed = parseGiftBlock(block);
    const problems = "problem" in parsed ? [parsed.problem] : questionProblems(parsed.question);
    if (problems.length) issues.push(issueFor(index + 1, parsed.name, block.line, problems));
    else if ("question" in parsed) {
      questions.push(parsed.question);
      if (parsed.notes.length) notes.push(issueFor(index + 1, parsed.name, block.line, parsed.notes));
    }
  });
  return { questions, issues, notes };
}
