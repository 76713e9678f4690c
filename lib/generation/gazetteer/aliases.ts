import { COUNTRY_BY_NAME } from "./countries";
import { ORGANIZATION_BY_NAME } from "./organizations";

// Every blank and candidate asks for its answer's aliases, and the same answers come back: each answer's are
// worked out once (and copied out, since callers keep the array as their own).
const aliasesByAnswer = new Map<string, string[]>();

/** Every spelling we accept for an answer: itself and its known aliases. */
export function aliasesOf(answer: string): string[] {
  let aliases = aliasesByAnswer.get(answer);
  if (!aliases) {
    aliases = aliasesUncached(answer);
    if (aliasesByAnswer.size > 20_000) aliasesByAnswer.clear();
    aliasesByAnswer.set(answer, aliases);
  }
  return aliases.slice();
}

function aliasesUncached(answer: string): string[] {
  const country = COUNTRY_BY_NAME.get(answer.toLowerCase());
  if (country) return [...new Set([country.name, answer])];
  const organization = ORGANIZATION_BY_NAME.get(answer.toLowerCase());
  if (organization) return [...new Set([organization.name, ...organization.aliases, answer])];
  return [answer];
}
