import escapeStringRegexp from "escape-string-regexp";
import { GENERIC_LEAD_WORDS } from "../data/organization-words.data";
import { FAMILY_NAME_FIRST } from "../data/people.data";
import { normalizeAnswer } from "./normalize";

/** How people and organisations are referred to in short: a person's second mention, a company's brand. */
const FAMILY_FIRST = new Set(FAMILY_NAME_FIRST);

/** How news refers to a person on second mention. */
export function shortName(fullName: string): string {
  const words = fullName.split(" ");
  if (words.length === 2 && FAMILY_FIRST.has(words[0]!) && words[1]!.length <= 8) return words[0]!;
  // "Luis de la Fuente" is "de la Fuente", "Ursula von der Leyen" "von der Leyen".
  const particles = words.findIndex(
    (word, index) => index > 0 && /^(?:de|von|van|der|den|da|du|la|le|los|las|del)$/.test(word),
  );
  if (particles > 0 && particles < words.length - 1) return words.slice(particles).join(" ");
  return words.at(-1)!;
}

// Words that open the names of unrelated bodies ("National Guard", "National Hockey League").
const GENERIC_LEAD = new RegExp(`^(?:${GENERIC_LEAD_WORDS.map(escapeStringRegexp).join("|")})$`, "i");

// Asked for every gazetteer organisation on every organisation blank: remembered.
const leadWords = new Map<string, string | undefined>();

/** The brand a multi-word name opens with ("alaska" in "Alaska Air Group"), unless that word is generic. */
export function leadWord(name: string): string | undefined {
  if (leadWords.has(name)) return leadWords.get(name);
  const words = name.split(/\s+/);
  const lead =
    words.length > 1 && words[0]!.length > 2 && !GENERIC_LEAD.test(words[0]!) ? normalizeAnswer(words[0]!) : undefined;
  if (leadWords.size > 10_000) leadWords.clear();
  leadWords.set(name, lead);
  return lead;
}
