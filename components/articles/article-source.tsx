import { FormattedDate } from "@/components/ui/formatted-date";
import { webLink } from "@/lib/security/links";

/** “Title” (linked when it has a URL), source, date: where a question's facts come from. */
export function ArticleSource({
  article,
}: {
  article: { title: string | null; source: string | null; url: string | null; publishedAt: Date | null };
}) {
  const href = webLink(article.url);
  return (
    <>
      {href ? (
        <a href={href} className="underline" rel="noopener noreferrer nofollow">
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
