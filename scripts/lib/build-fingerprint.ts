import { createHash } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// What a production build depends on. Changing any of these makes `npm start` rebuild.
const INPUTS = [
  "app",
  "components",
  "lib",
  "next.config.js",
  "proxy.ts",
  "postcss.config.js",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = path.join(".next", "quizwire-build.sha256");

async function walk(entry: string, out: string[]): Promise<void> {
  const info = await stat(entry).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) {
    for (const child of (await readdir(entry)).sort()) {
      if (!SKIP.has(child)) await walk(path.join(entry, child), out);
    }
  } else {
    out.push(`${entry}:${info.size}:${info.mtimeMs}`);
  }
}

async function sourceFingerprint(): Promise<string> {
  const lines: string[] = [];
  for (const input of INPUTS) await walk(input, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export async function buildIsCurrent(): Promise<boolean> {
  const [stamp, buildId] = await Promise.all([
    readFile(STAMP, "utf8").catch(() => ""),
    stat(path.join(".next", "BUILD_ID")).catch(() => null),
  ]);
  return Boolean(buildId) && stamp === (await sourceFingerprint());
}

export async function recordBuild(): Promise<void> {
  await writeFile(STAMP, await sourceFingerprint());
}
