/**
 * Resolves the relative dates news writes ("on Tuesday", "last month", "in May") against the
 * article's published date, so questions can state them plainly. Dates are calendar days (UTC).
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../data/calendar.data";

// Lower-cased, Sunday first: the order of Date's getUTCDay().
const WEEKDAYS = [WEEKDAY_NAMES.at(-1)!, ...WEEKDAY_NAMES.slice(0, -1)].map((day) => day.toLowerCase());
const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());
// "1 April", "April 1 2025", "April": a month with an optional day (before or after) and year.
const EXPLICIT_DATE = new RegExp(`^(?:(\\d{1,2})\\s+)?(${MONTHS.join("|")})(?:\\s+(\\d{1,2}))?(?:\\s+(\\d{4}))?$`);

const ABBREVIATED = Object.fromEntries(
  Object.entries(MONTH_ABBREVIATIONS).map(([short, month]) => [short.toLowerCase(), month.toLowerCase()]),
);
const ABBREVIATED_MONTH = new RegExp(String.raw`\b(?:${Object.keys(ABBREVIATED).join("|")})\b`);

export interface ResolvedDate {
  /** How to say it in a question or explanation: "Tuesday, 1 April 2025", "March 2025", "2022". */
  label: string;
  precision: "day" | "month" | "year";
  iso: string;
}

// Building an Intl formatter is costly; generation formats many dates, so build each once.
const FORMATTERS = {
  day: new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

// Intl formatting is slow next to the rest of date reading, and articles repeat their dates: remembered.
const formatted = new Map<string, ResolvedDate>();
const format = (date: Date, precision: ResolvedDate["precision"]): ResolvedDate => {
  const key = `${precision}:${date.getTime()}`;
  let known = formatted.get(key);
  if (!known) {
    known = {
      label: FORMATTERS[precision].format(date),
      precision,
      iso: date.toISOString().slice(0, precision === "day" ? 10 : precision === "month" ? 7 : 4),
    };
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(key, known);
  }
  return { ...known };
};

/** `published` is YYYY-MM-DD. Returns undefined for anything we cannot pin down. */
export function resolveDate(phrase: string, published: string | null | undefined): ResolvedDate | undefined {
  // "October 9th", "the 2nd of October 2007": a day written as an ordinal is the same day.
  const text = phrase
    .toLowerCase()
    .replace(/[.,]/g, "")
    // "Jan. 6", "Sept. 12": the month written short.
    .replace(ABBREVIATED_MONTH, (short) => ABBREVIATED[short]!)
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, "$1")
    .replace(/^(?:the\s+)?(\d{1,2})\s+of\s+/, "$1 ")
    .trim();
  const explicit = EXPLICIT_DATE.exec(text);
  const base = published ? new Date(`${published}T00:00:00Z`) : undefined;
  if (explicit) {
    const month = MONTHS.indexOf(explicit[2]!);
    const day = Number(explicit[1] ?? explicit[3] ?? 0);
    const year = explicit[4] ? Number(explicit[4]) : base?.getUTCFullYear();
    if (year === undefined) return undefined;
    return day
      ? format(new Date(Date.UTC(year, month, day)), "day")
      : format(new Date(Date.UTC(year, month, 1)), "month");
  }
  if (/^\d{4}$/.test(text)) return format(new Date(Date.UTC(Number(text), 0, 1)), "year");
  if (!base) return undefined;
  const weekday = WEEKDAYS.indexOf(text.replace(/^(?:on|last|this)\s+/, ""));
  if (weekday >= 0) {
    // News says "on Tuesday" for the most recent Tuesday up to the publication day.
    const back = (base.getUTCDay() - weekday + 7) % 7;
    return format(new Date(base.getTime() - back * 86_400_000), "day");
  }
  switch (text) {
    case "today":
      return format(base, "day");
    case "yesterday":
      return format(new Date(base.getTime() - 86_400_000), "day");
    case "last month":
      return monthFrom(base, -1);
    case "this month":
      return monthFrom(base, 0);
    case "next month":
      return monthFrom(base, 1);
    case "last year":
      return format(new Date(Date.UTC(base.getUTCFullYear() - 1, 0, 1)), "year");
    case "this year":
      return format(base, "year");
    case "next year":
      return format(new Date(Date.UTC(base.getUTCFullYear() + 1, 0, 1)), "year");
    default:
      return undefined;
  }
}

/** The month `months` after the published date's ("last month": -1). Module-level: resolveDate runs per date. */
function monthFrom(base: Date, months: number): ResolvedDate {
  return format(new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + months, 1)), "month");
}

/** "1 April 2025" for explanations ("As of 1 April 2025, …"). */
const longDates = new Map<string, string>();

export function longDate(published: string): string {
  let label = longDates.get(published);
  if (label === undefined) {
    label = LONG_DATE.format(new Date(`${published}T00:00:00Z`));
    longDates.set(published, label);
  }
  return label;
}
