import { COUNTRY_BY_NAME, DEMONYM_TO_COUNTRY } from "../gazetteer";
import type { Facts } from "../facts";

// What a role is: a job at a company the article names, a job outside government, an office of state.
const CORPORATE_WORD = new RegExp(
  String.raw`\bco-|\b(?:executive|association|company|corporation|inc|group|club|foundation|institute|university|` +
    String.raw`college|bank|firm|board|society|union|district|league|federation)\b`,
  "i",
);
/** "Cisco" in "Cisco Chief Executive": an organisation the article names. */
export function isEmployer(facts: Facts, word: string): boolean {
  return (
    !!word &&
    facts.mentions.some(
      (mention) => mention.type === "organization" && (mention.text === word || mention.entity.split(" ")[0] === word),
    )
  );
}

/**
 * "Nippon Paint co-president", "Netflix co-chief executive": a company the article names, then a job in
 * lower case. Returns the company part (with its trailing space) and the job, or undefined.
 */
export function companyJobOf(facts: Facts, role: string): { company: string; job: string } | undefined {
  const match = /^((?:[A-Z][\w&.'-]*\s+){1,3})((?:co-)?[a-z].*)$/.exec(role);
  if (!match) return undefined;
  const words = match[1]!.trim().split(/\s+/);
  if (
    words.length === 1 &&
    (DEMONYM_TO_COUNTRY.has(words[0]!.toLowerCase()) || COUNTRY_BY_NAME.has(words[0]!.toLowerCase()))
  )
    return undefined;
  // A company, not a government body ("White House spokesman" is a political job).
  const body = [...facts.entities.values()].find(
    (entity) => entity.type === "organization" && entity.name.split(" ")[0] === words[0],
  );
  const company =
    body !== undefined && !["government", "international", "party", "military", "alliance"].includes(body.kind ?? "");
  return company ? { company: match[1]!, job: match[2]! } : undefined;
}

/** A job in a company, club, union or university ("Nippon Steel's chairman", "executive vice president"). */
export function isCorporateRole(facts: Facts, role: string): boolean {
  return !!companyJobOf(facts, role) || CORPORATE_WORD.test(role);
}

/** Police, fire and security ranks ("Police Commissioner", "local police spokesman"): a service, not a state office. */
const SERVICE_ROLE = /\b(?:police|constable|constabulary|sheriff|detective|fire|firefighters?|coast guard)\b/i;

/** An office of state ("Foreign Minister", "California Governor"). */
export function isPoliticalRole(facts: Facts, role: string): boolean {
  return (
    !isCorporateRole(facts, role) &&
    !SERVICE_ROLE.test(role) &&
    /president|minister|secretary|chancellor|governor|senator|ambassador|diplomat|envoy|premier|spokes/i.test(role)
  );
}
