import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";

interface Expected {
  file: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  words: [number, number];
  startsWith: string;
  includes: string;
  excludes: string[];
  reasons: string[];
}

const expectations = JSON.parse(readFileSync("tests/fixtures/articles/expected.json", "utf8")) as Expected[];

describe("real article fixtures", () => {
  it("covers at least 12 articles, HTML pages and pasted text", () => {
    expect(expectations.length).toBeGreaterThanOrEqual(12);
    expect(expectations.some((e) => e.file.endsWith(".html"))).toBe(true);
    expect(expectations.some((e) => e.file.endsWith(".txt"))).toBe(true);
  });

  for (const expected of expectations) {
    it(`${expected.file}: metadata, body kept, clutter gone`, () => {
      const article = ingestArticle({
        kind: "file",
        name: expected.file,
        bytes: readFileSync(`tests/fixtures/articles/${expected.file}`),
      });
      expect(article.title).toBe(expected.title);
      expect(article.publishedAt).toBe(expected.publishedAt);
      expect(article.source).toBe(expected.source);
      expect(article.words).toBeGreaterThanOrEqual(expected.words[0]);
      expect(article.words).toBeLessThanOrEqual(expected.words[1]);
      expect(article.text.startsWith(expected.startsWith)).toBe(true);
      expect(article.text).toContain(expected.includes);
      const paragraphs = article.text.split("\n\n");
      for (const clutter of expected.excludes) expect(paragraphs).not.toContain(clutter.trim());
      expect([...new Set(article.removed.map((removal) => removal.reason))].sort()).toEqual(expected.reasons);
      // Every removal points at exactly the text it names, so the page can show it in place.
      for (const removal of article.removed)
        expect(article.originalText.slice(removal.start, removal.end)).toBe(removal.text);
    });
  }
});
