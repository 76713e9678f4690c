import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewerOrSignIn } from "@/lib/dal/page-guards";
import { getArticle } from "@/lib/dal/articles";
import { NotFoundError } from "@/lib/dal/errors";
import { ArticlePreview } from "@/components/articles/article-preview";
import { ArticleDetailsForm } from "@/components/articles/article-details-form";
import { dateNote, previewMarks, titleNote } from "@/components/articles/origins";
import { FormattedDate } from "@/components/ui/formatted-date";
import { MakeQuizForm } from "@/components/generation/make-quiz-form";
import { isTeacher } from "@/lib/dal/viewer";
import { webLink } from "@/lib/security/links";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: PageProps<"/articles/[id]">) {
  const { id } = await params;
  const viewer = await viewerOrSignIn(`/articles/${id}`);
  const article = await getArticle(id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const removedCount = article.removed.filter((removal) => !removal.restored).length;
  const marks = previewMarks(article.originalText, article.text, article.dateline, article.excludedSpans);
  const sourceLink = webLink(article.url);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-700">Cleaned article</p>
        <h1 className="text-3xl font-bold tracking-tight">
          {article.title || <span className="text-slate-600">Headline needed</span>}
        </h1>
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
          <div className="flex gap-1">
            <dt className="font-medium">Published</dt>
            <dd>{article.publishedAt ? <FormattedDate date={article.publishedAt} /> : "date unknown"}</dd>
          </div>
          {article.source && (
            <div className="flex gap-1">
              <dt className="font-medium">Source</dt>
              <dd>
                {sourceLink ? (
                  <a href={sourceLink} className="underline" rel="noopener noreferrer nofollow">
                    {article.source}
                  </a>
                ) : (
                  article.source
                )}
              </dd>
            </div>
          )}
          {article.author && (
            <div className="flex gap-1">
              <dt className="font-medium">By</dt>
              <dd>{article.author}</dd>
            </div>
          )}
          {article.dateline?.place && (
            <div className="flex gap-1">
              <dt className="font-medium">Dateline</dt>
              <dd data-testid="dateline-place">{article.dateline.place}</dd>
            </div>
          )}
          <div className="flex gap-1">
            <dt className="font-medium">Length</dt>
            <dd data-testid="word-count">{article.wordCount.toLocaleString("en")} words</dd>
          </div>
        </dl>
      </header>
      <ArticleDetailsForm
        key={`${article.title}|${article.publishedAt?.toISOString() ?? ""}`}
        articleId={article.id}
        title={article.title}
        publishedAt={article.publishedAt?.toISOString().slice(0, 10) ?? null}
        titleNote={titleNote(article.titleOrigin)}
        dateNote={dateNote(article.dateOrigin)}
      />
      <section
        aria-labelledby="cleaning-heading"
        className="rounded-lg border border-slate-200 bg-slate-100/60 p-4 text-sm text-slate-800"
      >
        <h2 id="cleaning-heading" className="font-semibold">
          {removedCount === 0
            ? "Nothing needed cleaning."
            : `We removed ${removedCount} ${removedCount === 1 ? "passage" : "passages"} of clutter.`}
        </h2>
        <p className="mt-1">
          Removed text is struck through below with the reason. If we took out something that belongs to the story, put
          it back.
          {marks.length > 0 &&
            " Text underlined with a dotted line stays in the article, but no question is built from it."}
        </p>
      </section>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <ArticlePreview
          articleId={article.id}
          originalText={article.originalText}
          removed={article.removed}
          marks={marks}
        />
      </div>
      {isTeacher(viewer) ? (
        <MakeQuizForm articleId={article.id} />
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
          Teachers turn articles into quizzes. Share this article with your teacher, or sign up as a teacher to make
          quizzes yourself.
        </p>
      )}
    </article>
  );
}
