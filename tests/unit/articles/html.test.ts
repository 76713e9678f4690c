import { describe, expect, it } from "vitest";
import { cleanAuthor, cleanTitle, extractFromHtml } from "@/lib/articles/html";
import { findDateInText, findDateInUrl } from "@/lib/articles/dates";

const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the committee met on Thursday and agreed a budget of $4 million for the new library, its chair said.</p>`,
).join("");

describe("HTML metadata", () => {
  it("prefers JSON-LD NewsArticle, then Open Graph and article:* tags", () => {
    const html = `<!doctype html><html lang="en"><head>
      <title>Library gets funding | Town Crier</title>
      <meta property="og:title" content="OG title">
      <meta property="og:site_name" content="Town Crier">
      <meta property="article:published_time" content="2024-05-02T09:00:00+02:00">
      <link rel="canonical" href="/news/library">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":"NewsArticle","headline":"Library gets $4m","datePublished":"2024-05-01T22:30:00-04:00",
         "publisher":{"@type":"Organization","name":"The Town Crier"},"author":[{"@type":"Person","name":"Ann Lee"}]}]}</script>
      </head><body><article>${body}</article></body></html>`;
    const { metadata, text } = extractFromHtml(html, "https://crier.example/x?utm=1");
    expect(metadata).toMatchObject({
      title: "Library gets $4m",
      source: "The Town Crier",
      author: "Ann Lee",
      publishedAt: "2024-05-01",
      url: "https://crier.example/news/library",
      language: "en",
    });
    expect(text?.split("\n\n")).toHaveLength(6);
  });

  it("falls back to <time datetime> and the page's own title", () => {
    const html = `<html><head><title>Quiet day - Daily Post</title><meta property="og:site_name" content="Daily Post"></head>
      <body><article><time datetime="2023-11-30">30 Nov</time>${body}</article></body></html>`;
    expect(extractFromHtml(html).metadata).toMatchObject({
      title: "Quiet day",
      publishedAt: "2023-11-30",
      source: "Daily Post",
    });
  });

  it("cleans titles and bylines of site names and dates", () => {
    expect(cleanTitle("TechCrunch | Big news", "TechCrunch")).toBe("Big news");
    expect(cleanTitle("Map shifts - Maggie Haberman", "POLITICO", "Maggie Haberman")).toBe("Map shifts");
    expect(cleanTitle("Half - and half", "Other")).toBe("Half - and half");
    expect(cleanAuthor("By Sam Byford on June 29, 2014 08:08 pm @345triangle")).toBe("Sam Byford");
    expect(cleanAuthor("By Bryan Walsh Tuesday, Aug. 17, 2010")).toBe("Bryan Walsh");
    expect(cleanAuthor("Authors")).toBeUndefined();
  });

  it("reads dates from text and URLs as calendar days", () => {
    expect(findDateInText("Published August 14, 2010")).toBe("2010-08-14");
    expect(findDateInText("Updated: 3 Feb 2025, 11:00 GMT")).toBe("2025-02-03");
    expect(findDateInText("posted Aug 18th 2010 7:30PM")).toBe("2010-08-18");
    expect(findDateInUrl("https://x.example/2010/08/13/story/")).toBe("2010-08-13");
    expect(findDateInUrl("https://x.example/story/16591753/")).toBeUndefined();
  });
});
