import type { Metadata } from "next";
import Link from "next/link";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { listMyArticles } from "@/lib/dal/articles";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";

export const metadata: Metadata = { title: "Your articles" };

export default async function ArticlesPage() {
  await viewerOrSignIn("/articles");
  const articles = await listMyArticles();
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your articles</h1>
          <p className="mt-1 text-slate-700">Articles you brought in, cleaned and ready to quiz on.</p>
        </div>
        <Link
          href="/articles/new"
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          New article
        </Link>
      </header>
      {articles.length === 0 ? (
        <EmptyState title="No articles yet">
          <p>
            Paste a news article, upload one or give its link.{" "}
            <Link href="/articles/new" className="font-medium text-brand-700 underline">
              Add your first article
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {articles.map((article) => (
            <li key={article.id} className="p-4">
              <Link href={`/articles/${article.id}`} className="font-semibold text-slate-900 hover:underline">
                {article.title || "Headline needed"}
              </Link>
              <p className="mt-1 text-sm text-slate-600">
                {article.source ?? "Pasted text"}
                {article.publishedAt && (
                  <>
                    {" · "}
                    <FormattedDate date={article.publishedAt} />
                  </>
                )}
                {` · ${article.wordCount.toLocaleString("en")} words`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
