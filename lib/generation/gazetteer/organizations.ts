import escapeStringRegexp from "escape-string-regexp";
import { FOOTBALL_WORDS, ORGANIZATION_HEAD_WORDS } from "../data/organization-words.data";
import { ORGANIZATIONS, type OrganizationEntry } from "../data/organizations.data";

export type Organization = OrganizationEntry;

/** Known organisations by every name and alias, lower-cased. */
export const ORGANIZATION_BY_NAME = new Map<string, Organization>();
for (const organization of ORGANIZATIONS) {
  for (const name of [organization.name, ...organization.aliases])
    ORGANIZATION_BY_NAME.set(name.toLowerCase(), organization);
}

/**
 * The parts of known names before an inner "and"/"for" ("centers", "centers for disease control",
 * "food"): a capitalised run that ends in one of these goes on across the small word.
 */
export const ORGANIZATION_NAME_PREFIXES = new Set(
  [...ORGANIZATION_BY_NAME.keys()].flatMap((name) =>
    [...name.matchAll(/ (?:and|for|on) /g)].map((match) => name.slice(0, match.index)),
  ),
);

/** Words that mark the end of an organisation's name ("Election Data Services", "Bank of England"). */
export const ORGANIZATION_HEADS = new Set(ORGANIZATION_HEAD_WORDS);

/** A story about football, where "Barcelona" is the club and a World Cup football's. */
export const FOOTBALL_STORY = new RegExp(`\\b(?:${FOOTBALL_WORDS.map(escapeStringRegexp).join("|")})\\b`);
