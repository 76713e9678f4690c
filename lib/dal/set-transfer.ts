import "server-only";
import { unzipSync } from "fflate";
import { db } from "@/lib/db";
import {
  detectFormat,
  exportSet,
  importSet,
  type ExportedFile,
  type FormatId,
  type ImportIssue,
  type PortableSet,
} from "@/lib/formats";
import { extractFacts } from "@/lib/generation/facts";
import { topicsForEvidence } from "@/lib/generation/topics";
import { NotFoundError, UserError } from "./errors";
import { requireTeacher } from "./viewer";

/** Export and import of a teacher's own sets, through the format-neutral `PortableSet`. */
export async function exportOwnSet(setId: string, format: FormatId): Promise<ExportedFile> {
  const teacher = await requireTeacher();
  const set = await db().questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: {
      title: true,
      description: true,
      article: { select: { title: true, url: true, publishedAt: true, source: true } },
      questions: {
        orderBy: { position: "asc" },
        select: {
          type: true,
          prompt: true,
          explanation: true,
          acceptedAnswers: true,
          evidenceText: true,
          kind: true,
          difficulty: true,
          topics: true,
          choices: { orderBy: { position: "asc" }, select: { text: true, isCorrect: true } },
        },
      },
    },
  });
  if (!set) throw new NotFoundError("That question set");
  const portable: PortableSet = {
    title: set.title,
    description: set.description,
    source: set.article
      ? {
          title: set.article.title,
          url: set.article.url,
          publishedAt: set.article.publishedAt?.toISOString().slice(0, 10) ?? null,
          source: set.article.source,
        }
      : null,
    questions: set.questions.map(({ evidenceText, ...question }) => ({ ...question, evidence: evidenceText })),
  };
  return exportSet(portable, format);
}

const MAX_IMPORTED_QUESTIONS = 500;
const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 1000;

/**
 * A zip (QTI) is measured from its directory before anything is inflated: one that would unpack to
 * far more than any question set (a zip bomb) is refused without unpacking it.
 */
function refuseZipBomb(bytes: Uint8Array): void {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return;
  let total = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        entries += 1;
        return false;
      },
    });
  } catch {
    return; // not a readable zip: the format's own reader says so in words
  }
  if (total > MAX_UNZIPPED_BYTES || entries > MAX_ZIP_ENTRIES)
    throw new UserError(
      "That zip file would unpack to far more than a question set holds, so it was not opened. " +
        "Export the set again and import that file.",
      "file",
    );
}

export type ImportOutcome =
  | { status: "imported"; setId: string; imported: number; skipped: ImportIssue[]; notes: ImportIssue[] }
  | { status: "refused"; validCount: number; issues: ImportIssue[]; notes: ImportIssue[]; format: FormatId };

/**
 * Imports a file as a new draft set. A file with problems imports nothing, unless the teacher
 * asked for only the valid questions. A set whose source URL matches one of the teacher's articles
 * is linked to it, so evidence is highlighted and topics are found.
 */
export async function importSetFromFile(input: {
  fileName: string;
  bytes: Uint8Array;
  format: FormatId | "auto";
  onlyValid: boolean;
}): Promise<ImportOutcome> {
  const teacher = await requireTeacher();
  const format = input.format === "auto" ? detectFormat(input.fileName, input.bytes) : input.format;
  if (!format)
    throw new UserError(
      "Quizwire could not tell which format this file is in. Choose the format from the list.",
      "format",
    );
  refuseZipBomb(input.bytes);
  const result = importSet(input.bytes, format);
  if (result.set.questions.length > MAX_IMPORTED_QUESTIONS)
    throw new UserError(
      `That file holds ${result.set.questions.length.toLocaleString("en")} questions; one set can take at most ` +
        `${MAX_IMPORTED_QUESTIONS}. Split it into several files.`,
      "file",
    );
  const notes = result.notes ?? [];
  if (result.issues.length > 0 && (!input.onlyValid || result.set.questions.length === 0)) {
    return {
      status: "refused",
      validCount: result.set.questions.length,
      issues: result.issues.slice(0, 100),
      notes: notes.slice(0, 100),
      format,
    };
  }
  if (result.set.questions.length === 0) throw new UserError("That file holds no questions.", "file");
  const article = result.set.source?.url
    ? await db().article.findFirst({
        where: { addedById: teacher.id, url: result.set.source.url },
        select: { id: true, text: true, publishedAt: true },
      })
    : null;
  const facts = article ? extractFacts(article.text, article.publishedAt?.toISOString().slice(0, 10)) : null;
  const sourceLine =
    result.set.source && !article
      ? `Source: “${result.set.source.title}”${result.set.source.source ? `, ${result.set.source.source}` : ""}` +
        `${result.set.source.publishedAt ? `, ${result.set.source.publishedAt}` : ""}` +
        `${result.set.source.url ? ` (${result.set.source.url})` : ""}.`
      : "";
  const title =
    result.set.title ||
    input.fileName
      // "questions.gift.txt" is titled "questions", not "questions gift".
      .replace(/(\.(gift|aiken|moodle|qti|quizwire))?\.[^.]+$/i, "")
      .replace(/[._-]+/g, " ")
      .trim() ||
    "Imported questions";
  const created = await db().questionSet.create({
    data: {
      title: title.slice(0, 200),
      description: [result.set.description, sourceLine].filter(Boolean).join(" ").slice(0, 2000),
      ownerId: teacher.id,
      articleId: article?.id ?? null,
      questions: {
        create: result.set.questions.map((question, position) => {
          const start = article && question.evidence ? article.text.indexOf(question.evidence) : -1;
          const span = start >= 0 ? { start, end: start + question.evidence!.length, text: question.evidence! } : null;
          return {
            position,
            type: question.type,
            kind: question.kind ?? null,
            prompt: question.prompt,
            explanation: question.explanation,
            acceptedAnswers: question.acceptedAnswers,
            articleId: span ? article!.id : null,
            evidenceStart: span?.start ?? null,
            evidenceEnd: span?.end ?? null,
            evidenceText: question.evidence,
            difficulty: question.difficulty ?? 0.5,
            topics:
              question.topics ??
              (span && facts
                ? topicsForEvidence(facts, span, question.choices.find((choice) => choice.isCorrect)?.text)
                : []),
            generator: `import:${format}`,
            choices: {
              create: question.choices.map((choice, index) => ({
                position: index,
                text: choice.text,
                isCorrect: choice.isCorrect,
              })),
            },
          };
        }),
      },
    },
    select: { id: true },
  });
  return {
    status: "imported",
    setId: created.id,
    imported: result.set.questions.length,
    skipped: result.issues.slice(0, 100),
    notes: notes.slice(0, 100),
  };
}
