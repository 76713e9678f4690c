/**
 * npm run -s eval:generate -- [<dir>] [--out DIR] [--held-back]
 * Generates questions for every article in <dir> (.txt, .md, .html, recursively; by default the shared
 * corpus, ../shared/corpus or ../../shared/corpus) and writes a readable Markdown report per article plus
 * summary.md (counts by type, kept and dropped with reasons) to --out (default .eval/generate). The
 * articles HELD-BACK.txt lists are left out unless --held-back is given (for the final, once-only run).
 * Prints per article: words of story, questions, kinds, whether the floors are met, and how many of the
 * top 5 ask the lead's facts (the headline's or the first two story sentences'); then the totals.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { IngestError, ingestArticle } from "../lib/articles/ingest";
import { generateQuestions } from "../lib/generation/generate";
import { defaultSetTitleOf } from "../lib/generation/title";
import type { GeneratedQuestion } from "../lib/generation/types";
import { floorOf, leadFactsInTop } from "./lib/eval-floors";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outDir = outIndex >= 0 ? args[outIndex + 1]! : ".eval/generate";
const withHeldBack = args.includes("--held-back");
const dir =
  args.find((arg, index) => !arg.startsWith("--") && (outIndex < 0 || index !== outIndex + 1)) ??
  ["../shared/corpus", "../../shared/corpus"].find((candidate) => existsSync(candidate));

async function listArticles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const heldBack = withHeldBack ? new Set<string>() : await heldBackNames(root);
  return entries
    .filter(
      (entry) =>
        entry.isFile() &&
        /\.(txt|md|html?)$/i.test(entry.name) &&
        !/^(?:README|SOURCES|HELD-BACK)\.(?:md|txt)$/i.test(entry.name) &&
        !heldBack.has(entry.name),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The names HELD-BACK.txt lists (only the list is read, never the articles). */
async function heldBackNames(root: string): Promise<Set<string>> {
  const list = path.join(root, "HELD-BACK.txt");
  if (!existsSync(list)) return new Set();
  const lines = (await readFile(list, "utf8")).split("\n").map((line) => line.trim());
  return new Set(lines.filter((line) => line && !line.startsWith("#")));
}

/** Where the corpus has a .json beside the paste, its source and date. */
async function annotationOf(file: string): Promise<{ source?: string; published?: string | null }> {
  const json = file.replace(/\.[a-z]+$/i, ".json");
  return existsSync(json) ? (JSON.parse(await readFile(json, "utf8")) as { source?: string }) : {};
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
  if (!dir) throw new IngestError("empty", "Usage: npm run -s eval:generate -- <dir> [--out DIR] [--held-back]");
  await mkdir(outDir, { recursive: true });
  const byType = new Map<string, number>();
  const dropReasons = new Map<string, number>();
  const rows: string[] = [];
  const totals = { articles: 0, questions: 0, floors: 0, lead: 0 };
  for (const file of await listArticles(dir)) {
    const name = path.relative(dir, file);
    let article;
    try {
      article = ingestArticle({ kind: "file", name: file, bytes: await readFile(file) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      rows.push(`| ${name} | – | – | – | – | – | refused: ${error.message} |`);
      continue;
    }
    const annotation = await annotationOf(file);
    const source = article.source ?? annotation.source ?? "unknown source";
    const date = article.publishedAt ?? annotation.published ?? "date unknown";
    // The title a new set from this article gets, as the quiz shows it above every question.
    const screenTitle = defaultSetTitleOf({
      headline: article.title,
      text: article.text,
      source,
      publishedAt: article.publishedAt ?? annotation.published ?? null,
    });
    // The date the title shows is the date the generator knows (a user sees it on the page and keeps it).
    const input = { ...article, publishedAt: article.publishedAt ?? annotation.published ?? null, screenTitle };
    const result = generateQuestions(input, { count: 10 });
    for (const question of result.questions) byType.set(question.type, (byType.get(question.type) ?? 0) + 1);
    for (const dropped of result.dropped)
      for (const reason of dropped.reasons) dropReasons.set(reason, (dropReasons.get(reason) ?? 0) + 1);
    const kinds = new Set(result.questions.map((question) => question.type)).size;
    const floor = floorOf(article.words, result.questions.length, kinds);
    const lead = leadFactsInTop(input, result.questions, 5);
    totals.articles++;
    totals.questions += result.questions.length;
    if (floor.met) totals.floors++;
    if (lead >= 2) totals.lead++;
    console.log(
      `${name.padEnd(48)} ${String(article.words).padStart(4)} words  ${String(result.questions.length).padStart(2)} q` +
        `  ${kinds} kinds  floor ${floor.met ? "met" : `NOT met (${floor.rule})`}  lead in top 5: ${lead}`,
    );
    rows.push(
      `| ${name} | ${article.words} | ${result.questions.length} | ${kinds} | ${floor.met ? "yes" : "no"} | ${lead} | ` +
        `${result.dropped.length} dropped |`,
    );
    const report = [
      `# ${article.title}`,
      "",
      `Set title on screen: ${screenTitle}`,
      "",
      `${source} · ${date} · ${article.words} words · ${result.questions.length} questions kept, ${result.dropped.length} dropped`,
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
  const kindLine = [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, count]) => `${type} ${count}`);
  console.log(
    `\n${totals.articles} articles, ${totals.questions} questions; floors met ${totals.floors}/${totals.articles}; ` +
      `≥2 lead facts in top 5: ${totals.lead}/${totals.articles}\nby kind: ${kindLine.join(", ")}`,
  );
  const summary = [
    "# Generation summary",
    "",
    "| article | words | kept | kinds | floors met | lead facts in top 5 | dropped |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `Floors met: ${totals.floors}/${totals.articles}; at least 2 lead facts in the top 5: ${totals.lead}/${totals.articles}.`,
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
