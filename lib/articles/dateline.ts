import type { Dateline } from "./types";

/**
 * The dateline that opens a wire story: "TALUQAN, Afghanistan, Feb. 15 (Xinhua) —", "NEW YORK (AP) —",
 * "Prague, May 5 (AP)", "Manchester [UK], July 27 (ANI):", "Thimphu, Bhutan:", "March 15, 2013 —",
 * "Aug. 3 (UPI) —", or a line of its own ("Manila:"). It gives the story's place and often its day.
 * A mixed-case place followed by a dash alone is not taken ("Ukraine - the war's cost"): the rules err
 * on leaving text alone.
 */
const MONTH = "(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
const DAY_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
const WORD = "[A-Z][\\w.'’-]*";
// "Prague, May 5": after the comma comes the day, not a second place name.
const COUNTRY_CODE = "(?:\\s*\\[[A-Z]{2,3}\\])?";
const SECOND_PLACE = `(?:,\\s*(?!${MONTH}\\s+\\d)${WORD}(?:\\s+${WORD}){0,2})?`;
const PLACE = `${WORD}(?:\\s+${WORD}){0,3}${COUNTRY_CODE}${SECOND_PLACE}`;
const AGENCY = "\\(\\s*([A-Z][\\w.&' -]{0,30}?)\\s*\\)";
const DASH = "(?:\\s*(?:—|–|--|-)+)+";

const WITH_PLACE = new RegExp(
  `^(${PLACE})(?:,\\s*(${DAY_DATE}))?\\s*(?:${AGENCY})?(${DASH}|\\s*:)?\\s*(?=["“‘']?[A-Z0-9])`,
);
const DATE_FIRST = new RegExp(`^(${DAY_DATE})\\s*(?:${AGENCY})?(${DASH}|\\s*:)\\s*(?=["“‘']?[A-Z0-9])`, "i");
const AGENCY_ONLY = new RegExp(`^${AGENCY}(${DASH})\\s*(?=["“‘']?[A-Z0-9])`);
const PLACE_LINE = new RegExp(`^(${PLACE})\\s*(?:${AGENCY})?\\s*[:—–-]+$`);

/** Words that open a paragraph with a colon but are labels, not places. */
const LABEL_WORDS = [
  ...["update", "updated", "analysis", "exclusive", "opinion", "comment", "breaking", "watch", "video", "photos?"],
  ...["live", "note", "editor", "explainer", "background", "context", "summary", "q&a", "read", "related", "also"],
  ...["warning", "correction", "clarification", "fact check"],
];
const NOT_A_PLACE = new RegExp(`^(?:${LABEL_WORDS.join("|")})\\b`, "i");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function parseDayDate(text: string | undefined): Dateline["date"] {
  if (!text) return null;
  const monthFirst = new RegExp(`^(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, "i").exec(text);
  const dayFirst = new RegExp(`^(\\d{1,2})\\s+(${MONTH})(?:\\s+(\\d{4}))?`, "i").exec(text);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]]
      : [undefined, undefined, undefined];
  if (!monthName || !day) return null;
  return {
    year: year ? Number(year) : null,
    month: MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1,
    day: Number(day),
  };
}

/** "TALUQAN, Afghanistan" → "Taluqan, Afghanistan"; "Manchester [UK]" stays as written. */
function tidyPlace(place: string): string {
  return place.replace(/\b[A-Z][A-Z'’.-]{2,}\b/g, (word) => word.charAt(0) + word.slice(1).toLowerCase()).trim();
}

/** The dateline at the start of a paragraph, with offsets into that paragraph; undefined when there is none. */
export function datelineAt(paragraph: string): (Omit<Dateline, "start" | "end"> & { length: number }) | undefined {
  const line = PLACE_LINE.exec(paragraph);
  if (line && !NOT_A_PLACE.test(line[1]!)) {
    return {
      text: paragraph,
      length: paragraph.length,
      place: tidyPlace(line[1]!),
      agency: line[2] ?? null,
      date: null,
    };
  }
  const agencyOnly = AGENCY_ONLY.exec(paragraph);
  if (agencyOnly) {
    return {
      text: agencyOnly[0].trimEnd(),
      length: agencyOnly[0].trimEnd().length,
      place: null,
      agency: agencyOnly[1]!,
      date: null,
    };
  }
  const dateFirst = DATE_FIRST.exec(paragraph);
  if (dateFirst) {
    const text = dateFirst[0].trimEnd();
    return { text, length: text.length, place: null, agency: dateFirst[2] ?? null, date: parseDayDate(dateFirst[1]) };
  }
  const match = WITH_PLACE.exec(paragraph);
  if (!match) return undefined;
  const [whole, place, dayDate, agency, separator] = match;
  if (!separator && !agency) return undefined;
  if (NOT_A_PLACE.test(place!)) return undefined;
  const capitalPlace = /^[A-Z][A-Z'’.-]+\b/.test(place!);
  // A dash after a mixed-case place, with no agency or date, may be a sentence: "Ukraine - the war's cost".
  if (separator && /[-–—]/.test(separator) && !capitalPlace && !agency && !dayDate) return undefined;
  const text = whole.trimEnd();
  return { text, length: text.length, place: tidyPlace(place!), agency: agency ?? null, date: parseDayDate(dayDate) };
}
