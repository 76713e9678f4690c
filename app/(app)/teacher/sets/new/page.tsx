import type { Metadata } from "next";
import Link from "next/link";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { listMyArticles } from "@/lib/dal/articles";
import { MakeQuizForm } from "@/components/generation/make-quiz-form";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "New set from articles" };

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function NewSetPage() {
  await teacherOrForbidden("/teacher/sets/new");
  const articles = await listMyArticles();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <p className="text-sm font-medium text-brand-700">
          <Link href="/teacher" className="underline">
            Teach
          </Link>{" "}
          / New set
        </p>
        <h1 className="text-3xl font-bold tracking-tight">A set from one or more articles</h1>
        <p className="mt-1 text-slate-700">
          Pick the week&apos;s articles; each question keeps the article it comes from, with its evidence.
        </p>
      </header>
      {articles.length === 0 ? (
        <EmptyState title="No articles yet">
          <p>
            <Link href="/articles/new" className="font-medium text-brand-700 underline">
              Add an article
            </Link>{" "}
            first.
          </p>
        </EmptyState>
      ) : (
        <MakeQuizForm
          articles={articles.map((article) => ({
            id: article.id,
            title: article.title,
            detail: [
              article.source,
              article.publishedAt ? day.format(article.publishedAt) : null,
              `${article.wordCount} words`,
            ]
              .filter(Boolean)
              .join(", "),
          }))}
        />
      )}
    </div>
  );
}
