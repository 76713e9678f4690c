import { marked } from "marked";
import { cleanText, countWords } from "./clean";
import { blocksToText, extractFromHtml, hostOf } from "./html";
import { detectLanguage, languageName, primaryLanguage } from "./language";
import { findDateInUrl } from "./dates";
import { publishedDateOf } from "./published-date";
import { titleFromLead } from "./lead-title";
import type { ArticleMetadata, CleanedText, ExcludedSpan, IngestedArticle, TitleOrigin } from "./types";

/**
 * Every way an article comes in (pasted text, an uploaded file, a fetched page) ends here, in one
 * clean article, or in an IngestError whose message is shown to the person as it is.
 */
export const LIMITS = { minWords: 80, maxWords: 20_000, maxBytes: 2 * 1024 * 1024 } as const;
const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

export type IngestErrorCode =
  "empty" | "too-short" | "too-long" | "not-text" | "file-type" | "too-large" | "not-english" | "no-article";

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

export type IngestInput =
  | { kind: "text"; text: string; title?: string }
  | { kind: "html"; html: string; url?: string }
  | { kind: "file"; name: string; bytes: Uint8Array };

export function ingestArticle(input: IngestInput): IngestedArticle {
  switch (input.kind) {
    case "text":
      return fromText(input.text, {}, input.title?.trim() || undefined);
    case "html":
      return fromHtml(input.html, input.url);
    case "file":
      return fromFile(input.name, input.bytes);
  }
}

function fromFile(name: string, bytes: Uint8Array): IngestedArticle {
  if (bytes.byteLength > LIMITS.maxBytes) {
    throw new IngestError(
      "too-large",
      `That file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; files can be at most 2 MB. ` +
        "Paste the article's text instead.",
    );
  }
  const extension = name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new IngestError("file-type", `Quizwire reads .txt, .md and .html files; "${name}" is not one of them.`);
  }
  const text = decodeText(bytes, name);
  if (extension === ".html" || extension === ".htm") return fromHtml(text);
  if (extension === ".md" || extension === ".markdown")
    return fromText(blocksToText(marked.parse(text, { async: false })), {});
  return fromText(text, {});
}

/** UTF-8 text or a clear refusal: binary files (NUL bytes, invalid UTF-8) are not articles. */
function decodeText(bytes: Uint8Array, name = "That file"): string {
  const looksBinary = bytes.subarray(0, 8192).includes(0);
  let text: string | undefined;
  if (!looksBinary) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    throw new IngestError(
      "not-text",
      `"${name}" does not look like a text file. Upload a .txt, .md or .html file saved as UTF-8, or paste the text.`,
    );
  }
  return text.replace(/^\uFEFF/, "");
}

function fromHtml(html: string, url?: string): IngestedArticle {
  if (!html.trim()) throw emptyError();
  const extracted = extractFromHtml(html, url);
  // A page whose "article" is a menu and a footer has no article; a real but short one is "too short".
  if (!extracted.text || countWords(extracted.text) < 30) {
    throw new IngestError(
      "no-article",
      "We could not find an article on that page. Open the article itself, or copy its text and paste it.",
    );
  }
  const declared = primaryLanguage(extracted.metadata.language);
  if (declared && declared !== "en") {
    throw notEnglish(languageName(declared));
  }
  return fromText(extracted.text, extracted.metadata);
}

function fromText(original: string, metadata: ArticleMetadata, givenTitle?: string): IngestedArticle {
  const normalized = original.replace(/\r\n?/g, "\n");
  if (!normalized.trim()) throw emptyError();
  const cleaned = cleanText(normalized, { title: givenTitle ?? metadata.title ?? undefined });
  const words = countWords(cleaned.text);
  if (words < LIMITS.minWords) {
    throw new IngestError(
      "too-short",
      `This article is too short to make a quiz from: ${words} ${words === 1 ? "word" : "words"} after cleaning, ` +
        `and at least ${LIMITS.minWords} are needed.`,
    );
  }
  if (words > LIMITS.maxWords) {
    throw new IngestError(
      "too-long",
      `This text is too long: ${words.toLocaleString("en")} words, ` +
        `and the limit is ${LIMITS.maxWords.toLocaleString("en")}. Paste one article at a time.`,
    );
  }
  const language = detectLanguage(cleaned.text);
  if (language !== "eng" && language !== "und") throw notEnglish(languageName(language));

  const { title, titleOrigin } = titleOf(cleaned, metadata, givenTitle);
  const urlDate = findDateInUrl(metadata.url);
  const { publishedAt, dateOrigin } = metadata.publishedAt
    ? { publishedAt: metadata.publishedAt, dateOrigin: { kind: "page" as const } }
    : !cleaned.publishedAt && urlDate
      ? { publishedAt: urlDate, dateOrigin: { kind: "url" as const } }
      : publishedDateOf(normalized, cleaned);
  return {
    title,
    titleOrigin,
    publishedAt,
    dateOrigin,
    source: metadata.source ?? hostOf(metadata.url) ?? null,
    author: metadata.author ?? null,
    url: metadata.url ?? null,
    language: "en",
    originalText: normalized,
    text: cleaned.text,
    removed: cleaned.removed,
    words,
    dateline: cleaned.dateline ?? null,
    cutOff: cleaned.cutOff ?? null,
    excluded: excludedSpans(cleaned),
  };
}

/**
 * The person's headline, the page's, the paste's own headline line, or one made from the lead
 * sentence's subject and verb (never a date, a marker or a site name standing in for one).
 */
function titleOf(
  cleaned: CleanedText,
  metadata: ArticleMetadata,
  givenTitle: string | undefined,
): { title: string; titleOrigin: TitleOrigin } {
  if (givenTitle) return { title: givenTitle, titleOrigin: { kind: "given", text: givenTitle } };
  if (metadata.title) return { title: metadata.title, titleOrigin: { kind: "page", text: metadata.title } };
  if (cleaned.headline) {
    const { title, ...span } = cleaned.headline;
    return { title, titleOrigin: { kind: "line", span } };
  }
  const lead = leadSentence(cleaned);
  const madeUp = lead ? titleFromLead(lead) : undefined;
  return lead && madeUp
    ? { title: madeUp, titleOrigin: { kind: "made-up", from: lead } }
    : { title: "", titleOrigin: { kind: "missing" } };
}

/** The first sentence of the story, after its dateline. */
function leadSentence(cleaned: CleanedText): string | undefined {
  const start = cleaned.dateline?.end ?? 0;
  const rest = cleaned.text.slice(start).replace(/^[\s—–:-]+/, "");
  // A short first paragraph ("Executive Branch") is a label the rules left in, not the lead.
  const paragraph = rest.split("\n\n").find((candidate) => countWords(candidate) >= 8) ?? "";
  const sentence = paragraph.split(/(?<=[a-z0-9)"”’]{2}[.!?]["”’]?)\s+(?=["“]?[A-Z])/)[0]?.trim();
  return sentence && countWords(sentence) >= 4 ? sentence : undefined;
}

/** Spans of the cleaned text that questions must not be built from: the dateline, a cut-off sentence. */
export function excludedSpans(cleaned: Pick<CleanedText, "dateline" | "cutOff">): ExcludedSpan[] {
  const spans: ExcludedSpan[] = [];
  if (cleaned.dateline) spans.push({ start: cleaned.dateline.start, end: cleaned.dateline.end, kind: "dateline" });
  if (cleaned.cutOff) spans.push({ start: cleaned.cutOff.start, end: cleaned.cutOff.end, kind: "cut-off" });
  return spans;
}

function emptyError(): IngestError {
  return new IngestError("empty", "There is no article text here. Paste the article, upload a file or give a link.");
}

function notEnglish(language: string): IngestError {
  return new IngestError(
    "not-english",
    `This article looks like it is in ${language}. Quizwire only supports English articles for now.`,
  );
}
