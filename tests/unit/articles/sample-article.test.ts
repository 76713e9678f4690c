import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";

const raw = readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8");

describe("the sample article from shared/articles", () => {
  const article = ingestArticle({ kind: "text", text: raw });

  it("takes the published date from the leading date marker", () => {
    expect(article.publishedAt).toBe("2025-04-01");
    expect(article.text.startsWith("China is ready")).toBe(true);
  });

  it("drops both 'Also read' lines and the (AFP) caption, each with its reason", () => {
    expect(article.text).not.toMatch(/Also read/);
    expect(article.text).not.toContain("(AFP)");
    expect(article.text).not.toContain("China's top diplomat Wang Yi.");
    expect(article.removed.map((removal) => [removal.reason, removal.text])).toEqual([
      ["date-marker", "date 2025-04-01 "],
      ["photo-caption", "China's top diplomat Wang Yi.(AFP)"],
      ["related-link", "Also read: China willing to import more Indian products, envoy says"],
      [
        "related-link",
        "Also read: ‘India going to drop tariffs substantially’: Trump's bold claim ahead of ‘Liberation Day’",
      ],
    ]);
  });

  it("keeps every real paragraph intact, word for word", () => {
    const realParagraphs = raw
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("Also read"));
    const first = realParagraphs
      .shift()!
      .replace("date 2025-04-01 ", "")
      .replace(" China's top diplomat Wang Yi.(AFP)", "");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toEqual([first, ...realParagraphs]);
    expect(paragraphs).toHaveLength(11);
  });
});
