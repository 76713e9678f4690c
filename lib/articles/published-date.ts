import { datesIn, isoDate, publishedDateInLine, yearNear } from "./dates";
import { EMBEDDED_POST_FOOTER } from "./rules/line-rules";
import type { CleanedText, DateOrigin, Removal, TextSpan } from "./types";

/**
 * The published date of a paste, from the first of: a leading "date YYYY-MM-DD" marker; a stamp or
 * byline the cleaner removed ("Published 14 Sep 2023, 10:02", "By Jane Doe | 07/31/2012 3:04 PM",
 * "Thursday, November 10, 2011", "Xinhua, February 16, 2017"), "Published" before "Updated"; the
 * dateline ("March 15, 2013 —"); the dateline's month and day with the year from a date near it
 * elsewhere on the page ("Aug. 3 (UPI)" and "in July 2023"). A dateline with no year anywhere gives a
 * partial date the preview asks to complete. With no stamp and no dateline, a removed caption's or
 * embedded post's full date is used only when it falls on the weekday the story first names (see
 * `fromCaptionOnStoryDay`). Dates in the story itself are events, not the day of publication, and are
 * never used.
 */
export function publishedDateOf(
  original: string,
  cleaned: Pick<CleanedText, "publishedAt" | "removed" | "dateline" | "text">,
): { publishedAt: string | null; dateOrigin: DateOrigin } {
  const marker = cleaned.removed.find((removal) => removal.reason === "date-marker");
  if (cleaned.publishedAt && marker) {
    return { publishedAt: cleaned.publishedAt, dateOrigin: { kind: "marker", span: spanOf(marker) } };
  }
  const stamp = fromStampLines(cleaned.removed);
  if (stamp) return stamp;
  const dateline = cleaned.dateline;
  if (!dateline?.date) return fromCaptionOnStoryDay(cleaned) ?? { publishedAt: null, dateOrigin: { kind: "missing" } };
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
    // A byline may carry the stamp: "By Jane Doe | 07/31/2012 3:04 PM".
    if (removal.reason !== "timestamp" && removal.reason !== "byline") return [];
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

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Rule "caption on the story's day". A caption or an embedded post gives the day of its picture or post,
 * not of the page; but when the story's first weekday ("On Wednesday, the commission published …",
 * "… on Tuesday night") is that date's weekday, the picture and the news are of the same day, and a
 * news page is dated the day of its news. Every such date found must be the same day; any doubt gives
 * none. The preview shows the caption and asks to check it.
 */
function fromCaptionOnStoryDay(
  cleaned: Pick<CleanedText, "removed" | "text">,
): { publishedAt: string; dateOrigin: DateOrigin } | undefined {
  const weekday = new RegExp(String.raw`\b(?:${WEEKDAYS.join("|")})\b`).exec(cleaned.text)?.[0];
  if (!weekday) return undefined;
  const found = cleaned.removed.flatMap((removal) => {
    const captionLike =
      removal.reason === "photo-caption" ||
      (removal.reason === "page-furniture" && EMBEDDED_POST_FOOTER.test(removal.text));
    if (!captionLike) return [];
    return datesIn(removal.text).flatMap((date) => {
      const day = isoDate(date);
      return day && WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] === weekday ? [{ removal, day }] : [];
    });
  });
  const days = new Set(found.map(({ day }) => day));
  const first = found[0];
  if (!first || days.size !== 1) return undefined;
  return { publishedAt: first.day, dateOrigin: { kind: "caption", span: spanOf(first.removal), weekday } };
}
