import { isoDate, publishedDateInLine, yearNear } from "./dates";
import type { CleanedText, DateOrigin, Removal, TextSpan } from "./types";

/**
 * The published date of a paste, from the first of: a leading "date YYYY-MM-DD" marker; a stamp line
 * the cleaner removed ("Published 14 Sep 2023, 10:02", "Thursday, November 10, 2011", "Xinhua,
 * February 16, 2017"), "Published" before "Updated"; the dateline ("March 15, 2013 —"); the dateline's
 * month and day with the year from a date near it elsewhere on the page ("Aug. 3 (UPI)" and "in July
 * 2023"). A dateline with no year anywhere gives a partial date the preview asks to complete. Dates in
 * captions and in the story itself are events, not the day of publication, and are never used.
 */
export function publishedDateOf(
  original: string,
  cleaned: Pick<CleanedText, "publishedAt" | "removed" | "dateline">,
): { publishedAt: string | null; dateOrigin: DateOrigin } {
  const marker = cleaned.removed.find((removal) => removal.reason === "date-marker");
  if (cleaned.publishedAt && marker) {
    return { publishedAt: cleaned.publishedAt, dateOrigin: { kind: "marker", span: spanOf(marker) } };
  }
  const stamp = fromStampLines(cleaned.removed);
  if (stamp) return stamp;
  const dateline = cleaned.dateline;
  if (!dateline?.date) return { publishedAt: null, dateOrigin: { kind: "missing" } };
  const at = original.indexOf(dateline.text);
  const span = { start: Math.max(at, 0), end: Math.max(at, 0) + dateline.text.length, text: dateline.text };
  const { year, month, day } = dateline.date;
  const found = year ?? undefined;
  const near = found === undefined ? yearNear(original, month) : undefined;
  const date = isoDate({ ...span, year: found ?? near?.year ?? null, month, day });
  if (date) {
    return {
      publishedAt: date,
      dateOrigin: near ? { kind: "dateline", span, yearFrom: spanOf(near.from) } : { kind: "dateline", span },
    };
  }
  return { publishedAt: null, dateOrigin: { kind: "partial", span, month, day } };
}

function spanOf(piece: { start: number; end: number; text: string }): TextSpan {
  return { start: piece.start, end: piece.end, text: piece.text };
}

function fromStampLines(removed: Removal[]): { publishedAt: string; dateOrigin: DateOrigin } | undefined {
  const stamps = removed.flatMap((removal) => {
    if (removal.reason !== "timestamp") return [];
    const date = publishedDateInLine(removal.text);
    const day = date && isoDate(date);
    return day ? [{ removal, day }] : [];
  });
  const chosen =
    stamps.find(({ removal }) => /\b(?:published|posted)\b/i.test(removal.text)) ??
    stamps.find(({ removal }) => !/\b(?:updated|modified)\b/i.test(removal.text)) ??
    stamps[0];
  return chosen && { publishedAt: chosen.day, dateOrigin: { kind: "line", span: spanOf(chosen.removal) } };
}
