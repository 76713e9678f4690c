import { giftQuestions, type GiftBlock } from "./gift-import";
import { fileNameFor, type ExportedFile, type ImportResult, type PortableSet } from "./types";

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

type Block = GiftBlock;

function blocksOf(source: string): { blocks: Block[]; header: Map<string, string> } {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: Block[] = [];
  const header = new Map<string, string>();
  let current: Block | null = null;
  let pendingComments = new Map<string, string>();
  let braceDepth = 0;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (braceDepth > 0 && trimmed.startsWith("//")) return;
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

export function importGift(source: string): ImportResult {
  const { blocks, header } = blocksOf(source);
  const { questions, issues, notes } = giftQuestions(blocks);
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
    notes,
  };
}
