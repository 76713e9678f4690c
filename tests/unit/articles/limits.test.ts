import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError, ingestArticle, type IngestInput } from "@/lib/articles/ingest";

const sentence = "The council voted on Tuesday to expand the city's bus network, adding twelve routes by next spring. ";
const words = (count: number) =>
  sentence
    .repeat(Math.ceil(count / 17) + 1)
    .split(" ")
    .slice(0, count)
    .join(" ");

function messageFor(input: IngestInput): string {
  try {
    ingestArticle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error("expected ingestion to be refused");
}

describe("limits, each with the message the user sees", () => {
  it("empty or whitespace-only", () => {
    expect(messageFor({ kind: "text", text: "" })).toBe(
      "There is no article text here. Paste the article, upload a file or give a link.",
    );
    expect(messageFor({ kind: "text", text: " \n\t \n" })).toBe(
      "There is no article text here. Paste the article, upload a file or give a link.",
    );
  });

  it("shorter than 80 words", () => {
    expect(messageFor({ kind: "text", text: words(40) })).toBe(
      "This article is too short to make a quiz from: 40 words after cleaning, and at least 80 are needed.",
    );
  });

  it("counts words after cleaning, so clutter does not make a stub long enough", () => {
    const clutter = Array.from({ length: 20 }, (_, i) => `Also read: Another headline number ${i}`).join("\n");
    expect(messageFor({ kind: "text", text: `${words(60)}\n${clutter}` })).toContain("60 words after cleaning");
  });

  it("longer than 20,000 words", () => {
    expect(messageFor({ kind: "text", text: words(20_050) })).toBe(
      "This text is too long: 20,050 words, and the limit is 20,000. Paste one article at a time.",
    );
  });

  it("a binary upload", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(messageFor({ kind: "file", name: "photo.txt", bytes: png })).toBe(
      '"photo.txt" does not look like a text file. Upload a .txt, .md or .html file saved as UTF-8, or paste the text.',
    );
    expect(
      messageFor({ kind: "file", name: "latin1.txt", bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]) }),
    ).toContain("does not look like a text file");
  });

  it("a file type we do not read", () => {
    expect(messageFor({ kind: "file", name: "report.pdf", bytes: new TextEncoder().encode(words(100)) })).toBe(
      'Quizwire reads .txt, .md and .html files; "report.pdf" is not one of them.',
    );
  });

  it("a file over 2 MB", () => {
    expect(messageFor({ kind: "file", name: "huge.txt", bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61) })).toBe(
      "That file is 2.0 MB; files can be at most 2 MB. Paste the article's text instead.",
    );
  });

  it("a language other than English, declared by the page or detected in the text", () => {
    expect(
      messageFor({
        kind: "file",
        name: "lefigaro.html",
        bytes: readFileSync("tests/fixtures/articles/html/lefigaro.html"),
      }),
    ).toBe("This article looks like it is in French. Quizwire only supports English articles for now.");
    const spanish =
      "El gobierno anunció el martes una nueva serie de medidas para reducir el déficit público, según explicó el ministro de Hacienda en una rueda de prensa celebrada en Madrid. ".repeat(
        5,
      );
    expect(messageFor({ kind: "text", text: spanish })).toBe(
      "This article looks like it is in Spanish. Quizwire only supports English articles for now.",
    );
  });

  it("HTML with no article body", () => {
    const html =
      "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><footer>© 2025</footer></body></html>";
    expect(messageFor({ kind: "html", html })).toBe(
      "We could not find an article on that page. Open the article itself, or copy its text and paste it.",
    );
  });

  it("accepts Markdown and reads it as text", () => {
    const article = ingestArticle({
      kind: "file",
      name: "story.md",
      bytes: new TextEncoder().encode(`# Buses for the city\n\nA **big** day: ${words(90)}\n\n![A bus](bus.png)\n`),
    });
    // The heading is the headline: it becomes the title and leaves the body text.
    expect(article.text.startsWith("A big day: The council voted")).toBe(true);
    expect(article.title).toBe("Buses for the city");
  });
});
