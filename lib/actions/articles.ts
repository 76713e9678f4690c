"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { IngestError, ingestArticle } from "@/lib/articles/ingest";
import { importArticleFromUrl } from "@/lib/articles/import-url";
import type { IngestedArticle } from "@/lib/articles/types";
import { saveArticle, setRemovalRestored, updateArticleDetails } from "@/lib/dal/articles";
import { UserError } from "@/lib/dal/errors";
import { env } from "@/lib/env";
import {
  articleDetailsSchema,
  pasteArticleSchema,
  restoreRemovalSchema,
  uploadArticleSchema,
  urlArticleSchema,
} from "@/lib/validation/articles";
import { generateSetSchema } from "@/lib/validation/generation";
import { createSetFromArticles } from "@/lib/dal/question-generation";
import { authedAction } from "./safe-action";

/** Ingestion refusals are the person's to fix: show them next to the field they came from. */
async function ingestOrExplain(
  field: string,
  ingest: () => IngestedArticle | Promise<IngestedArticle>,
): Promise<IngestedArticle> {
  try {
    return await ingest();
  } catch (error) {
    if (error instanceof IngestError) throw new UserError(error.message, field);
    throw error;
  }
}

async function storeAndOpen(article: IngestedArticle): Promise<never> {
  const { id } = await saveArticle(article);
  revalidatePath("/articles");
  redirect(`/articles/${id}`);
}

export const importPastedArticle = authedAction(pasteArticleSchema, async ({ text, title }) =>
  storeAndOpen(await ingestOrExplain("text", () => ingestArticle({ kind: "text", text, title }))),
);

export const importUploadedArticle = authedAction(uploadArticleSchema, async ({ file }) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return storeAndOpen(await ingestOrExplain("file", () => ingestArticle({ kind: "file", name: file.name, bytes })));
});

export const importArticleFromLink = authedAction(urlArticleSchema, async ({ url }) =>
  storeAndOpen(
    await ingestOrExplain("url", () =>
      importArticleFromUrl(url, { allowLoopback: env().ALLOW_LOOPBACK_FETCH === "1" }),
    ),
  ),
);

export const toggleRemoval = authedAction(restoreRemovalSchema, async ({ articleId, start, restored }) => {
  await setRemovalRestored(articleId, start, restored);
  revalidatePath(`/articles/${articleId}`);
  return { restored };
});

export const saveArticleDetails = authedAction(articleDetailsSchema, async ({ articleId, title, publishedAt }) => {
  const article = await updateArticleDetails(articleId, { title, publishedAt });
  revalidatePath(`/articles/${articleId}`);
  revalidatePath("/articles");
  return { title: article.title, publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null };
});

export const generateSetFromArticle = authedAction(
  generateSetSchema,
  async ({ articleId, count, types, difficulty }) => {
    const setId = await createSetFromArticles(articleId, { count, types, difficulty });
    revalidatePath("/teacher");
    // The set page says so when the article supported fewer questions than asked for.
    redirect(`/teacher/sets/${setId}?asked=${count}`);
  },
  { role: "teacher" },
);
