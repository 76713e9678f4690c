/**
 * The generator's determinism record: for every fixture article and hold-out text, the sha256 of the
 * exact bytes `npm run -s generate -- FILE --json` prints (or the refusal it prints instead). A change
 * meant to leave output alone must leave every entry equal; a change meant to alter output rewrites the
 * record with `npm run -s check:generation -- --update`, and the commit shows which articles moved.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IngestError } from "../../lib/articles/ingest";
import { generatedQuestionsJson } from "./generate-output";

export const RECORD_FILE = "tests/fixtures/generation-output.json";
const ARTICLE_FOLDERS = [
  "tests/fixtures/articles",
  "tests/fixtures/articles/html",
  "tests/fixtures/articles/pasted",
  "tests/fixtures/holdout",
];

export type GenerationRecord = Record<string, string>;

export function recordedArticles(): string[] {
  return ARTICLE_FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.(txt|html)$/.test(name))
      .map((name) => path.join(folder, name)),
  ).sort();
}

/** "sha256:<hex>" of the printed JSON, or "refused: <message>" when the command refuses the article. */
export function fingerprint(file: string): string {
  try {
    const printed = generatedQuestionsJson(file, readFileSync(file), { count: 10 });
    return `sha256:${createHash("sha256").update(printed).digest("hex")}`;
  } catch (error) {
    if (error instanceof IngestError) return `refused: ${error.message}`;
    throw error;
  }
}

export function currentRecord(files = recordedArticles()): GenerationRecord {
  return Object.fromEntries(files.map((file) => [file, fingerprint(file)]));
}

export function savedRecord(): GenerationRecord {
  return JSON.parse(readFileSync(RECORD_FILE, "utf8")) as GenerationRecord;
}
