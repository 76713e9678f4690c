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
 * The parts of known names before an inner "and"/"for"/"on" ("centers", "centers for disease control",
 * "food"): a capitalised run that ends in one of these goes on across the small word.
 */
export const ORGANIZATION_NAME_PREFIXES = new Set(
  [...ORGANIZATION_BY_NAME.keys()].flatMap((name) =>
    [...name.matchAll(/ (?:and|for|on) /g)].map((match) => name.slice(0, match.index)),
  ),
);

// Each known body's known parts, by every name they go by: "the body's Intergovernmental Panel on Climate Change
// (IPCC)" names a part of the United Nations.
const partNames = new Map<string, string[]>();
for (const organization of ORGANIZATIONS)
  if (organization.partOf)
    partNames.set(organization.partOf, [
      ...(partNames.get(organization.partOf) ?? []),
      organization.name,
      ...organization.aliases,
    ]);
const PARTS_OF = new Map(
  [...partNames].map(([parent, names]) => [
    parent,
    new RegExp(String.raw`\b(?:${names.map(escapeStringRegexp).join("|")})\b`),
  ]),
);

/** Whether `text` names a known part of the body `parent` (which then needs no asking: the part gives it away). */
export function namesAPartOf(parent: string, text: string): boolean {
  return PARTS_OF.get(parent)?.test(text) ?? false;
}

/** Words that mark the end of an organisation's name ("Election Data Services", "Bank of England"). */
export const ORGANIZATION_HEADS = new Set(ORGANIZATION_HEAD_WORDS);

/** A story about football, where "Barcelona" is the club and a World Cup football's. */
export const FOOTBALL_STORY = new RegExp(`\\b(?:${FOOTBALL_WORDS.map(escapeStringRegexp).join("|")})\\b`);
