import { COUNTRY_BY_NAME } from "./countries";
import { ORGANIZATION_BY_NAME } from "./organizations";

/** Every spelling we accept for an answer: itself and its known aliases. */
export function aliasesOf(answer: string): string[] {
  const country = COUNTRY_BY_NAME.get(answer.toLowerCase());
  if (country) return [...new Set([country.name, answer])];
  const organization = ORGANIZATION_BY_NAME.get(answer.toLowerCase());
  if (organization) return [...new Set([organization.name, ...organization.aliases, answer])];
  return [answer];
}
