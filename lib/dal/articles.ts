import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { cleanText } from "@/lib/articles/clean";
import type { IngestedArticle, Removal } from "@/lib/articles/types";
import { countWords } from "@/lib/articles/clean";
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
} as const;

function toView(row: Omit<ArticleView, "removed"> & { removed: unknown }): ArticleView {
  return { ...row, removed: (row.removed as StoredRemoval[]) ?? [] };
}

/** Stores an ingested article for the viewer; the same article again returns the existing one. */
export async function saveArticle(
  article: IngestedArticle,
  titleOverride?: string,
): Promise<{ id: string; existed: boolean }> {
  const viewer = await requireViewer();
  const contentHash = createHash("sha256").update(article.text).digest("hex");
  const existing = await db().article.findUnique({
    where: { addedById_contentHash: { addedById: viewer.id, contentHash } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, existed: true };
  const created = await db().article.create({
    data: {
      title: titleOverride?.trim() || article.title,
      source: article.source,
      author: article.author,
      url: article.url,
      publishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
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
  const cleaned = cleanText(row.originalText, {
    restore: new Set(removed.filter((removal) => removal.restored).map((removal) => removal.start)),
  });
  const updated = await db().article.update({
    where: { id: row.id },
    data: { text: cleaned.text, wordCount: countWords(cleaned.text), removed: removed as unknown as object[] },
    select: articleSelect,
  });
  return toView(updated);
}
