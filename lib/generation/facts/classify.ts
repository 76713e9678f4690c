import escapeStringRegexp from "escape-string-regexp";
import { FOREIGN_ORGANIZATION_WORDS as FOREIGN_WORDS } from "../data/organization-words.data";
import {
  CITY_NAMES,
  COUNTRY_BY_NAME,
  ORGANIZATION_BY_NAME,
  ORGANIZATION_HEADS,
  US_STATES,
  WORLD_REGION_NAMES,
} from "../gazetteer";
import type { EntityType } from "./types";

// What a name is by the gazetteer and its shape alone: a known organisation, country, city or region,
// a named place ("Fort Hood"), or a body by its head word ("… Party", "… Institute for …").

// "Deutsche Bahn", "Société Générale", "Banco Santander": words that open the names of firms abroad.
const FOREIGN_ORGANIZATION_WORDS = new RegExp(`^(?:${FOREIGN_WORDS.map(escapeStringRegexp).join("|")})$`);

// The same names are classified again and again (every run, its prefixes, each article): remember them.
const classified = new Map<string, { type: EntityType; kind?: string } | undefined>();

export function classify(name: string): { type: EntityType; kind?: string } | undefined {
  if (classified.has(name)) return classified.get(name);
  const result = classifyUncached(name);
  if (classified.size > 20_000) classified.clear();
  classified.set(name, result);
  return result;
}

function classifyUncached(name: string): { type: EntityType; kind?: string } | undefined {
  const lower = name.toLowerCase();
  const organization = ORGANIZATION_BY_NAME.get(lower);
  if (organization) return { type: "organization", kind: organization.kind };
  if (COUNTRY_BY_NAME.has(lower)) return { type: "country" };
  if (CITY_NAMES.has(lower)) return { type: "city" };
  if (US_STATES.has(lower) || WORLD_REGION_NAMES.has(lower)) return { type: "region" };
  // "Camp Pendleton", "Fort Hood", "Mount Everest": named places, not people.
  if (/^(?:Camp|Fort|Mount|Lake|Port|Cape)\s+[A-Z]/.test(name)) return { type: "city" };
  const words = name.split(/\s+/);
  // "Deutsche Bahn", "Société Générale", "Banco Santander": words that open the names of firms abroad.
  if (words.length > 1 && FOREIGN_ORGANIZATION_WORDS.test(words[0]!)) return { type: "organization", kind: "other" };
  // Bare acronyms (DVR, VOD, TB) are not assumed to be organisations; known ones are in the gazetteer.
  // A head word alone ("Corps", "Party") is a back-reference, not a name of its own.
  if (words.length > 1 && ORGANIZATION_HEADS.has(words.at(-1)!.toLowerCase()))
    return { type: "organization", kind: "other" };
  // "Kiel Institute for the World Economy": the head comes before what the body is for.
  const headFor = words.findIndex(
    (word, index) =>
      index > 0 && (word === "for" || word === "of") && ORGANIZATION_HEADS.has(words[index - 1]!.toLowerCase()),
  );
  if (headFor > 0 && words.length > headFor + 1) return { type: "organization", kind: "other" };
  return undefined;
}

/** "WASHINGTON" (a dateline) → "Washington": places read the same wherever they appear. */
function titleCaseShouted(name: string): string {
  return /^[A-Z][A-Z .'-]{3,}$/.test(name)
    ? name.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase())
    : name;
}

/** Canonical country name for aliases ("US" → "United States"). */
export function canonicalName(name: string, type: EntityType): string {
  if (type === "city" || type === "region") return titleCaseShouted(name);
  if (type === "country") return COUNTRY_BY_NAME.get(name.toLowerCase())?.name ?? name;
  if (type === "organization") return ORGANIZATION_BY_NAME.get(name.toLowerCase())?.name ?? name;
  return name;
}
