/**
 * npm run -s article -- <file|-> [--url-base URL]
 * Cleans an article (text, Markdown or HTML; "-" reads standard input) and prints
 * { title, publishedAt, source, text, removed: [{ text, reason }], words } as JSON.
 */
import { readFile } from "node:fs/promises";
import { IngestError, ingestArticle } from "../lib/articles/ingest";

const args = process.argv.slice(2);
const baseIndex = args.indexOf("--url-base");
const urlBase = baseIndex >= 0 ? args[baseIndex + 1] : undefined;
const file = args.find((_, index) => baseIndex < 0 || (index !== baseIndex && index !== baseIndex + 1));

async function readInput(): Promise<{ name: string; bytes: Uint8Array }> {
  if (!file) throw new IngestError("empty", "Usage: npm run -s article -- <file|-> [--url-base URL]");
  if (file !== "-") return { name: file, bytes: await readFile(file) };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const looksHtml = /^\s*(?:<!doctype html|<html|<head|<body|<article)/i.test(bytes.subarray(0, 1024).toString("utf8"));
  return { name: looksHtml ? "stdin.html" : "stdin.txt", bytes };
}

try {
  const { name, bytes } = await readInput();
  const isHtml = /\.html?$/i.test(name);
  const article =
    isHtml && urlBase
      ? ingestArticle({ kind: "html", html: new TextDecoder().decode(bytes), url: urlBase })
      : ingestArticle({ kind: "file", name, bytes });
  const output = {
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    text: article.text,
    removed: article.removed.map(({ text, reason }) => ({ text, reason })),
    words: article.words,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} catch (error) {
  if (error instanceof IngestError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if ((error as NodeJS.ErrnoException).code === "ENOENT") {
    process.stderr.write(`No such file: ${file}\n`);
    process.exit(2);
  }
  throw error;
}
