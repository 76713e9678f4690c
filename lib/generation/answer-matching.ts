/**
 * Tolerant matching for typed answers: case, punctuation, diacritics, spacing (even "Apple TV" for
 * "AppleTV"), a leading "the", and known aliases (US / U.S. / United States) all count as the same answer.
 */
import { COUNTRY_BY_NAME, ORGANIZATION_BY_NAME } from "./gazetteer";
import { normalizeAnswer } from "./shared/normalize";

function canonical(value: string): string {
  const plain = value.trim().replace(/^the\s+/i, "");
  const country = COUNTRY_BY_NAME.get(plain.toLowerCase());
  if (country) return normalizeAnswer(country.name);
  const organization = ORGANIZATION_BY_NAME.get(plain.toLowerCase());
  if (organization) return normalizeAnswer(organization.name);
  return normalizeAnswer(value);
}

/** The accepted form the answer matched, or null. */
export function matchAnswer(given: string, accepted: readonly string[]): string | null {
  const answer = canonical(given);
  if (!answer) return null;
  for (const option of accepted) {
    if (canonical(option) === answer) return option;
  }
  // "Apple TV" for "AppleTV", "Face ID" for "FaceID": where a name's words split is no knowledge of the story.
  const joined = answer.replace(/ /g, "");
  for (const option of accepted) {
    if (canonical(option).replace(/ /g, "") === joined) return option;
  }
  // A surname alone is accepted for a person's full name ("Lavrov" for "Sergei Lavrov").
  for (const option of accepted) {
    const parts = normalizeAnswer(option).split(" ");
    if (parts.length > 1 && parts.at(-1) === answer && answer.length > 2) return option;
  }
  return null;
}
