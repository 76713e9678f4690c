/**
 * The names of the months and the days of the week, as news writes them.
 * Source: the English calendar (Gregorian months, ISO weekday order from Monday). The order matters:
 * dates are resolved by position, and date stand-ins are drawn from these lists.
 */
// prettier-ignore
export const MONTH_NAMES: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December",
];

/** The short forms news writes before a day ("Jan. 6", "Sept. 12"; AP style spells out March to July). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Jan: "January",
  Feb: "February",
  Mar: "March",
  Apr: "April",
  Jun: "June",
  Jul: "July",
  Aug: "August",
  Sep: "September",
  Sept: "September",
  Oct: "October",
  Nov: "November",
  Dec: "December",
};

export const WEEKDAY_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** Numbers as news writes them out, by value: NUMBER_WORDS[7] is "seven". */
// prettier-ignore
export const NUMBER_WORDS: readonly string[] = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
