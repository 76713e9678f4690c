/**
 * npm run -s generate -- <file|-> [--count N] [--json] [--set-title]
 * Cleans the article (as `npm run -s article` does) and prints its questions as a JSON array of
 * { type, prompt, choices, answer, explanation, evidence: { start, end, text }, difficulty, score }.
 * With --set-title, what the quiz shows is the default set title the app gives, not the headline.
 * Without --json, a readable listing.
 */
import { readFile } from "node:fs/promises";
import { IngestError } from "../lib/articles/ingest";
import { generatedQuestionsJson } from "./lib/generate-output";

const args = process.argv.slice(2);
const countIndex = args.indexOf("--count");
const count = countIndex >= 0 ? Number(args[countIndex + 1]) : 10;
const json = args.includes("--json");
const setTitle = args.includes("--set-title");
const file = args.find((arg, index) => !arg.startsWith("--") && (countIndex < 0 || index !== countIndex + 1));

async function main(): Promise<void> {
  if (!file || !Number.isInteger(count) || count < 1 || count > 50) {
    throw new IngestError("empty", "Usage: npm run -s generate -- <file|-> [--count N (1-50)] [--json] [--set-title]");
  }
  let bytes: Uint8Array;
  let name = file;
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
    name = /^\s*</.test(Buffer.from(bytes).subarray(0, 200).toString()) ? "stdin.html" : "stdin.txt";
  } else bytes = await readFile(file);
  const printed = generatedQuestionsJson(name, bytes, { count, setTitle });
  if (json || !process.stdout.isTTY) {
    process.stdout.write(printed);
    return;
  }
  const output = JSON.parse(printed) as {
    type: string;
    prompt: string;
    choices: string[];
    answer: number | string[];
    explanation: string;
  }[];
  output.forEach((question, index) => {
    console.log(`\n${index + 1}. [${question.type}] ${question.prompt}`);
    question.choices.forEach((choice, i) => console.log(`   ${i === question.answer ? "✓" : " "} ${choice}`));
    if (Array.isArray(question.answer)) console.log(`   accepted: ${question.answer.join(" / ")}`);
    console.log(`   ${question.explanation}`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof IngestError || (error as NodeJS.ErrnoException).code === "ENOENT") {
    process.stderr.write(`${error instanceof IngestError ? error.message : `No such file: ${file}`}\n`);
    process.exit(2);
  }
  throw error;
});
