/**
 * npm run -s eval:ingest -- [DIR] [--dev | --held-back] [--show-held-back] [--json]
 * Runs the real ingestion on every .txt of the paste corpus (default: ../shared/corpus beside the repo)
 * and compares it
 * with its annotated .json: headline right, date right, clutter lines kept, story lines lost, inline
 * junk kept, per article and in total. --dev leaves out the articles listed in DIR/HELD-BACK.txt (the
 * ones kept out of rule-writing); --held-back runs only those. A held-back article's own lines are
 * printed only with --show-held-back: otherwise the held-back articles give only their totals, apart
 * from the dev totals, so nobody tuning rules sees their failures by accident. --json prints all of it
 * as data, details included.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IngestError, ingestArticle } from "../lib/articles/ingest";
import { type Annotation, type ArticleScore, scoreArticle, type Totals, totalsOf } from "./lib/ingest-eval";

const args = process.argv.slice(2);
const json = args.includes("--json");
const showHeldBack = args.includes("--show-held-back");
const split = args.includes("--dev") ? "dev" : args.includes("--held-back") ? "held-back" : "all";
const dir = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? defaultCorpus());

/** ../shared/corpus beside the repo; a worktree sits one level deeper, so the nearest such folder up. */
function defaultCorpus(): string {
  for (let folder = process.cwd(); ; folder = path.dirname(folder)) {
    const candidate = path.join(path.dirname(folder), "shared", "corpus");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return path.resolve("../shared/corpus");
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  fail(`No corpus folder at ${dir}. Give the folder of pastes: npm run -s eval:ingest -- <dir>`);
}

function heldBack(): Set<string> {
  const file = path.join(dir, "HELD-BACK.txt");
  if (!existsSync(file)) {
    if (split === "all") return new Set();
    fail(`--${split} needs ${file}, the list of held-back articles.`);
  }
  return new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#")),
  );
}

const held = heldBack();
const files = readdirSync(dir)
  .filter(
    (name) =>
      name.endsWith(".txt") && name !== "HELD-BACK.txt" && existsSync(path.join(dir, name.replace(/\.txt$/, ".json"))),
  )
  .filter((name) => (split === "dev" ? !held.has(name) : split === "held-back" ? held.has(name) : true))
  .sort();
if (files.length === 0) fail(`No annotated pastes (.txt with a .json beside it) in ${dir}.`);

type Row = { file: string; score: ArticleScore } | { file: string; refused: string };
const rows: Row[] = files.map((file) => {
  const annotation = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, ".json")), "utf8")) as Annotation;
  try {
    const article = ingestArticle({ kind: "file", name: file, bytes: readFileSync(path.join(dir, file)) });
    return {
      file,
      score: scoreArticle(
        {
          title: article.title,
          titleMadeUp: article.titleOrigin.kind === "made-up",
          publishedAt: article.publishedAt,
          originalText: article.originalText,
          text: article.text,
          removed: article.removed,
          cutOff: article.cutOff,
        },
        annotation,
      ),
    };
  } catch (error) {
    if (error instanceof IngestError) return { file, refused: error.message };
    throw error;
  }
});
const scores = rows.flatMap((row) => ("score" in row ? [row.score] : []));
const totals = totalsOf(scores);

if (json) {
  process.stdout.write(`${JSON.stringify({ corpus: dir, split, articles: rows, totals }, null, 2)}\n`);
} else {
  const devRows = rows.filter((row) => !held.has(row.file));
  const heldRows = rows.filter((row) => held.has(row.file));
  for (const row of devRows) printRow(row);
  if (heldRows.length > 0 && showHeldBack) {
    console.log(`\nHeld-back articles (shown because --show-held-back was given):`);
    for (const row of heldRows) printRow(row);
  }
  if (devRows.length > 0) printTotals(held.size === 0 ? "whole corpus" : "dev", devRows);
  if (heldRows.length > 0) {
    printTotals("held-back", heldRows);
    if (!showHeldBack) console.log("  (each held-back article's lines are printed only with --show-held-back)");
  }
  if (devRows.length > 0 && heldRows.length > 0) printTotals("whole corpus", rows);
}

function printRow(row: Row): void {
  if ("refused" in row) {
    console.log(`✖ ${row.file}: refused: ${row.refused}`);
    return;
  }
  const { score } = row;
  const headline = score.headlineInText
    ? score.headlineRight
      ? "headline right"
      : "HEADLINE WRONG"
    : `no headline on page, ${score.titleMadeUp ? "made up" : "title"}`;
  const date =
    score.date === "right"
      ? `date right (${score.publishedAt ?? "none shown"})`
      : `DATE ${score.date.toUpperCase()} (${score.publishedAt ?? "none"}, page: ${score.expectedPublished ?? "none"})`;
  const cut = score.stopsMidSentence
    ? score.cutOffMarked
      ? "cut-off sentence marked"
      : "CUT-OFF SENTENCE NOT MARKED"
    : score.cutOffMarked
      ? "LAST SENTENCE MARKED CUT OFF BUT COMPLETE"
      : "ends on a full sentence";
  console.log(
    `${row.file}\n  ${headline}${score.junkTitle ? " (JUNK TITLE)" : ""}: "${score.title}"` +
      `\n  ${date}; clutter kept ${score.clutterKept.length}/${score.clutterLines}; story lines lost ` +
      `${score.storyLost.length}/${score.storyLines}; inline junk kept ${score.inlineJunkKept.length}; ${cut}`,
  );
  if (!score.headlineRight && score.headlineInText) console.log(`    headline is: "${score.expectedTitle}"`);
  for (const line of score.clutterKept) console.log(`    kept clutter: ${line.slice(0, 110)}`);
  for (const line of score.storyLost) console.log(`    LOST story: ${line.slice(0, 110)}`);
  for (const junk of score.inlineJunkKept) console.log(`    kept inline junk: ${junk}`);
}

function printTotals(group: string, groupRows: Row[]): void {
  const groupScores = groupRows.flatMap((row) => ("score" in row ? [row.score] : []));
  const t: Totals = totalsOf(groupScores);
  const refused = groupRows.length - groupScores.length;
  const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);
  console.log(
    [
      "",
      `Totals (${group}, ${groupRows.length}${refused ? `, ${refused} refused` : ""}):`,
      `  headline right        ${t.headlineRight}/${t.headlineInText} pastes that contain it (${pct(t.headlineRight, t.headlineInText)})`,
      `  junk titles           ${t.junkTitles}; titles made up from the lead: ${t.madeUpTitles}`,
      `  date right            ${t.datesShownRight}/${t.datesShown} pages that show the full date; wrong dates anywhere: ${t.datesWrong}`,
      `  clutter lines kept    ${t.clutterKept}/${t.clutterLines} (${pct(t.clutterKept, t.clutterLines)})`,
      `  story lines lost      ${t.storyLost}/${t.storyLines}`,
      `  inline junk kept      ${t.inlineJunkKept}`,
      `  cut-off marked        ${t.stopsMidSentenceMarked}/${t.stopsMidSentence} pastes that stop mid-sentence; marked where the last sentence is whole: ${t.cutOffMarkedOtherwise}`,
      `  clean pastes          ${t.clean}/${t.articles}`,
    ].join("\n"),
  );
}
