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
 * GIFT (Moodle's text format). Supported: multiple choice (one right answer), true/false, short
 * answer (as fill-in), per-question general feedback ("####…", our explanation). Our extras ride in
 * "//" comments, which Moodle ignores: the set's title and source, and each question's evidence.
 */
const SPECIAL = /[~=#{}:\\]/g;
const escapeGift = (text: string) => text.replace(SPECIAL, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
const comment = (key: string, value: string | null | undefined) =>
  value ? `// ${key}: ${value.replace(/\r?\n/g, " ")}` : null;

export function exportGift(set: PortableSet): ExportedFile {
  const header = [
    comment("quizwire set", set.title),
    comment("description", set.description),
    comment("source title", set.source?.title),
    comment("source url", set.source?.url),
    comment("source date", set.source?.publishedAt),
    comment("source", set.source?.source),
  ].filter(Boolean);
  const blocks = set.questions.map((question, index) => {
    const general = question.explanation ? `####${escapeGift(question.explanation)}` : "";
    let answers: string;
    if (question.type === "FILL_IN") {
      const accepted = question.acceptedAnswers.map((answer) => `=${escapeGift(answer)}`).join(" ");
      answers = `${accepted}${general ? ` ${general}` : ""}`;
    } else if (
      question.type === "TRUE_FALSE" &&
      question.choices.length === 2 &&
      question.choices.every((choice) => /^(true|false)$/i.test(choice.text))
    ) {
      const correct = question.choices.find((choice) => choice.isCorrect)?.text.toUpperCase();
      answers = `${correct === "TRUE" ? "TRUE" : "FALSE"}${general}`;
    } else {
      const options = question.choices.map((choice) => `${choice.isCorrect ? "=" : "~"}${escapeGift(choice.text)}`);
      answers = `\n${options.join("\n")}${general ? `\n${general}` : ""}\n`;
    }
    const lines = [
      comment("evidence", question.evidence),
      question.type === "WHO_SAID" ? "// kind: who said" : null,
      `::Q${index + 1}:: ${escapeGift(question.prompt)} {${answers}}`,
    ];
    return lines.filter(Boolean).join("\n");
  });
  return {
    filename: fileNameFor(set.title, "gift.txt"),
    contentType: "text/plain; charset=utf-8",
    body: `${[header.join("\n"), ...blocks].filter(Boolean).join("\n\n")}\n`,
    notes: [],
  };
}

/** Undoes GIFT escapes: "\~" → "~", "\n" → newline. */
function unescapeGift(text: string): string {
  return text.replace(/\\(.)/g, (_, char: string) => (char === "n" ? "\n" : char)).trim();
}

/** Splits at unescaped occurrences of any of `chars`, keeping each separator at the start of its part. */
function splitUnescaped(text: string, isSeparator: (text: string, index: number) => number): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "\\" && index + 1 < text.length) {
      current += text.slice(index, index + 2);
      index++;
      continue;
    }
    const length = isSeparator(text, index);
    if (length > 0) {
      parts.push(current);
      current = text.slice(index, index + length);
      index += length - 1;
      continue;
    }
    current += text[index];
  }
  parts.push(current);
  return parts;
}

/** Index of the first unescaped `char`, or -1. */
function findUnescaped(text: string, char: string, from = 0): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === char) return index;
  }
  return -1;
}

interface Block {
  text: string;
  line: number;
  comments: Map<string, string>;
}

function blocksOf(source: string): { blocks: Block[]; header: Map<string, string> } {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: Block[] = [];
  const header = new Map<string, string>();
  let current: Block | null = null;
  let pendingComments = new Map<string, string>();
  let braceDepth = 0;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (braceDepth === 0 && trimmed.startsWith("//")) {
      const match = /^\/\/\s*([a-z ]+):\s*(.*)$/i.exec(trimmed);
      if (match) {
        const key = match[1]!.trim().toLowerCase();
        if (
          ["quizwire set", "description", "source title", "source url", "source date", "source"].includes(key) &&
          blocks.length === 0 &&
          !current
        )
          header.set(key, match[2]!.trim());
        else pendingComments.set(key, match[2]!.trim());
      }
      return;
    }
    if (braceDepth === 0 && (!trimmed || trimmed.startsWith("$CATEGORY:"))) {
      if (current) blocks.push(current);
      current = null;
      return;
    }
    if (!current) {
      current = { text: "", line: index + 1, comments: pendingComments };
      pendingComments = new Map();
    }
    current.text += (current.text ? "\n" : "") + line;
    for (let position = 0; position < line.length; position++) {
      if (line[position] === "\\") position++;
      else if (line[position] === "{") braceDepth++;
      else if (line[position] === "}") braceDepth = Math.max(0, braceDepth - 1);
    }
  });
  if (current) blocks.push(current);
  return { blocks, header };
}

type Parsed = { question: PortableQuestion } | { problem: string };

function parseBlock(block: Block): Parsed {
  let text = block.text.trim();
  const title = /^::(.*?)::/s.exec(text);
  if (title) text = text.slice(title[0].length).trim();
  const isHtml = /^\[html\]/i.test(text);
  text = text.replace(/^\[(html|moodle|plain|markdown)\]/i, "");
  const open = findUnescaped(text, "{");
  if (open < 0) return { problem: "it has no answers in { }" };
  const close = findUnescaped(text, "}", open);
  if (close < 0) return { problem: "its answers are missing the closing }" };
  const before = text.slice(0, open).trim();
  const after = text.slice(close + 1).trim();
  const body = text.slice(open + 1, close).trim();
  const joined = unescapeGift(after ? `${before} _____ ${after}` : before);
  const prompt = isHtml
    ? joined
        .replace(/<[^>]+>/g, "")
        .replace(/&nbsp;/g, " ")
        .replace(/&amp;/g, "&")
        .trim()
    : joined;
  const [answerPart, ...generalParts] = splitUnescaped(body, (value, index) =>
    value.startsWith("####", index) ? 4 : 0,
  );
  const explanation = unescapeGift(generalParts.map((part) => part.replace(/^####/, "")).join(" "));
  const answers = answerPart!.trim();
  const base = {
    prompt,
    explanation,
    evidence: block.comments.get("evidence") ?? null,
    acceptedAnswers: [] as string[],
  };
  if (!answers) return { problem: "essay questions ({}) have no answer to mark" };
  if (/^(T|TRUE|F|FALSE)\b/i.test(answers)) {
    const isTrue = /^(T|TRUE)\b/i.test(answers);
    return {
      question: {
        ...base,
        type: "TRUE_FALSE",
        choices: [
          { text: "True", isCorrect: isTrue },
          { text: "False", isCorrect: !isTrue },
        ],
      },
    };
  }
  if (answers.startsWith("#")) return { problem: "numerical questions are not supported" };
  const items = splitUnescaped(answers, (value, index) => (value[index] === "=" || value[index] === "~" ? 1 : 0))
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.some((item) => /->/.test(item))) return { problem: "matching questions are not supported" };
  if (items.some((item) => item[0] !== "=" && item[0] !== "~"))
    return { problem: "its answers must each start with = (right) or ~ (wrong)" };
  const parsedItems = items.map((item) => {
    const marker = item[0];
    let rest = item.slice(1);
    let weight: number | null = null;
    const percent = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
    if (percent) {
      weight = Number(percent[1]);
      rest = rest.slice(percent[0].length);
    }
    const feedbackAt = findUnescaped(rest, "#");
    const textPart = feedbackAt < 0 ? rest : rest.slice(0, feedbackAt);
    return { right: marker === "=" || (weight !== null && weight >= 100), text: unescapeGift(textPart) };
  });
  const hasWrong = items.some((item) => item.startsWith("~"));
  if (!hasWrong)
    return {
      question: { ...base, type: "FILL_IN", choices: [], acceptedAnswers: parsedItems.map((item) => item.text) },
    };
  return {
    question: {
      ...base,
      type: block.comments.get("kind") === "who said" ? "WHO_SAID" : "MULTIPLE_CHOICE",
      choices: parsedItems.map((item) => ({ text: item.text, isCorrect: item.right })),
    },
  };
}

export function importGift(source: string): ImportResult {
  const { blocks, header } = blocksOf(source);
  const questions: PortableQuestion[] = [];
  const issues: ImportIssue[] = [];
  blocks.forEach((block, index) => {
    const parsed = parseBlock(block);
    const problems = "problem" in parsed ? [parsed.problem] : questionProblems(parsed.question);
    if (problems.length || "problem" in parsed)
      issues.push({
        line: block.line,
        question: index + 1,
        message: `Line ${block.line}: question ${index + 1}: ${problems.join("; ")}.`,
      });
    else questions.push(parsed.question);
  });
  const sourceTitle = header.get("source title");
  return {
    set: {
      title: header.get("quizwire set") ?? "",
      description: header.get("description") ?? "",
      source: sourceTitle
        ? {
            title: sourceTitle,
            url: header.get("source url") ?? null,
            publishedAt: header.get("source date") ?? null,
            source: header.get("source") ?? null,
          }
        : null,
      questions,
    },
    issues,
  };
}
