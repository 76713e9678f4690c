import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../data/calendar.data";
import { resolveDate, tokenAfter, type NumericEntity, type ResolvedDate, type Sentence, type Token } from "../parse";
import { mentionIn, type Mention } from "./types";

// Dates the tagger finds, resolved against the published date, and the quarters of a year.
// ("October 9th" too: a day of a month, though no year can be pinned to it.)
// "Jan.", "Sept.": a month written short before a day.
const SHORT_MONTH = String.raw`(?:${Object.keys(MONTH_ABBREVIATIONS).join("|")})\.`;
const CALENDAR_NAME = new RegExp(
  `^(?:${WEEKDAY_NAMES.join("|")}|(?:${MONTH_NAMES.join("|")}|${SHORT_MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?)$`,
);
const QUARTER = /\b(?:Q[1-4](?:\s+\d{4})?|(?:first|second|third|fourth)\s+quarter(?:\s+of\s+\d{4})?)\b/g;

/** A date the tagger found, or a year it read as a count. */
export function isDate(numeric: NumericEntity, tokens: Token[]): boolean {
  // "recorded in 1998, 2010 and from 2014": a bare year in a list of years is read as a count by the tagger.
  // "as early as 2025 under its programme" too: a year-like number that no noun follows is a year.
  const bareYear =
    numeric.type === "CARDINAL" &&
    /^(?:1[89]|20)\d\d$/.test(numeric.text) &&
    tokenAfter(tokens, numeric.end)?.pos !== "NOUN";
  // "on board since May", "the lowest since 2004", "until June": the tagger calls these durations.
  const sinceOrUntil = numeric.type === "DURATION" && SINCE_OR_UNTIL.test(numeric.text);
  return numeric.type === "DATE" || bareYear || sinceOrUntil;
}

const SINCE_OR_UNTIL = new RegExp(
  String.raw`^(?:since|until)\s+(?:(?:${MONTH_NAMES.join("|")}|${WEEKDAY_NAMES.join("|")}|` +
    String.raw`${SHORT_MONTH})(?:\s+\d{1,2})?|(?:1[89]|20)\d\d)$`,
  "i",
);

/**
 * The date as a mention, its calendar date recorded in `dates` (relative dates resolved against the
 * published date); undefined for a date that cannot be pinned down.
 */
export function dateMention(
  numeric: NumericEntity,
  text: string,
  publishedAt: string | null | undefined,
  dates: Map<string, ResolvedDate>,
): Mention | undefined {
  // "a crewed moon landing by 2030", "step down by October", "since May": the tagger keeps the preposition.
  const by = /^(?:by|since|until)\s+/i.exec(numeric.text)?.[0].length ?? 0;
  const phrase = numeric.text.slice(by);
  // "by 1200 GMT" is a time of day, no year or month.
  if (
    by &&
    ((/^\d+$/.test(phrase) && !/^(?:1[89]|20|21)\d\d$/.test(phrase)) ||
      /^\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|[ap]\.?m\b)/i.test(text.slice(numeric.end, numeric.end + 6)))
  )
    return undefined;
  let resolved = resolveDate(phrase, publishedAt);
  // (A shifted date is an entity of its own: "since June" and "until June" in one story are two Junes.)
  let entity = phrase;
  // "the eighth consecutive increase since June" in a May 2022 story: last June.
  if (
    resolved &&
    publishedAt &&
    /^since/i.test(numeric.text) &&
    resolved.iso > publishedAt.slice(0, resolved.iso.length)
  ) {
    entity = `${phrase} ${Number(publishedAt.slice(0, 4)) - 1}`;
    resolved = resolveDate(entity, publishedAt) ?? resolved;
  }
  if (resolved) dates.set(entity, resolved);
  // Without a published date "August" cannot be pinned to a year, but it is still the month the article names.
  if (resolved || CALENDAR_NAME.test(phrase))
    return mentionIn(text, entity, "date", numeric.start + by, numeric.end, numeric.sentence);
  return undefined;
}

/** Quarters: "Due in Q4", "in the third quarter". */
export function quarterMentions(text: string, sentences: Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(QUARTER)) {
      const start = sentence.start + match.index!;
      mentions.push(mentionIn(text, match[0], "date", start, start + match[0].length, sentence.index));
    }
  }
  return mentions;
}
