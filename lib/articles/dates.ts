import * as chrono from "chrono-node";

/**
 * Dates as pages write them → YYYY-MM-DD, without time-zone drift (calendar days, not instants).
 * chrono-node reads the many forms ("Thursday, November 10, 2011", "14 Sep 2023, 10:02", "Aug. 3");
 * we only keep what it is certain of: a day needs its month and day written out, a full date its year.
 */
export interface FoundDate {
  /** Offsets into the text searched. */
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number | null;
}

const WRITTEN_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;

// A fixed reference keeps the parse deterministic; uncertain parts are never used.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function ymd(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isoDate(date: FoundDate): string | undefined {
  return date.year !== null && date.day !== null ? ymd(date.year, date.month, date.day) : undefined;
}

/** Every date the text writes with at least its month ("May 5", "April 2022", "29 Apr 2010"), in order. */
export function datesIn(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const result of chrono.en.casual.parse(text, REFERENCE)) {
    const { start } = result;
    // "3 hours ago" and "last Monday" are certain only relative to today: a page's date is written out.
    if (!start.isCertain("month") || !WRITTEN_DATE.test(result.text)) continue;
    const day = start.isCertain("day") ? start.get("day") : null;
    const year = start.isCertain("year") ? start.get("year") : null;
    if (day === null && year === null) continue;
    // chrono's text may end on the time or a space; keep the span to what it read.
    const spanText = result.text.trimEnd();
    found.push({
      start: result.index,
      end: result.index + spanText.length,
      text: spanText,
      year,
      month: start.get("month")!,
      day,
    });
  }
  return found;
}

/** "August 14, 2010", "14 Aug 2010", "Aug 18th 2010", "2010-08-14T…" inside any text: the first full date. */
export function findDateInText(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  for (const date of datesIn(text)) {
    const day = isoDate(date);
    if (day) return day;
  }
  return undefined;
}

/** The date a stamp line gives: after "Published"/"Posted" when it names both, else its first full date. */
export function publishedDateInLine(line: string): FoundDate | undefined {
  const dates = datesIn(line).filter((date) => isoDate(date));
  const published = /\b(?:published|posted|first\s+published)\b/i.exec(line);
  return (published && dates.find((date) => date.start > published.index)) ?? dates[0];
}

const STAMP_WORD_LIST = [
  ...["published", "updated", "posted", "last", "first", "modified", "on", "at", "by", "and"],
  ...["(?:mon|tues|wednes|thurs|fri|satur|sun)day", String.raw`a\.?m\.?`, String.raw`p\.?m\.?`],
  ...["[ecmp][sd]t", "gmt", "utc", "bst", "cet", "cest", "ist", "et", "pt", "ct", "hrs"],
];
const STAMP_WORDS = new RegExp(String.raw`\b(?:${STAMP_WORD_LIST.join("|")})\b`, "gi");

/**
 * A line that is only a date, perhaps with its time, a weekday, "Published", and a place or agency of at
 * most three words: "Thursday, November 10, 2011", "Published 1:56 pm Monday, October 6, 2008",
 * "New Delhi, March 7, 2022", "Xinhua, February 16, 2017". A sentence that mentions a date is not one.
 */
export function isDateLine(line: string): boolean {
  if (!/\d/.test(line) || line.length > 160) return false;
  const dates = datesIn(line);
  if (dates.length === 0) return false;
  let rest = line;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + " " + rest.slice(date.end);
  rest = rest
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, " ")
    .replace(STAMP_WORDS, " ")
    .replace(/[^\p{L}\s]+/gu, " ")
    .trim();
  const leftover = rest ? rest.split(/\s+/) : [];
  return leftover.length <= 3 && leftover.every((word) => /^[A-Z]/.test(word));
}

/** News URLs often carry the day: /2010/08/13/slug or /2014-10-02/. */
export function findDateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(url);
  return match ? ymd(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * A dateline gives "May 5" and no year: the year is read from a date elsewhere on the page that names one
 * and falls within a month of it ("in April 2022"; "December 2021" for a "Jan. 3" dateline gives 2022).
 * Several years that fit, or none, leave it unknown.
 */
export function yearNear(text: string, month: number): { year: number; from: FoundDate } | undefined {
  const fits = datesIn(text).flatMap((date) => {
    if (date.year === null) return [];
    if (date.month === month || Math.abs(date.month - month) === 1) return [{ year: date.year, from: date }];
    if (date.month === 12 && month === 1) return [{ year: date.year + 1, from: date }];
    if (date.month === 1 && month === 12) return [{ year: date.year - 1, from: date }];
    return [];
  });
  return new Set(fits.map((fit) => fit.year)).size === 1 ? fits[0] : undefined;
}
