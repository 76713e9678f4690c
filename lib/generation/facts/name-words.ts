import escapeStringRegexp from "escape-string-regexp";
import {
  COMPASS_WORDS,
  HYPHEN_WORDS as HYPHEN_WORD_LIST,
  NAME_PARTICLES as NAME_PARTICLE_LIST,
  NOT_NAMES as NOT_NAME_LIST,
  THING_WORDS as THING_WORD_LIST,
} from "../data/name-words.data";
import type { Token } from "../parse";

// The word lists of data/name-words.data.ts as the lookups the name rules use.

/** A pattern that matches exactly one of the words. */
const oneOf = (words: readonly string[]) => new RegExp(`^(?:${words.map(escapeStringRegexp).join("|")})$`);

/** "Biden-backed", "Trump-era": words that follow a hyphen after a name without being part of it. */
export const HYPHEN_WORDS = oneOf(HYPHEN_WORD_LIST);
/** The small words inside names ("Luis de la Fuente", "Mohammed bin Salman"). */
export const NAME_PARTICLES = new Set(NAME_PARTICLE_LIST);
/** "of" joins the words of bodies' names too. */
export const CONNECTORS = new Set(["of", ...NAME_PARTICLES]);
/** A capitalised run with one of these is a named thing or event, not a person ("World War II"). */
export const THING_WORDS = new Set(THING_WORD_LIST);
export const NOT_NAMES = new Set(NOT_NAME_LIST);
/** "East Java", "North Rhine", "Southern California": a compass word opens a region's name. */
export const COMPASS = oneOf(COMPASS_WORDS);

export const isCapitalized = (token: Token) => {
  // Both patterns open with A–Z: most tokens fail on their first letter, without a (Unicode) pattern run.
  const first = token.text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return /^[A-Z][\p{L}'’.-]*$/u.test(token.text) || /^[A-Z]{2,}$/.test(token.text);
};
