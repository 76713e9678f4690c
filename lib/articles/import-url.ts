import { fetchArticlePage, type FetchOptions } from "./fetch-url";
import { ingestArticle } from "./ingest";
import type { IngestedArticle } from "./types";

/** A link → a clean article: fetch safely, then the same ingestion as a pasted or uploaded page. */
export async function importArticleFromUrl(url: string, options: FetchOptions = {}): Promise<IngestedArticle> {
  const page = await fetchArticlePage(url, options);
  const article =
    page.contentType === "text/plain"
      ? ingestArticle({ kind: "text", text: page.body })
      : ingestArticle({ kind: "html", html: page.body, url: page.url });
  return { ...article, url: article.url ?? page.url };
}
