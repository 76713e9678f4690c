/**
 * npm run -s eval:generate -- <dir> [--out DIR]
 * Generates questions for every article in <dir> (.txt, .md, .html, recursively) and writes a
 * readable Markdown report per article plus summary.md (counts by type, kept and dropped with
 * reasons) to --out (default .eval/generate).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { IngestError, ingestArticle } from "../lib/articles/ingest";
import { generateQuestions } from "../lib/generation/generate";
import type { GeneratedQuestion } from "../lib/generation/types";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outDir = outIndex >= 0 ? args[outIndex + 1]! : ".eval/generate";
const dir = args.find((arg, index) => !arg.startsWith("--") && (outIndex < 0 || index !== outIndex + 1));

async function listArticles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && /\.(txt|md|html?)$/i.test(entry.name) && !/^(?:README|SOURCES)\.md$/i.test(entry.name),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function renderQuestion(question: GeneratedQuestion, index: number): string {
  const lines = [
    `### ${index + 1}. ${question.prompt}`,
    "",
    `*${question.type}* · score ${question.score} · difficulty ${question.difficulty} · ${question.reasons.join(", ")}`,
    "",
  ];
  if (typeof question.answer === "number")
    question.choices.forEach((choice, i) => lines.push(`- ${i === question.answer ? "**✓ " + choice + "**" : choice}`));
  else lines.push(`- accepted: **${question.answer.join(" / ")}**`);
  lines.push("", `> ${question.explanation}`, "");
  return lines.join("\n");
}

async function main(): Promise<void> {
  if (!dir) throw new IngestError("empty", "Usage: npm run -s eval:generate -- <dir> [--out DIR]");
  await mkdir(outDir, { recursive: true });
  const byType = new Map<string, number>();
  const dropReasons = new Map<string, number>();
  const rows: string[] = [];
  for (const file of await listArticles(dir)) {
    const name = path.relative(dir, file);
    let article;
    try {
      article = ingestArticle({ kind: "file", name: file, bytes: await readFile(file) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      rows.push(`| ${name} | – | – | – | refused: ${error.message} |`);
      continue;
    }
    const result = generateQuestions(
      { title: article.title, text: article.text, publishedAt: article.publishedAt, source: article.source },
      { count: 10 },
    );
    for (const question of result.questions) byType.set(question.type, (byType.get(question.type) ?? 0) + 1);
    for (const dropped of result.dropped)
      for (const reason of dropped.reasons) dropReasons.set(reason, (dropReasons.get(reason) ?? 0) + 1);
    const types = new Set(result.questions.map((question) => question.type)).size;
    rows.push(
      `| ${name} | ${article.words} | ${result.questions.length} | ${types} | ${result.dropped.length} dropped |`,
    );
    const report = [
      `# ${article.title}`,
      "",
      `${article.source ?? "Unknown source"} · ${article.publishedAt ?? "date unknown"} · ${article.words} words · ${result.questions.length} questions kept, ${result.dropped.length} dropped`,
      "",
      ...result.questions.map(renderQuestion),
      "## Dropped",
      "",
      ...result.dropped
        .slice(0, 60)
        .map((dropped) => `- *${dropped.type}* — ${dropped.prompt.slice(0, 140)} — **${dropped.reasons.join("; ")}**`),
      "",
    ].join("\n");
    await writeFile(path.join(outDir, `${name.replace(/[/\\]/g, "__")}.md`), report);
  }
  const summary = [
    "# Generation summary",
    "",
    "| article | words | kept | types | dropped |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "## Kept questions by type",
    "",
    ...[...byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, count]) => `- ${type}: ${count}`),
    "",
    "## Why candidates were dropped",
    "",
    ...[...dropReasons.entries()].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `- ${reason}: ${count}`),
    "",
  ].join("\n");
  await writeFile(path.join(outDir, "summary.md"), summary);
  console.log(`Wrote ${rows.length} reports and summary.md to ${outDir}`);
}

main().catch((error: unknown) => {
  if (error instanceof IngestError || (error as NodeJS.ErrnoException).code === "ENOENT") {
    console.error(error instanceof IngestError ? error.message : `No such folder: ${dir}`);
    process.exit(2);
  }
  throw error;
});
