/**
 * npm run bench — article ingestion speed on the real fixture pages, against a baseline measured in
 * the same run: the bare HTML parse + Readability that ingestion builds on. Appends to bench/RESULTS.md.
 */
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ingestArticle } from "../lib/articles/ingest";

const RUNS = 5;
const dir = "tests/fixtures/articles/html";
const pages = readdirSync(dir)
  .filter((file) => file !== "lefigaro.html")
  .map((file) => ({ file, html: readFileSync(`${dir}/${file}`, "utf8") }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

// Warm up the JIT on every page once before measuring.
for (const page of pages) ingestArticle({ kind: "html", html: page.html });

let totalWords = 0;
let ingestMs = 0;
let baselineMs = 0;
const rows: string[] = [];
for (const page of pages) {
  const words = ingestArticle({ kind: "html", html: page.html }).words;
  const ingest = median(
    Array.from({ length: RUNS }, () => time(() => ingestArticle({ kind: "html", html: page.html }))),
  );
  const baseline = median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        const { document } = parseHTML(page.html);
        new Readability(document as unknown as Document).parse();
      }),
    ),
  );
  totalWords += words;
  ingestMs += ingest;
  baselineMs += baseline;
  rows.push(
    `| ${page.file} | ${(page.html.length / 1024).toFixed(0)} KB | ${words} | ${ingest.toFixed(1)} | ${baseline.toFixed(1)} |`,
  );
}

const perThousand = (ms: number) => ((ms / totalWords) * 1000).toFixed(1);
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const report = [
  `\n## Article ingestion — ${new Date().toISOString().slice(0, 10)}`,
  `Machine: ${machine}. Median of ${RUNS} runs per page after one warm-up run.`,
  "",
  `- Full ingestion (parse, Readability, metadata, cleaning, limits, language): **${perThousand(ingestMs)} ms per 1,000 words** (${ingestMs.toFixed(0)} ms for ${totalWords.toLocaleString("en")} words on ${pages.length} pages)`,
  `- Baseline, same run (linkedom parse + Readability only): **${perThousand(baselineMs)} ms per 1,000 words**`,
  `- Ingestion costs ${(ingestMs / baselineMs).toFixed(2)}× the baseline.`,
  "",
  "| page | size | words kept | ingest ms | baseline ms |",
  "| --- | --- | --- | --- | --- |",
  ...rows,
  "",
].join("\n");
appendFileSync("bench/RESULTS.md", report);
console.log(report);
