import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cleanText, countWords } from "@/lib/articles/clean";
import { excludedSpans } from "@/lib/articles/ingest";
import type { DateOrigin, Dateline, ExcludedSpan, IngestedArticle, Removal, TitleOrigin } from "@/lib/articles/types";
import { NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

/** A removal as stored: the cleaner's record plus whether the person put it back. */
export interface StoredRemoval extends Removal {
  restored: boolean;
}

export interface ArticleView {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  wordCount: number;
  originalText: string;
  text: string;
  removed: StoredRemoval[];
  createdAt: Date;
  /** Null on articles stored before the origins were kept. */
  titleOrigin: TitleOrigin | null;
  dateOrigin: DateOrigin | null;
  dateline: Dateline | null;
  /** Spans of `text` no question may be built from: the dateline and a sentence the paste cut off. */
  excludedSpans: ExcludedSpan[];
}

const articleSelect = {
  id: true,
  title: true,
  source: true,
  author: true,
  url: true,
  publishedAt: true,
  wordCount: true,
  originalText: true,
  text: true,
  removed: true,
  createdAt: true,
  titleOrigin: true,
  dateOrigin: true,
  dateline: true,
  excludedSpans: true,
} as const;

type JsonFields = "removed" | "titleOrigin" | "dateOrigin" | "dateline" | "excludedSpans";

function toView(row: Omit<ArticleView, JsonFields> & Record<JsonFields, unknown>): ArticleView {
  return {
    ...row,
    removed: (row.removed as StoredRemoval[]) ?? [],
    titleOrigin: (row.titleOrigin as TitleOrigin | null) ?? null,
    dateOrigin: (row.dateOrigin as DateOrigin | null) ?? null,
    dateline: (row.dateline as Dateline | null) ?? null,
    excludedSpans: (row.excludedSpans as ExcludedSpan[]) ?? [],
  };
}

const asJson = (value: unknown) => value as object;
const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/** Stores an ingested article for the viewer; the same article again returns the existing one. */
export async function saveArticle(article: IngestedArticle): Promise<{ id: string; existed: boolean }> {
  const viewer = await requireViewer();
  const contentHash = createHash("sha256").update(article.text).digest("hex");
  const existing = await db().article.findUnique({
    where: { addedById_contentHash: { addedById: viewer.id, contentHash } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, existed: true };
  const created = await db().article.create({
    data: {
      title: article.title,
      titleOrigin: asJson(article.titleOrigin),
      source: article.source,
      author: article.author,
      url: article.url,
      publishedAt: toDate(article.publishedAt),
      dateOrigin: asJson(article.dateOrigin),
      dateline: article.dateline ? asJson(article.dateline) : undefined,
      excludedSpans: asJson(article.excluded),
      language: article.language,
      originalText: article.originalText,
      text: article.text,
      removed: article.removed.map((removal) => ({ ...removal, restored: false })) as unknown as object[],
      wordCount: article.words,
      contentHash,
      addedById: viewer.id,
    },
    select: { id: true },
  });
  return { id: created.id, existed: false };
}

/** One of the viewer's own articles; anyone else's reads as not found. */
export async function getArticle(id: string): Promise<ArticleView> {
  const viewer = await requireViewer();
  const row = await db().article.findFirst({ where: { id, addedById: viewer.id }, select: articleSelect });
  if (!row) throw new NotFoundError("That article");
  return toView(row);
}

export async function listMyArticles(): Promise<
  Pick<ArticleView, "id" | "title" | "source" | "publishedAt" | "wordCount" | "createdAt">[]
> {
  const viewer = await requireViewer();
  return db().article.findMany({
    where: { addedById: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, title: true, source: true, publishedAt: true, wordCount: true, createdAt: true },
  });
}

/** Puts a removed passage back into the article (or takes it out again) and recomputes the text. */
export async function setRemovalRestored(articleId: string, start: number, restored: boolean): Promise<ArticleView> {
  const viewer = await requireViewer();
  const row = await db().article.findFirst({ where: { id: articleId, addedById: viewer.id }, select: articleSelect });
  if (!row) throw new NotFoundError("That article");
  const removed = (row.removed as unknown as StoredRemoval[]).map((removal) =>
    removal.start === start ? { ...removal, restored } : removal,
  );
  if (!removed.some((removal) => removal.start === start)) throw new NotFoundError("That removed passage");
  const origin = (row.titleOrigin as TitleOrigin | null) ?? null;
  // The headline the page or the person gave is looked for again, so its echo stays out of the text.
  const cleaned = cleanText(row.originalText, {
    restore: new Set(removed.filter((removal) => removal.restored).map((removal) => removal.start)),
    title: origin?.kind === "page" || origin?.kind === "given" ? origin.text : undefined,
  });
  const updated = await db().article.update({
    where: { id: row.id },
    data: {
      text: cleaned.text,
      wordCount: countWords(cleaned.text),
      removed: removed as unknown as object[],
      dateline: cleaned.dateline ? asJson(cleaned.dateline) : Prisma.DbNull,
      excludedSpans: asJson(excludedSpans(cleaned)),
    },
    select: articleSelect,
  });
  return toView(updated);
}

/**
 * The person corrects the headline or the published date on the preview; what they change is marked as
 * theirs, so the preview stops pointing at the line it first came from.
 */
export async function updateArticleDetails(
  articleId: string,
  details: { title: string; publishedAt: string | null },
): Promise<ArticleView> {
  const viewer = await requireViewer();
  const row = await db().article.findFirst({
    where: { id: articleId, addedById: viewer.id },
    select: { id: true, title: true, publishedAt: true },
  });
  if (!row) throw new NotFoundError("That article");
  const publishedAt = toDate(details.publishedAt);
  const titleChanged = details.title !== row.title;
  const dateChanged = (publishedAt?.getTime() ?? null) !== (row.publishedAt?.getTime() ?? null);
  const updated = await db().article.update({
    where: { id: row.id },
    data: {
      title: details.title,
      publishedAt,
      ...(titleChanged ? { titleOrigin: { kind: "edited" } } : {}),
      ...(dateChanged ? { dateOrigin: { kind: "edited" } } : {}),
    },
    select: articleSelect,
  });
  return toView(updated);
}
