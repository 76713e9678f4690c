import escapeStringRegexp from "escape-string-regexp";
import { NAMESAKE_WORDS } from "../data/name-words.data";
import { DEMONYM_TO_COUNTRY, knownGender, ORGANIZATION_HEADS } from "../gazetteer";
import { classify } from "./classify";
import { COMPASS, NAME_PARTICLES, THING_WORDS } from "./name-words";

// Whether a capitalised name is a person's, by its shape and by what stands around it.

// "Catania's Vincenzo Bellini airport": a name a place or a prize is named after is no person in the story.
const NAMESAKE_OF = new RegExp(String.raw`^\s+(?:${NAMESAKE_WORDS.map(escapeStringRegexp).join("|")})\b`);

/** "Vincenzo Bellini airport", "the Nobel prize": the name is what the place or the prize is named after. */
export const namesakeFollows = (text: string, end: number) => NAMESAKE_OF.test(text.slice(end, end + 12));

/**
 * "Leonardo da Vinci's "Salvator Mundi"", "Monet's "Le Bassin aux Nympheas"": a name that opens a short
 * quotation is the title of a work, not a person.
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  if (!/["“]$/.test(text.slice(Math.max(0, start - 1), start))) return false;
  const close = /^[^"”]{0,40}?[,.]?["”]/.exec(text.slice(end, end + 42));
  return close !== null;
}

/**
 * "Sergei Lavrov", "P.J. Crowley", "Hillary Rodham Clinton" — not "MORE COMMENTARY", "Contractors of
 * Alabama" or "Dallas Ebola".
 */
export function looksLikePersonName(name: string): boolean {
  let verdict = personNameVerdicts.get(name);
  if (verdict === undefined) {
    verdict = looksLikePersonNameUncached(name);
    if (personNameVerdicts.size > 20_000) personNameVerdicts.clear();
    personNameVerdicts.set(name, verdict);
  }
  return verdict;
}

// The same names come back in every run, title and article, and the verdict depends on the name alone: remember it.
const personNameVerdicts = new Map<string, boolean>();

function looksLikePersonNameUncached(name: string): boolean {
  // "Luis de la Fuente", "Ursula von der Leyen": the small words inside a name are not its words.
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word, index, all) => index === 0 || index === all.length - 1 || !NAME_PARTICLES.has(word));
  if (words.length < 1 || words.length > 4) return false;
  // A place in front ("Dallas Ebola patient", "Texas Rangers") makes a thing, not a person.
  if (words.length > 1 && classify(words[0]!)) return false;
  // "Sotheby's Impressionist": a possessive inside the run joins a body to something of its own.
  if (words.slice(0, -1).some((word) => /['’]s$/.test(word))) return false;
  // "East Java", "North Rhine": a compass word opens a region's name, never a person's.
  if (words.length > 1 && COMPASS.test(words[0]!)) return false;
  // "St Thomas'", "Saint Vincent": a saint names a hospital, a school or a town in the news, not a person;
  // "Old Billingsgate", "Great Ormond Street", "Upper Norwood": nor does a place's adjective.
  if (
    words.length > 1 &&
    /^(?:St|St\.|Saint|Ste|Ste\.|Old|Great|Little|Upper|Lower|Greater|Grand|Royal)$/.test(words[0]!)
  )
    return false;
  return (
    // Letters of any alphabet: "Nuñez", "Eugénie".
    words.every(
      (word) =>
        /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)$/u.test(word) &&
        !/\p{Ll}\p{Lu}.*\p{Lu}/u.test(word),
    ) &&
    // "Department", "Records": words that end the names of organisations and things, not people; "Former
    // Brazilian" is no one either.
    !words.some(
      (word, index) =>
        // "Bill Stone": a given name that is also a thing word.
        (THING_WORDS.has(word.toLowerCase()) && !(index === 0 && words.length === 2 && knownGender(name))) ||
        ORGANIZATION_HEADS.has(word.toLowerCase()) ||
        DEMONYM_TO_COUNTRY.has(word.toLowerCase()),
    )
  );
}
