/**
 * npm run bench:generate — milliseconds per 1,000 words for question generation and, in the same
 * run, for the bare NLP parse (wink-nlp) of the same texts. Appends to bench/RESULTS.md.
 */
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { ingestArticle } from "../lib/articles/ingest";
import { generateQuestions } from "../lib/generation/generate";
import { parseText } from "../lib/generation/parse";

const RUNS = 41;
const files = [
  "seed-2025-04-01-wang-yi-ukraine.txt",
  ...readdirSync("tests/fixtures/articles/html")
    .filter((file) => file !== "lefigaro.html")
    .map((file) => `html/${file}`),
];
const articles = files.map((file) => {
  const article = ingestArticle({ kind: "file", name: file, bytes: readFileSync(`tests/fixtures/articles/${file}`) });
  return {
    file,
    words: article.words,
    input: { title: article.title, text: article.text, publishedAt: article.publishedAt },
  };
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (work: () => void) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

// Warm-up: three passes of both, so the JIT has compiled both paths before anything is timed.
for (let pass = 0; pass < 3; pass++)
  for (const article of articles) {
    generateQuestions(article.input);
    parseText(article.input.text);
  }
let words = 0;
let generateMs = 0;
let parseMs = 0;
const rows: string[] = [];
for (const article of articles) {
  // Alternate the two, so both meet the same heap and garbage-collector state (back-to-back blocks
  // swung the ratio between 2.3× and 3.3× from run to run).
  const generateRuns: number[] = [];
  const parseRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    generateRuns.push(time(() => generateQuestions(article.input, { count: 10 })));
    parseRuns.push(time(() => parseText(article.input.text)));
  }
  const generate = median(generateRuns);
  const parse = median(parseRuns);
  words += article.words;
  generateMs += generate;
  parseMs += parse;
  rows.push(`| ${article.file} | ${article.words} | ${generate.toFixed(2)} | ${parse.toFixed(2)} |`);
}
const per1000 = (ms: number) => ((ms / words) * 1000).toFixed(1);
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const report = [
  `\n## Question generation — ${new Date().toISOString().slice(0, 10)}`,
  `Machine: ${machine}. Median of ${RUNS} alternating runs of each per article after three warm-up passes; ${articles.length} articles, ${words.toLocaleString("en")} words.`,
  "",
  `- Generation (parse, facts, candidates, quality gate, ranking; 10 questions): **${per1000(generateMs)} ms per 1,000 words**`,
  `- Bare NLP parse (wink-nlp tokens, sentences, POS, entities), same run: **${per1000(parseMs)} ms per 1,000 words**`,
  `- Generation costs ${(generateMs / parseMs).toFixed(2)}× the bare parse (target: under 50 ms per 1,000 words and within 3×).`,
  "",
  "| article | words | generate ms | parse ms |",
  "| --- | --- | --- | --- |",
  ...rows,
  "",
].join("\n");
appendFileSync("bench/RESULTS.md", report);
console.log(report);
