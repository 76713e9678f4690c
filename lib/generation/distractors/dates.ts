import { MONTH_NAMES, WEEKDAY_NAMES } from "../data/calendar.data";
import { shuffled } from "../shared/random";
import { pick, type DistractorPick } from "./pick";

/** Dates in the same form as the answer: a year for a year, a month for a month, a weekday for a weekday. */
export function dateDistractors(text: string, evidence: string, seed: string): DistractorPick {
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const value = Number(year[1]);
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-1, 1, -2, 2, -4, 3].map((delta) => String(value + delta)),
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
    const near = [-1, 1, -2, 2, 3, -3].map((delta) => MONTH_NAMES[(index + delta + 12) % 12]! + (monthYear[2] ?? ""));
    return pick(text, evidence, [], shuffled(near, seed), seed);
  }
  return { options: [], fromArticle: 0 };
}
