import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleMetadata } from "./types";

/**
 * HTML page → the article's paragraphs (one per line) and its metadata. Readability finds the body;
 * JSON-LD, Open Graph, article:* meta tags, <time> and <link rel=canonical> give the metadata, which
 * is read before Readability rewrites the document.
 */
export interface ExtractedHtml {
  /** Paragraphs separated by blank lines; null when the page has no article body. */
  text: string | null;
  metadata: ArticleMetadata;
}

export function extractFromHtml(html: string, pageUrl?: string): ExtractedHtml {
  // A fragment without <html> leaves linkedom with no document element; give it one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const metadata = readMetadata(document, pageUrl);
  const article = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  const text = article?.content ? blocksToText(article.content) : null;
  return {
    text: text && text.trim() ? text : null,
    metadata: {
      ...metadata,
      title: cleanTitle(
        metadata.title ?? str(article?.title),
        metadata.source ?? str(article?.siteName) ?? hostOf(metadata.url),
        metadata.author,
      ),
      author: cleanAuthor(metadata.author ?? str(article?.byline)),
      source: metadata.source ?? article?.siteName ?? hostOf(pageUrl),
      publishedAt: metadata.publishedAt ?? toIsoDate(article?.publishedTime ?? undefined),
      language: metadata.language ?? article?.lang ?? undefined,
    },
  };
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";

/** HTML fragment → one line per leaf block element, so the cleaner can judge each paragraph. */
export function blocksToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((element) => !element.querySelector(BLOCKS));
  const lines = (blocks.length ? blocks : [document.body])
    .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return dedupeAdjacent(lines).join("\n\n");
}

function dedupeAdjacent(lines: string[]): string[] {
  return lines.filter((line, index) => line !== lines[index - 1]);
}

function readMetadata(document: Document, pageUrl?: string): ArticleMetadata {
  const ld = readJsonLd(document);
  const meta = (selector: string) => str(document.querySelector(selector)?.getAttribute("content"));
  const publisher = ld?.publisher;
  const author = ld?.author;
  return {
    title: str(ld?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]'),
    source:
      str(isRecord(publisher) ? publisher.name : undefined) ??
      meta('meta[property="og:site_name"]') ??
      meta('meta[name="application-name"]'),
    author: authorName(author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    publishedAt: toIsoDate(
      str(ld?.datePublished) ??
        meta('meta[property="article:published_time"]') ??
        meta('meta[name="article:published_time"]') ??
        meta('meta[itemprop="datePublished"]') ??
        meta('meta[name="pubdate"]') ??
        meta('meta[name="publishdate"]') ??
        meta('meta[name="date"]') ??
        meta('meta[name="DC.date.issued"]') ??
        meta('meta[name="sailthru.date"]') ??
        document.querySelector("time[datetime]")?.getAttribute("datetime") ??
        undefined,
    ),
    url:
      absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined, pageUrl) ??
      absoluteUrl(meta('meta[property="og:url"]'), pageUrl) ??
      absoluteUrl(str(ld?.url), pageUrl) ??
      pageUrl,
    language:
      document.documentElement?.getAttribute("lang")?.trim() ||
      meta('meta[http-equiv="content-language"]') ||
      meta('meta[property="og:locale"]'),
  };
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.replace(/\s+/g, " ").trim() : undefined;
}

function authorName(author: unknown): string | undefined {
  const list = Array.isArray(author) ? author : [author];
  const names = list
    .map((item) => (isRecord(item) ? str(item.name) : str(item)))
    .filter((name): name is string => Boolean(name));
  return names.length ? names.join(", ") : undefined;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting)$/;

/** The first JSON-LD object of an article type, looking inside arrays and @graph. */
function readJsonLd(document: Document): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isRecord(item)) {
        const types = Array.isArray(item["@type"]) ? item["@type"] : [item["@type"]];
        if (types.some((type) => typeof type === "string" && ARTICLE_TYPES.test(type))) return item;
        if (item["@graph"]) queue.push(item["@graph"]);
      }
    }
  }
  return undefined;
}

/** Any date string a page may carry → YYYY-MM-DD (the calendar day as the page states it), or undefined. */
function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const plain = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (plain) return `${plain[1]}-${plain[2]}-${plain[3]}`;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  return parsed.toISOString().slice(0, 10);
}

function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** "www.example.com/x" → "example.com": the site's name when the page gives none. */
export function hostOf(pageUrl: string | undefined): string | undefined {
  try {
    return pageUrl ? new URL(pageUrl).hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
}

/** "Headline | Site", "Site | Headline" or "Headline - Author" → "Headline". */
export function cleanTitle(title: string | undefined, source?: string, author?: string): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  const known = [source, author, source?.replace(/\.com$/i, "")]
    .filter((name): name is string => Boolean(name))
    .map((name) => name.toLowerCase());
  const isKnown = (part: string) =>
    known.some((name) => part.toLowerCase() === name || (name.length > 3 && part.toLowerCase().includes(name)));
  while (parts.length > 1 && isKnown(parts.at(-1)!)) parts.pop();
  while (parts.length > 1 && isKnown(parts[0]!)) parts.shift();
  // "Headline | Short Name": a pipe before a short tail is a site name even when we do not know it.
  if (
    parts.length > 1 &&
    title.includes(" | ") &&
    title.endsWith(parts.at(-1)!) &&
    parts.at(-1)!.split(" ").length <= 4 &&
    title.lastIndexOf(" | ") === title.length - parts.at(-1)!.length - 3
  ) {
    parts.pop();
  }
  return parts.join(" - ").trim();
}

/** "By Sam Byford on June 29, 2014 08:08 pm @345triangle" → "Sam Byford". */
export function cleanAuthor(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const name = author
    .replace(/^by\s+/i, "")
    .split(/\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\s+on\s+\w+\.?\s+\d|\s+\d|\s+@|\s*\||\s+posted\b/i)[0]!
    .trim();
  return name && !/^(?:authors?|staff|admin)$/i.test(name) ? name : undefined;
}
