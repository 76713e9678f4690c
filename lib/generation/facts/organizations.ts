import escapeStringRegexp from "escape-string-regexp";
import type { OrganizationKind } from "../data/organizations.data";
import {
  GOVERNMENT_PORTFOLIOS,
  KIND_HEADS,
  ORGANIZATION_NOUNS,
  SECTOR_HEADS,
  US_DEPARTMENTS,
} from "../data/organization-words.data";
import { COUNTRY_BY_NAME, ORGANIZATION_BY_NAME } from "../gazetteer";
import type { Facts, Mention } from "./types";

// Organisations: what the words around a name say of it, the kind and trade its name tells, and the
// acronyms the article spells out.
const NOUNS = ORGANIZATION_NOUNS.map(escapeStringRegexp).join("|");
// The apposition ends on the noun: "the company's chief financial officer" describes a person.
const ORGANIZATION_APPOSITION = new RegExp(
  String.raw`^['’]?,\s+(?:a|an|the)\s+(?:[\w.&'’-]+\s+){0,4}?` +
    String.raw`(?:${NOUNS}|fund|investor|brand|organi[sz]ation|nonprofit|think tank)\s*[,.;]`,
);
const ORGANIZATION_NOUN_BEFORE = new RegExp(`\\b(?:${NOUNS}|club|chain|website|distributor)\\s+$`);
// "The GDL union", "the Verdi union": a name before one of these is the body's name.
const ORGANIZATION_NOUN_AFTER = /^\s+(?:union|party|group|alliance|coalition|movement|militia)\b/;

/** "General Catalyst, a U.S. venture capital firm": an apposition after the name says it is a body. */
export const organizationApposition = (text: string, end: number): boolean =>
  ORGANIZATION_APPOSITION.test(text.slice(end, end + 60));

/**
 * "the security firm Hudson Rock", "research firm IDC": the noun before names what it is; "the GDL union"
 * the noun after.
 */
export const organizationNounAround = (text: string, sentenceStart: number, start: number, end: number): boolean =>
  ORGANIZATION_NOUN_BEFORE.test(text.slice(Math.max(sentenceStart, start - 20), start)) ||
  ORGANIZATION_NOUN_AFTER.test(text.slice(end, end + 12));

// "U.S. Department of Transportation", "Department of Homeland Security": a federal department.
const US_DEPARTMENT = new RegExp(
  String.raw`^(?:(?:U\.S\.|US)\s+)?Department of (?:${US_DEPARTMENTS.map(escapeStringRegexp).join("|")})$`,
);

// "Health Ministry", "Interior Ministry": a government's ministry ("Police Department" is not one).
const MINISTRY_PORTFOLIOS = [...GOVERNMENT_PORTFOLIOS.map((portfolio) => portfolio.before), "Defence", "Defense"];
const PORTFOLIO_MINISTRY = new RegExp(String.raw`^(?:${MINISTRY_PORTFOLIOS.join("|")}|Environment) Ministry$`);

/** The kind an unknown organisation's name tells: "Swiss National Bank" is a central bank, "Green Party" a party. */
function kindFromName(name: string): OrganizationKind | undefined {
  if (US_DEPARTMENT.test(name) || /^(?:Department|Ministry) of [A-Z]/.test(name) || PORTFOLIO_MINISTRY.test(name))
    return "government";
  if (
    /\b(?:Central|Reserve|National) Bank$/.test(name) ||
    (/^Bank of ([A-Z][\w ]+)$/.test(name) && COUNTRY_BY_NAME.has(name.slice(8).toLowerCase()))
  )
    return "central-bank";
  return KIND_HEADS[name.split(/\s+/).at(-1)!.toLowerCase()];
}

/**
 * An organisation's kind (news agency, central bank, company…) and sector (a company's trade, a
 * government body's country): from the gazetteer, else from its name ("CRT Capital" is a finance firm).
 */
export function organizationProfile(name: string): { kind: string; sector: string | undefined } {
  const organization = ORGANIZATION_BY_NAME.get(name.toLowerCase());
  const sector =
    organization?.sector ??
    SECTOR_HEADS[name.split(/\s+/).at(-1)!.toLowerCase()] ??
    (US_DEPARTMENT.test(name) ? "us-federal" : undefined);
  // An unknown one-word organisation that the article keeps naming is most often a company.
  const kind = organization?.kind ?? kindFromName(name) ?? (/^[A-Z][a-z]+$/.test(name) || sector ? "company" : "other");
  return { kind, sector };
}

/**
 * "Taiwan Semiconductor Manufacturing Co … TSMC": an acronym of a name the article spells out is that
 * body. And one name, one kind: "the national railway Deutsche Bahn" makes every other "Deutsche Bahn"
 * the railway.
 */
export function resolveOrganizationNames(mentions: Mention[]): void {
  const spelledOut = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.type !== "organization" || !mention.entity.includes(" ")) continue;
    const initials = mention.entity
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0])
      .join("");
    if (initials.length >= 2 && !spelledOut.has(initials)) spelledOut.set(initials, mention.entity);
  }
  for (const mention of mentions) {
    const full = /^[A-Z]{2,6}$/.test(mention.entity) ? spelledOut.get(mention.entity) : undefined;
    if (full && (mention.type === "organization" || mention.type === "term")) {
      mention.entity = full;
      mention.type = "organization";
    }
  }
  const organizationNames = new Set(
    mentions.filter((mention) => mention.type === "organization").map((mention) => mention.entity),
  );
  for (const mention of mentions)
    if (mention.type === "person" && organizationNames.has(mention.entity)) mention.type = "organization";
}

const LEGAL_SUFFIX = /\s+(?:Corp|Corporation|Inc|Co|Ltd|Limited|plc|PLC|LLC|Group|Holdings|AG|SA)\.?$/;

/**
 * What a learner may type for an organisation: "Toyota Motor Corp" is "Toyota Motor" without its legal
 * suffix, and "Toyota" where the article itself calls it that.
 */
export function shortFormsOf(name: string, facts: Facts): string[] {
  const forms = [name.replace(LEGAL_SUFFIX, "")];
  for (const entity of facts.entities.values()) {
    if (entity.type === "organization" && entity.name !== name && name.startsWith(`${entity.name} `))
      forms.push(entity.name);
  }
  return forms.filter((form) => form !== name && form.length > 2);
}
