/**
 * Tolerant matching for typed answers: case, punctuation, diacritics, spacing, a leading "the",
 * and known aliases (US / U.S. / United States) all count as the same answer.
 */
import type { Facts } from "./facts";
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
  // A surname alone is accepted for a person's full name ("Lavrov" for "Sergei Lavrov").
  for (const option of accepted) {
    const parts = normalizeAnswer(option).split(" ");
    if (parts.length > 1 && parts.at(-1) === answer && answer.length > 2) return option;
  }
  return null;
}

/** Every spelling we accept for an answer: itself and its known aliases. */
export function aliasesOf(answer: string): string[] {
  const country = COUNTRY_BY_NAME.get(answer.toLowerCase());
  if (country) return [...new Set([country.name, answer])];
  const organization = ORGANIZATION_BY_NAME.get(answer.toLowerCase());
  if (organization) return [...new Set([organization.name, ...organization.aliases, answer])];
  return [answer];
}

/**
 * What a learner may type for an organisation: "Toyota Motor Corp" is "Toyota Motor" without its legal
 * suffix, and "Toyota" where the article itself calls it that.
 */
export function shortFormsOf(name: string, facts: Facts): string[] {
  const forms = [name.replace(/\s+(?:Corp|Corporation|Inc|Co|Ltd|Limited|plc|PLC|LLC|Group|Holdings|AG|SA)\.?$/, "")];
  for (const entity of facts.entities.values()) {
    if (entity.type === "organization" && entity.name !== name && name.startsWith(`${entity.name} `))
      forms.push(entity.name);
  }
  return forms.filter((form) => form !== name && form.length > 2);
}
