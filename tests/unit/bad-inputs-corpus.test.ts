import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_PATH, buildCorpus, corpusFile } from "../fixtures/bad-inputs/generate";
import { serverActions } from "../e2e/security/inventory";

describe("the bad-input corpus", () => {
  it("is the file its generator writes (run `npx tsx tests/fixtures/bad-inputs/generate.ts` after a change)", () => {
    expect(readFileSync(CORPUS_PATH, "utf8")).toBe(corpusFile());
  });

  it("holds well over 300 inputs and reaches every server action", () => {
    const corpus = buildCorpus();
    const total = corpus.actions.length + corpus.uploads.length + corpus.routes.length + corpus.crafted.length;
    expect(total).toBeGreaterThanOrEqual(300);
    const reached = new Set([
      ...corpus.actions.map((entry) => entry.action),
      ...corpus.uploads.map((entry) => entry.action),
      ...corpus.crafted.flatMap((entry) => (entry.action ? [entry.action] : [])),
    ]);
    expect(serverActions().filter((name) => !reached.has(name))).toEqual([]);
  });
});
