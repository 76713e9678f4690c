import { REMOVAL_LABELS } from "@/lib/articles/types";
import type { StoredRemoval } from "@/lib/dal/articles";
import { RemovalToggle } from "./removal-toggle";

type Segment = { kind: "kept"; text: string } | { kind: "removed"; removal: StoredRemoval };

/** The original text in order, with what cleaning removed shown struck through and labelled in place. */
function segments(originalText: string, removed: StoredRemoval[]): Segment[][] {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
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
  for (const removal of sorted) {
    pushKept(originalText.slice(cursor, removal.start));
    current.push({ kind: "removed", removal });
    cursor = removal.end;
  }
  pushKept(originalText.slice(cursor));
  if (current.length) lines.push(current);
  return lines;
}

export function ArticlePreview({
  articleId,
  originalText,
  removed,
}: {
  articleId: string;
  originalText: string;
  removed: StoredRemoval[];
}) {
  return (
    <div className="space-y-4 font-serif text-[1.05rem] leading-relaxed text-slate-900" data-testid="article-preview">
      {segments(originalText, removed).map((line, index) => (
        <p key={index}>
          {line.map((segment, part) =>
            segment.kind === "kept" ? (
              <span key={part}>{segment.text}</span>
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
