import {
  COMPANY_PEOPLE,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  OFFICE_HOLDERS,
  WOMEN_AMONG_KNOWN_PEOPLE,
} from "../data/people.data";

const KNOWN_PEOPLE = new Set([...OFFICE_HOLDERS.map((holder) => holder.name), ...Object.values(COMPANY_PEOPLE).flat()]);
const KNOWN_WOMEN = new Set(WOMEN_AMONG_KNOWN_PEOPLE);
const FEMALE_NAMES = new Set(FEMALE_FIRST_NAMES);
const MALE_NAMES = new Set(MALE_FIRST_NAMES);

/**
 * "she" or "he" as the world knows a person: the people the gazetteer lists, else a full name whose
 * first name news readers take as a woman's or a man's. Undefined where it cannot tell.
 */
export function knownGender(name: string): "female" | "male" | undefined {
  if (KNOWN_PEOPLE.has(name)) return KNOWN_WOMEN.has(name) ? "female" : "male";
  const first = name.split(" ")[0]!;
  return name.includes(" ")
    ? FEMALE_NAMES.has(first)
      ? "female"
      : MALE_NAMES.has(first)
        ? "male"
        : undefined
    : undefined;
}
