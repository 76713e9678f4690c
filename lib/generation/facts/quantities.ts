import { MONTH_NAMES } from "../data/calendar.data";
import type { NumericEntity } from "../parse";
import { mentionIn, type Mention } from "./types";

// Numbers and quantities the tagger finds, with their unit ("1TB", "12 months", "$1.9 billion").

// "SB 1047", "Flight 370", "Route 66": what a number names.
const NAMED_BY_NUMBER = new RegExp(
  String.raw`(?:\b[A-Z]{1,4}|\b(?:Flight|Route|Highway|Interstate|Proposition|Resolution|Bill|Article|Section|` +
    String.raw`Chapter))\s$`,
);
// "Sept. 15", "March 3": a month before the number.
const DAY_OF_MONTH = new RegExp(
  String.raw`\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$|` +
    String.raw`\b(?:${MONTH_NAMES.join("|")})\s$`,
);

/**
 * "Iron Man 2", "Windows 7", "No. 26": a small number right after a capitalised word names something; it
 * counts nothing.
 */
function partOfName(text: string, start: number, number: string): boolean {
  // "SB 1047", "Flight 370", "Route 66": a bill, flight or road is named by its number, not counted by it.
  if (/^\d+$/.test(number) && NAMED_BY_NUMBER.test(text.slice(Math.max(0, start - 14), start))) return true;
  // "its satellite tag number 234684": a long number that names a thing ("the number 18 shirt" is asked).
  if (
    /^\d{4,}$/.test(number) &&
    /\b(?:number|no\.|code|ID|serial|registration)\s$/i.test(text.slice(Math.max(0, start - 14), start))
  )
    return true;
  if (!/^\d{1,2}$/.test(number)) return false;
  // "On Sept. 15": the day of a date, not a count.
  if (DAY_OF_MONTH.test(text.slice(Math.max(0, start - 12), start))) return true;
  const before = /(?:\b[A-Z][\w'-]*|No\.)\s$/.exec(text.slice(Math.max(0, start - 30), start));
  // ("The 14 passengers who died", "Yet 24 hours later": a sentence's first word, capitalised, names nothing.)
  return !!before && !SENTENCE_OPENER.test(before[0].trim());
}

const SENTENCE_OPENER = new RegExp(
  String.raw`^(?:The|A|An|Yet|But|And|So|Only|Some|All|About|Nearly|Almost|Over|Under|Another|Those|These|Its|His|` +
    String.raw`Her|Their|Our|With|After|Before|In|On|Of|For|At|By|Since|Until|Within|Just|Around|Roughly|More|Fewer|` +
    String.raw`Less|Last|Now|Then|Still|Also|Even|Every|Each|Both|When|While|As|If)$`,
);

// Units written against the number ("1TB", "5GHz", "30mph"): the quantity is the number and its unit.
const GLUED_UNIT = /^(?:TB|GB|MB|KB|GHz|MHz|mAh|mm|cm|km|kg|mph|kph|kW|MW|GW|Mbps|Gbps|fps|[KMBk])\b/;

// "about 1,200 homes", "more than 300": a hedge the tagger takes into the number.
const APPROXIMATELY = new RegExp(
  String.raw`^(?:about|around|nearly|almost|roughly|approximately|some|more than|over|at least|up to|fewer than|` +
    String.raw`less than|under)\s+(?=[$€£¥]?\d)`,
  "i",
);

/**
 * The quantity's span with a unit written against the number; undefined when the number is part of
 * a longer token that is not a quantity ("16x9", "3D-ish", "4K" counts as a unit only where listed).
 */
function withUnit(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = text.slice(end, end + 8);
  const unit = GLUED_UNIT.exec(after);
  if (unit) return { start, end: end + unit[0].length };
  if (/^[\p{L}\d]/u.test(after) || /^x\d/.test(after)) return undefined;
  if (/[\p{L}]$/u.test(text.slice(Math.max(0, start - 1), start))) return undefined;
  return { start, end };
}

/** A count, a share, an amount or a duration the tagger found, as a quantity mention; undefined if none. */
export function quantityMention(numeric: NumericEntity, text: string): Mention | undefined {
  // "12 months", "40-minute": one number and its unit; "2 hours and 10 minutes" has no stand-ins of its kind.
  const counted =
    numeric.type === "CARDINAL" ||
    numeric.type === "PERCENT" ||
    numeric.type === "MONEY" ||
    (numeric.type === "DURATION" && /^\d[\d,.]*[\s-][a-z]+$/.test(numeric.text));
  if (!counted || !/\d/.test(numeric.text) || partOfName(text, numeric.start, numeric.text)) return undefined;
  // "about 1,200 homes": the tagger takes the hedge into the number; the question keeps it in the stem
  // ("about _____ homes") and asks the figure.
  const hedge = APPROXIMATELY.exec(numeric.text)?.[0].length ?? 0;
  const quantity = withUnit(text, numeric.start + hedge, numeric.end);
  if (!quantity) return undefined;
  const figure = text.slice(quantity.start, quantity.end);
  // "those behind 26/11", "9/11", "24/7": numbers joined by a slash name an attack, a date or a habit; a
  // fraction of them ("52/11") is no stand-in a reader could weigh.
  if (
    /\d\s*\/\s*\d/.test(figure) ||
    /\/\s*$/.test(text.slice(quantity.start - 2, quantity.start)) ||
    text[quantity.end] === "/"
  )
    return undefined;
  return mentionIn(text, figure, "quantity", quantity.start, quantity.end, numeric.sentence);
}
