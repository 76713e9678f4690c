import { FormattedDate } from "@/components/ui/formatted-date";

/** “Title” (linked when it has a URL), source, date: where a question's facts come from. */
export function ArticleSource({
  article,
}: {
  article: { title: string | null; source: string | null; url: string | null; publishedAt: Date | null };
}) {
  return (
    <>
      {article.url ? (
        <a href={article.url} className="underline" rel="noopener noreferrer nofollow">
          “{article.title}”
        </a>
      ) : (
        <>“{article.title}”</>
      )}
      {article.source && <>, {article.source}</>}
      {article.publishedAt && (
        <>
          , <FormattedDate date={article.publishedAt} />
        </>
      )}
    </>
  );
}
