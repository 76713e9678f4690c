import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../data/calendar.data";
import type { Facts } from "../facts";
import { shuffled } from "../shared/random";
import { pick, type DistractorPick } from "./pick";

/** Dates in the same form as the answer: a year for a year, a month for a month, a weekday for a weekday. */
export function dateDistractors(
  text: string,
  evidence: string,
  seed: string,
  publishedAt?: string | null,
): DistractorPick {
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const value = Number(year[1]);
    const latest = latestYearFor(value, evidence, publishedAt);
    // "net zero by 2050": a target year is a round one, and so are its stand-ins (2040, 2045, 2060), all to come.
    const storyYear = publishedAt ? Number(publishedAt.slice(0, 4)) : undefined;
    if (value % 5 === 0 && TARGET_YEAR.test(evidence) && (storyYear === undefined || value > storyYear))
      return pick(
        text,
        evidence,
        [],
        shuffled(
          [-10, 10, -5, 5, 20]
            .map((delta) => value + delta)
            .filter((option) => storyYear === undefined || option > storyYear)
            .map(String),
          seed,
        ),
        seed,
      );
    // "results not due until 2016" in a 2015 story: a year still to come has stand-ins still to come.
    const earliest =
      storyYear !== undefined && value >= storyYear && TARGET_YEAR.test(evidence) ? storyYear : -Infinity;
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-1, 1, -2, 2, -4, 3, -3, 4, 5]
          .map((delta) => value + delta)
          .filter((option) => option <= latest && option >= earliest)
          .map(String),
        seed,
      ),
      seed,
    );
  }
  const weekday = WEEKDAY_NAMES.find((day) => day.toLowerCase() === text.toLowerCase());
  if (weekday) return pick(text, evidence, [], shuffled(WEEKDAY_NAMES, seed), seed);
  const quarter = /^Q([1-4])(\s+\d{4})?$/.exec(text);
  if (quarter)
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [1, 2, 3, 4].map((q) => `Q${q}${quarter[2] ?? ""}`),
        seed,
      ),
      seed,
    );
  const ordinalQuarter = /^(first|second|third|fourth)(\s+quarter.*)$/i.exec(text);
  if (ordinalQuarter)
    return pick(
      text,
      evidence,
      [],
      shuffled(
        ["first", "second", "third", "fourth"].map((q) => `${q}${ordinalQuarter[2]}`),
        seed,
      ),
      seed,
    );
  const monthYear =
    /^(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{4})?$/i.exec(text);
  if (monthYear) {
    const index = MONTH_NAMES.findIndex((month) => month.toLowerCase() === monthYear[1]!.toLowerCase());
    const latest = latestMonthFor(index, monthYear[2], evidence, publishedAt);
    // Months after the story give way to earlier ones ("May" in a June story: April, March, February, June).
    const deltas = [-1, 1, -2, 2, 3, -3].filter((delta) => index + delta <= latest);
    const near = (deltas.length < 6 ? [...deltas, -4, -5] : deltas).map(
      (delta) => MONTH_NAMES[(index + delta + 12) % 12]! + (monthYear[2] ?? ""),
    );
    return pick(text, evidence, [], shuffled(near, seed), seed);
  }
  const day = dayDistractors(text, evidence, seed, publishedAt);
  if (day) return day;
  return { options: [], fromArticle: 0 };
}

// "February", or "Feb." as AP style writes it before a day.
const MONTH_PATTERN = [...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS).map((short) => `${short}\\.`)].join("|");
const MONTH_DAY = new RegExp(String.raw`^(${MONTH_PATTERN})\s+(\d{1,2})(,?\s+\d{4})?$`, "i");
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\s+(${MONTH_PATTERN})(\s+\d{4})?$`, "i");

/** "February 22, 2024", "22 February", "May 16": a day of a month, with or without its year. */
export const isDayOfMonth = (text: string): boolean => MONTH_DAY.test(text) || DAY_MONTH.test(text);

/**
 * "On February 22, 2024, … the Odysseus spacecraft … set down": a day of a month takes days near it, written the
 * same way, in the same month and, for a sentence about the past, not after the story was published.
 */
function dayDistractors(
  text: string,
  evidence: string,
  seed: string,
  publishedAt?: string | null,
): DistractorPick | undefined {
  const monthFirst = MONTH_DAY.exec(text);
  const dayFirst = monthFirst ? undefined : DAY_MONTH.exec(text);
  if (!monthFirst && !dayFirst) return undefined;
  const [month, value, year] = monthFirst
    ? [monthFirst[1]!, Number(monthFirst[2]), (monthFirst[3] ?? "").replace(/^,?\s*/, "")]
    : [dayFirst![2]!, Number(dayFirst![1]), (dayFirst![3] ?? "").trim()];
  const full = MONTH_ABBREVIATIONS[month.replace(/\.$/, "")] ?? month;
  const monthIndex = MONTH_NAMES.findIndex((name) => name.toLowerCase() === full.toLowerCase());
  const published = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  const sameMonthAsStory =
    published && Number(published[2]) - 1 === monthIndex && (!year || Number(year) === Number(published[1]));
  const latest = sameMonthAsStory && !FUTURE.test(evidence) ? Number(published[3]) : 28;
  const days = [-1, 1, -2, 2, -3, 3, -5, 5]
    .map((delta) => value + delta)
    .filter((option) => option >= 1 && option <= Math.min(latest, 28));
  const written = (option: number) =>
    monthFirst
      ? text.replace(/\b\d{1,2}\b(?=,?\s+\d{4}$|$)/, String(option))
      : text.replace(/^\d{1,2}/, String(option));
  return pick(text, evidence, [], shuffled(days.map(written), seed), seed);
}

// "will", "by 2025", "a 2021-22 target": a sentence about what is to come may name any later year.
// ("its projection for 2016 economic growth" in a December 2015 story: a forecast year is still to come.)
const TARGET_YEAR = /\b(?:by|target|goal|aims?|until|projections?|forecasts?|outlook)\b/i;
const FUTURE = /\b(?:will|would|by|until|target|plans?|planned|expected|due|projections?|forecasts?|outlook)\b/i;

/**
 * The latest year a stand-in may be: not after a later year the sentence names ("began in _____ … with a
 * 2021-22 target": not 2022), and, for a sentence about the past, not after the story was published.
 */
function latestYearFor(answer: number, evidence: string, publishedAt?: string | null): number {
  const later = [...evidence.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)]
    .map((match) => Number(match[1]))
    .filter((named) => named > answer);
  const published = publishedAt && !FUTURE.test(evidence) ? Number(publishedAt.slice(0, 4)) : Infinity;
  // "the first time since _____" in a 2008 story: not 2008 itself.
  const since = new RegExp(String.raw`\bsince\s+${answer}\b`).test(evidence) ? published - 1 : published;
  return Math.min(since, ...later.map((named) => named - 1));
}

/**
 * The latest month a stand-in may be, counted from January of the answer's year (12 and more is the next
 * year): for a sentence about the past, in the year the story was published, not after its month ("On May
 * 2-3, Cyclone Nargis …" in a June story: not July or August).
 */
function latestMonthFor(
  answer: number,
  year: string | undefined,
  evidence: string,
  publishedAt?: string | null,
): number {
  const published = publishedAt ? /^(\d{4})-(\d{2})/.exec(publishedAt) : null;
  // "set in _____ last year": a month of another year may be any month.
  const otherYear =
    (year && Number(year) !== Number(published?.[1])) ||
    /\b(?:last|previous|past) year\b|\ba year (?:ago|earlier)\b/i.test(evidence);
  if (!published || FUTURE.test(evidence) || otherYear) return Infinity;
  const month = Number(published[2]) - 1;
  return answer <= month ? month : Infinity;
}

const storyYears = new WeakMap<Facts, string | null>();

/**
 * When the story was published or, where the paste shows no date, its year: the latest year a sentence
 * about the past names ("its first survey of 2017"), so no stand-in year is after it.
 */
export function storyDateOf(facts: Facts): string | null {
  if (facts.publishedAt) return facts.publishedAt;
  let known = storyYears.get(facts);
  if (known === undefined) {
    const years = facts.sentences
      .filter(({ text }) => !FUTURE.test(text))
      .flatMap(({ text }) => [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((match) => Number(match[1])));
    known = years.length ? String(Math.max(...years)) : null;
    storyYears.set(facts, known);
  }
  return known;
}
