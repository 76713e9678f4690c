/**
 * Words that tell an organisation and its kind: the head words that end organisations' names, the head
 * words that give an unknown body's kind or trade, the nouns that introduce a body, the words that open
 * the names of firms abroad, the US federal departments, and the words that make a story one about
 * football.
 *
 * Source: curated by hand for Quizwire from the news fixtures (tests/fixtures/articles), 2026-11-24 to
 * 2026-12-04.
 */
import type { OrganizationKind } from "./organizations.data";

/** Words that mark the end of an organisation's name ("Election Data Services", "Bank of England"). */
// prettier-ignore
export const ORGANIZATION_HEAD_WORDS: readonly string[] = [
  "agency", "bank", "party", "council", "committee", "association", "corporation", "corp", "co", "plc", "llc", "inc",
  "ltd", "company", "university", "ministry", "department", "commission", "institute", "union", "organization",
  "organisation", "court", "bureau", "service", "services", "authority", "group", "news", "times", "post", "fund",
  "foundation", "corps", "guard", "federation", "league", "assembly", "parliament", "senate", "congress", "board",
  "office", "network", "army", "navy", "cargo", "airlines", "airways", "motors", "foods", "systems", "energy",
  "media", "capital", "partners", "holdings", "logistics", "pharmaceuticals", "labs", "technologies", "industries",
  "records", "studios", "pictures", "entertainment", "rail", "railway", "railways", "transit", "utilities", "trust",
  "fc", "afc", "cf", "workers", "employees", "air", "investments", "investment", "invest", "advisors", "advisers",
  "ventures", "machines", "dynamics", "robotics", "aerospace", "therapeutics", "biotech", "networks", "solutions",
];

/** Head words of unknown names that tell what kind of organisation it is: "National Party", "Massey University". */
export const KIND_HEADS: Readonly<Record<string, OrganizationKind>> = {
  party: "party",
  university: "university",
  college: "university",
  league: "competition",
  cup: "competition",
};

/** Head words of unknown names that tell a company's trade: "CRT Capital" is a finance firm. */
export const SECTOR_HEADS: Readonly<Record<string, string>> = {
  capital: "finance",
  securities: "finance",
  partners: "finance",
  investments: "finance",
  advisors: "finance",
  advisers: "finance",
  motors: "motoring",
  airlines: "airline",
  airways: "airline",
  technologies: "technology",
  systems: "technology",
  labs: "technology",
  energy: "energy",
  oil: "energy",
  petroleum: "energy",
};

/**
 * Nouns that say a name is an organisation's, before it ("the security firm Hudson Rock") or in an
 * apposition after it ("General Catalyst, a U.S. venture capital firm,").
 */
// prettier-ignore
export const ORGANIZATION_NOUNS: readonly string[] = [
  "firm", "company", "group", "agency", "startup", "start-up", "maker", "bank", "label", "studio", "network",
  "retailer", "airline", "carrier", "insurer", "lender", "publisher", "broadcaster", "newspaper", "charity",
  "platform", "railway", "railroad", "operator", "utility", "regulator", "watchdog", "automaker", "carmaker",
  "chipmaker", "manufacturer", "supplier",
];

/** "Deutsche Bahn", "Société Générale", "Banco Santander": words that open the names of firms abroad. */
// prettier-ignore
export const FOREIGN_ORGANIZATION_WORDS: readonly string[] = [
  "Deutsche", "Société", "Societe", "Banco", "Banque", "Groupe", "Grupo", "Compagnie", "Compañía",
  "Aktiengesellschaft",
];

/**
 * A government's portfolios, as "Ministry of …" names them and as "… Ministry" does ("Ministry of Foreign Affairs",
 * "Foreign Ministry"): one stands in for another.
 */
export const GOVERNMENT_PORTFOLIOS: readonly { of: string; before: string }[] = [
  { of: "Foreign Affairs", before: "Foreign" },
  { of: "Finance", before: "Finance" },
  { of: "Health", before: "Health" },
  { of: "Justice", before: "Justice" },
  { of: "Education", before: "Education" },
  { of: "Home Affairs", before: "Interior" },
  { of: "Trade", before: "Trade" },
  { of: "Agriculture", before: "Agriculture" },
  { of: "Energy", before: "Energy" },
  { of: "Transport", before: "Transport" },
];

/** The US federal departments, as "Department of …" names them. */
// prettier-ignore
export const US_DEPARTMENTS: readonly string[] = [
  "Transportation", "Homeland Security", "Health and Human Services", "Education", "Energy", "Agriculture",
  "Commerce", "Labor", "Defense", "Justice", "the Treasury", "Treasury", "State", "the Interior", "Veterans Affairs",
  "Housing and Urban Development",
];

/** Words that make a story one about football, where "Barcelona" is the club and a World Cup football's. */
// prettier-ignore
export const FOOTBALL_WORDS: readonly string[] = [
  "football", "soccer", "goal", "goals", "goalkeeper", "striker", "midfielder", "defender", "FIFA", "UEFA",
  "Premier League", "Champions League", "Europa League", "La Liga", "Serie A", "Bundesliga", "FA Cup",
];

/** Football's governing bodies (and the Olympics'), the stand-ins for FIFA or UEFA. */
export const FOOTBALL_BODIES: readonly string[] = [
  "UEFA",
  "IOC",
  "CONCACAF",
  "CONMEBOL",
  "Confederation of African Football",
  "Asian Football Confederation",
];

/** Words that open the names of unrelated bodies ("National Guard", "National Hockey League"): no brand. */
// prettier-ignore
export const GENERIC_LEAD_WORDS: readonly string[] = [
  "the", "national", "united", "american", "european", "international", "world", "general", "first", "new", "bank",
  "federal", "royal", "state", "university", "department", "ministry", "council", "central", "global", "us",
  "u.s.", "north", "south", "east", "west", "southern", "northern", "eastern", "western",
];
