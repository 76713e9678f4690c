import { REMOVAL_LABELS } from "@/lib/articles/types";
import type { StoredRemoval } from "@/lib/dal/articles";
import type { PreviewMark } from "./origins";
import { RemovalToggle } from "./removal-toggle";

type Segment =
  | { kind: "kept"; text: string }
  | { kind: "removed"; removal: StoredRemoval }
  | { kind: "marked"; mark: PreviewMark; text: string };

const MARK_LABELS: Record<PreviewMark["kind"], string> = {
  dateline: "Dateline: gives the place and date, not asked about",
  "cut-off": "Cut off mid-sentence: no question is built from it",
};

/**
 * The original text in order, with what cleaning removed shown struck through and labelled in place,
 * and the dateline and a cut-off last sentence kept but marked.
 */
function segments(originalText: string, removed: StoredRemoval[], marks: PreviewMark[]): Segment[][] {
  const overlaps = (mark: PreviewMark) =>
    removed.some((removal) => removal.start < mark.end && mark.start < removal.end);
  const sorted = [
    ...removed.map((removal) => ({ start: removal.start, end: removal.end, removal })),
    ...marks.filter((mark) => !overlaps(mark)).map((mark) => ({ start: mark.start, end: mark.end, mark })),
  ].sort((a, b) => a.start - b.start);
  const lines: Segment[][] = [];
  let cursor = 0;
  let current: Segment[] = [];
  const pushKept = (text: string) => {
    const parts = text.split("\n");
    parts.forEach((part, index) => {
      if (index > 0) {
        if (current.length) lines.push(current);
        current = [];
      }
      if (part.trim()) current.push({ kind: "kept", text: part });
    });
  };
  for (const span of sorted) {
    pushKept(originalText.slice(cursor, span.start));
    current.push(
      "removal" in span
        ? { kind: "removed", removal: span.removal }
        : { kind: "marked", mark: span.mark, text: originalText.slice(span.start, span.end) },
    );
    cursor = span.end;
  }
  pushKept(originalText.slice(cursor));
  if (current.length) lines.push(current);
  return lines;
}

export function ArticlePreview({
  articleId,
  originalText,
  removed,
  marks = [],
}: {
  articleId: string;
  originalText: string;
  removed: StoredRemoval[];
  marks?: PreviewMark[];
}) {
  return (
    <div className="space-y-4 font-serif text-[1.05rem] leading-relaxed text-slate-900" data-testid="article-preview">
      {segments(originalText, removed, marks).map((line, index) => (
        <p key={index}>
          {line.map((segment, part) =>
            segment.kind === "kept" ? (
              <span key={part}>{segment.text}</span>
            ) : segment.kind === "marked" ? (
              <span key={part} data-testid={`marked-${segment.mark.kind}`}>
                <mark className="rounded bg-amber-50 px-0.5 text-slate-900 underline decoration-amber-500 decoration-dotted decoration-2 underline-offset-4">
                  {segment.text}
                </mark>
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs font-medium text-amber-900">
                  {MARK_LABELS[segment.mark.kind]}
                </span>
              </span>
            ) : (
              <span key={part} className="font-sans text-sm" data-testid="removed-passage">
                {segment.removal.restored ? (
                  <span className="rounded bg-emerald-50 px-1 text-[1.05rem] text-slate-900 ring-1 ring-emerald-200">
                    {segment.removal.text}
                    <span className="sr-only"> (put back)</span>
                  </span>
                ) : (
                  <>
                    <del className="text-slate-500 decoration-slate-400">{segment.removal.text}</del>
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">
                      Removed: {REMOVAL_LABELS[segment.removal.reason]}
                    </span>
                  </>
                )}
                <RemovalToggle
                  articleId={articleId}
                  start={segment.removal.start}
                  restored={segment.removal.restored}
                />
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
