import { ORGANIZATIONS } from "../data/organizations.data";
import { FOOTBALL_BODIES, GOVERNMENT_PORTFOLIOS } from "../data/organization-words.data";
import { datelinePlacesOf, type Entity, type Facts } from "../facts";
import { COUNTRY_BY_NAME, FOOTBALL_STORY, type Organization } from "../gazetteer";
import { leadWord } from "../shared/names";
import { normalizeAnswer } from "../shared/normalize";
import { drawn, inTurn } from "../shared/random";
import { pick, type DistractorPick } from "./pick";
import { PLATFORMS } from "./platforms";

const PART_OF = new Map(
  ORGANIZATIONS.filter((organization) => organization.partOf).map(
    (organization) => [organization.name, organization.partOf!] as const,
  ),
);

const ORGANIZATIONS_BY_NAME = new Map(ORGANIZATIONS.map((organization) => [organization.name, organization] as const));

// Grouped once: the distractor loop asks for the same kind hundreds of times per article.
const ORGANIZATIONS_BY_KIND = new Map<string, Organization[]>();
for (const organization of ORGANIZATIONS)
  ORGANIZATIONS_BY_KIND.set(organization.kind, [...(ORGANIZATIONS_BY_KIND.get(organization.kind) ?? []), organization]);

/**
 * A body the gazetteer knows as American ("Congress") in a story filed from another country and not
 * said to be American there: that country's own ("Congress leader Rahul Gandhi" in NEW DELHI).
 */
export function anotherCountrysBody(facts: Facts, entity: Entity, evidence: string): boolean {
  if (entity.sector !== "us-federal") return false;
  const filedFrom = [...datelinePlacesOf(facts)]
    .map((place) => COUNTRY_BY_NAME.get(place)?.name)
    .filter((name) => name !== undefined);
  return (
    filedFrom.length > 0 &&
    !filedFrom.includes("United States") &&
    !/\bU\.S\.|\b(?:US|United States|American|federal)\b/.test(evidence)
  );
}

/** What the stand-in filters of one organisation's blank read (module-level functions, not closures per call). */
interface OrganizationAsked {
  entity: Entity;
  /** The trade the sentence or the gazetteer gives it. */
  sector: string | undefined;
  /** Its brand word ("Alaska" of "Alaska Airlines"). */
  lead: string | undefined;
  /** The normalised evidence with a space at each end. */
  paddedEvidence: string;
  seed: string;
}

export function organizationDistractors(facts: Facts, entity: Entity, evidence: string, seed: string): DistractorPick {
  // An unknown body ("other") takes other unknown bodies and companies, not the Justice Department or a league.
  // A company of a known trade takes the article's companies of that trade: an airline's are not Boeing. The
  // sentence may say the trade where the gazetteer does not ("power company Enel").
  const sector = (entity.kind === "company" ? describedTrade(evidence, entity.name) : undefined) ?? entity.sector;
  const asked: OrganizationAsked = {
    entity,
    sector,
    // "the UN nuclear watchdog": the IAEA is part of the UN, so neither is offered beside the other.
    // "Alaska Air Group" and "Alaska Airlines": one group's parent and its airline, both right to a reader.
    lead: leadWord(entity.name),
    // "Hawaiian, which has lost money …, will become a subsidiary of ___": the sentence names Hawaiian Airlines
    // already.
    paddedEvidence: ` ${normalizeAnswer(evidence)} `,
    seed,
  };
  const fromArticle: string[] = [];
  for (const other of facts.entities.values())
    if (other.type === "organization" && sameKindInArticle(asked, other) && !related(asked, other.name))
      fromArticle.push(other.name);
  // "a T20 World Cup final": a World Cup is football's only in a story about football; in another sport
  // the football competitions are no stand-ins.
  if (entity.kind === "competition" && sector === "football" && !FOOTBALL_STORY.test(facts.parsed.text)) {
    return pick(entity.name, evidence, fromArticle, [], seed);
  }
  // "BRASILIA (AP) — … stormed the presidential palace, Congress and the Supreme Court": in a story filed
  // from another country, "Congress" is that country's, and the FDA or the Census Bureau are no stand-ins.
  if (anotherCountrysBody(facts, entity, evidence)) return pick(entity.name, evidence, fromArticle, [], seed);
  // "FIFA, football's world governing body": football's governing bodies take football's others or the
  // Olympics', never the NBA or the NCAA.
  if (entity.kind === "sports" && /^(?:FIFA|UEFA)$/.test(entity.name))
    return pick(entity.name, evidence, fromArticle, FOOTBALL_BODIES, seed);
  return pick(entity.name, evidence, fromArticle, () => worldStandIns(asked), seed);
}

function sameKindInArticle({ entity, sector }: OrganizationAsked, other: Entity): boolean {
  return (
    (other.kind === entity.kind && (!sector || !other.sector || other.sector === sector)) ||
    (entity.kind === "other" && other.kind === "company")
  );
}

/** A name too close to the asked body's to stand in for it: its parent, its part, its brand, a platform. */
function related({ entity, lead, paddedEvidence }: OrganizationAsked, name: string): boolean {
  const brand = leadWord(name);
  return (
    // "the sheriff's office said": a platform is where bodies speak, never a body that speaks.
    (PLATFORMS.has(name) && !PLATFORMS.has(entity.name)) ||
    name === PART_OF.get(entity.name) ||
    PART_OF.get(name) === entity.name ||
    (brand !== undefined && (brand === lead || paddedEvidence.includes(` ${brand} `)))
  );
}

/** The unrelated names of `list`, drawn in the seed's order. */
function names(asked: OrganizationAsked, list: readonly Organization[]): Iterable<string> {
  const unrelated: string[] = [];
  for (const organization of list) if (!related(asked, organization.name)) unrelated.push(organization.name);
  return drawn(unrelated, asked.seed);
}

/**
 * The gazetteer's stand-ins, nearest first: worked out only when the article runs short. Same trade first;
 * other companies only if the trade runs short. A government body's country is no trade: the NHS takes
 * British bodies or none, never the Kremlin or FEMA.
 */
function worldStandIns(asked: OrganizationAsked): Iterable<string> {
  const { entity, sector } = asked;
  const sameKind = ORGANIZATIONS_BY_KIND.get(entity.kind ?? "") ?? [];
  // "the Department of Foreign Affairs": the same government's other departments, not the CDC or the SEC.
  const departments = entity.kind === "government" && !sector ? otherDepartments(entity.name) : [];
  return departments.length >= 3
    ? drawn(departments, asked.seed)
    : !sector
      ? names(
          asked,
          // "The _____ recommends at least 150 minutes of exercise" (WHO): bodies, not blocs of nations.
          sameKind.filter(
            (organization) => outsideNarrowTrade(organization) && !GROUPINGS.has(organization.sector ?? ""),
          ),
        )
      : entity.kind === "government" || NARROW_TRADES.has(sector)
        ? sameSector(asked, sameKind)
        : inTurn(
            sameSector(asked, sameKind),
            names(
              asked,
              // (Blocs stand in only for blocs: never the OAS or ECOWAS for the climate panel.)
              sameKind.filter(
                (organization) =>
                  organization.sector !== sector &&
                  outsideNarrowTrade(organization) &&
                  (GROUPINGS.has(sector) || !GROUPINGS.has(organization.sector ?? "")),
              ),
            ),
          );
}

/** Groupings of nations, which stand in only for each other: never for the WHO, the UN or the IAEA. */
const GROUPINGS = new Set(["bloc", "forum"]);

/**
 * Trades whose bodies stand in only for their own, and take only their own: Engie is no stand-in for an airline or a
 * union's employer, the climate panel none for the WHO in a measles story, nor Interpol or OPEC for the climate panel
 * (judged round 21, both judges).
 */
const NARROW_TRADES = new Set(["utility", "climate"]);

function outsideNarrowTrade(organization: Organization): boolean {
  return !NARROW_TRADES.has(organization.sector ?? "");
}

/**
 * A bloc takes blocs of its own part of the world only: Britain leaves the EU, not Mercosur or ASEAN, and Myanmar
 * belongs to ASEAN, never to ECOWAS or the Council of Europe.
 */
function sameSector(asked: OrganizationAsked, sameKind: readonly Organization[]): Iterable<string> {
  const { entity, sector } = asked;
  const region = ORGANIZATIONS_BY_NAME.get(entity.name)?.region;
  return names(
    asked,
    sameKind.filter((organization) => organization.sector === sector && (!region || organization.region === region)),
  );
}

const TRADE_SECTORS: Readonly<Record<string, string>> = {
  power: "utility",
  energy: "energy",
  oil: "energy",
  utility: "utility",
  airline: "airline",
  carmaker: "motoring",
  automaker: "motoring",
  bank: "finance",
  lender: "finance",
  chipmaker: "technology",
  retailer: "retail",
  telecom: "telecom",
};
const TRADE = Object.keys(TRADE_SECTORS).join("|");
const TRADE_BEFORE = new RegExp(String.raw`\b(${TRADE})(?:\s+(?:company|firm|group|giant))?\s+$`, "i");
const TRADE_AFTER = new RegExp(
  String.raw`^,?\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(${TRADE})(?:\s+(?:company|firm|group|giant))?\b`,
  "i",
);

/** The trade the sentence gives a company beside its name: "power company Enel", "Enel, the Italian utility". */
function describedTrade(evidence: string, name: string): string | undefined {
  const at = evidence.indexOf(name);
  if (at < 0) return undefined;
  const word =
    TRADE_BEFORE.exec(evidence.slice(Math.max(0, at - 40), at))?.[1] ??
    TRADE_AFTER.exec(evidence.slice(at + name.length))?.[1];
  return word ? TRADE_SECTORS[word.toLowerCase()] : undefined;
}

const DEPARTMENT_OF = /^(Department|Ministry) of (?:the )?(.+)$/;
// "Health Ministry", "Foreign Ministry": the portfolio before the noun.
const PORTFOLIO_MINISTRY = /^([A-Z][a-z]+) (Ministry|Department)$/;

/**
 * "Department of Foreign Affairs" → "Department of Finance", "Department of Health", …; "Health Ministry" →
 * "Foreign Ministry", "Finance Ministry", … (none for other names).
 */
function otherDepartments(name: string): string[] {
  const frame = DEPARTMENT_OF.exec(name);
  if (frame) {
    const own = normalizeAnswer(frame[2]!);
    return GOVERNMENT_PORTFOLIOS.filter((portfolio) => normalizeAnswer(portfolio.of) !== own).map(
      (portfolio) => `${frame[1]} of ${portfolio.of}`,
    );
  }
  const before = PORTFOLIO_MINISTRY.exec(name);
  if (!before) return [];
  return GOVERNMENT_PORTFOLIOS.filter((portfolio) => portfolio.before !== before[1]).map(
    (portfolio) => `${portfolio.before} ${before[2]}`,
  );
}
