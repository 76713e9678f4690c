import { normalizeAnswer } from "./shared/normalize";
import { leadWord, shortName } from "./shared/names";
import { PROMINENT_COUNTRIES } from "./data/countries.data";
import { CITIES_BY_COUNTRY, MILITARY_BASES, WORLD_REGIONS } from "./data/places.data";
import { ORGANIZATIONS } from "./data/organizations.data";
import { FOOTBALL_BODIES } from "./data/organization-words.data";
import { COMPANY_PEOPLE, OFFICE_HOLDERS } from "./data/people.data";
import { EQUIVALENT_ROLES, PROFESSIONAL_ROLES, TITLES } from "./data/titles.data";
import {
  CAPITAL_TO_COUNTRY,
  COUNTRIES,
  COUNTRY_BY_NAME,
  DEMONYM_TO_COUNTRY,
  FOOTBALL_STORY,
  CITY_COUNTRY,
  MAJOR_CITIES,
  US_STATES,
  US_STATES_LIST,
  WORLD_REGION_NAMES,
  ORGANIZATION_BY_NAME,
  knownGender,
  namesOfCountry,
  type Organization,
} from "./gazetteer";
import { datelinePlacesOf, type Entity, type Facts, type Gender } from "./facts";
import { drawn, inTurn, shuffled } from "./shared/random";

/**
 * Wrong answers of the same kind and granularity as the right one: from the article first, then
 * from the gazetteers. Never the answer or one of its aliases, and never something the evidence
 * sentence itself names (it could be right too, or give the answer away).
 */
export interface DistractorPick {
  options: string[];
  fromArticle: number;
}

const surnames = new Map<string, string>();
function surnameOf(name: string): string {
  let known = surnames.get(name);
  if (known === undefined) {
    known = normalizeAnswer(shortName(name));
    if (surnames.size > 10_000) surnames.clear();
    surnames.set(name, known);
  }
  return known;
}

// Every name a country goes by ("Britain", "UK", "United Kingdom"), normalised, for checking a sentence.
const NAMES_OF_COUNTRY = new Map<unknown, string[]>(
  COUNTRIES.map((country) => [
    country,
    namesOfCountry(country)
      .map(normalizeAnswer)
      .filter((form) => form.length > 2),
  ]),
);

export function acceptable(candidate: string, answer: string, normalizedEvidence: string): boolean {
  return acceptableAgainst(
    candidate,
    normalizeAnswer(answer),
    COUNTRY_BY_NAME.get(answer.toLowerCase()),
    ` ${normalizedEvidence} `,
  );
}

/**
 * What the checks below need of a stand-in, worked out once per name: the same gazetteer names are
 * weighed for every blank of every article.
 */
interface StandIn {
  normalized: string;
  padded: string;
  country: unknown;
  /** Every other name its country goes by, padded (" britain "). */
  countryNames: string[];
  /** Its organisation's aliases longer than a short acronym, padded (" meta "). */
  aliases: string[];
  /** " meyer " for "Urban Meyer"; empty for figures and one-word names. */
  surname: string;
}
const standIns = new Map<string, StandIn>();
function standIn(candidate: string): StandIn {
  let known = standIns.get(candidate);
  if (!known) {
    const normalized = normalizeAnswer(candidate);
    const country = COUNTRY_BY_NAME.get(candidate.toLowerCase());
    const organization = ORGANIZATION_BY_NAME.get(candidate.toLowerCase());
    const surname = normalized.includes(" ") && !/\d/.test(normalized) ? surnameOf(candidate) : "";
    known = {
      normalized,
      padded: ` ${normalized} `,
      country,
      countryNames: country ? (NAMES_OF_COUNTRY.get(country) ?? []).map((name) => ` ${name} `) : [],
      // (Not a short acronym such as "WHO", which reads as a word once lower-cased.)
      aliases: (organization?.aliases ?? [])
        .filter((alias) => alias.length > 3)
        .map((alias) => ` ${normalizeAnswer(alias)} `),
      surname: surname.length > 2 ? ` ${surname} ` : "",
    };
    if (standIns.size > 20_000) standIns.clear();
    standIns.set(candidate, known);
  }
  return known;
}

/** `paddedEvidence` is the normalised evidence with a space at each end, so whole words match. */
function acceptableAgainst(candidate: string, b: string, answerCountry: unknown, paddedEvidence: string): boolean {
  const { normalized: a, country, countryNames, aliases, surname } = standIn(candidate);
  if (!a || a === b) return false;
  if (country && country === answerCountry) return false;
  // "the ___, Britain and the European Union": the United Kingdom is named there already, as Britain.
  if (countryNames.some((name) => paddedEvidence.includes(name))) return false;
  // "opposed by OpenAI, Meta and ___": Facebook is Meta, named there already.
  if (aliases.some((alias) => paddedEvidence.includes(alias))) return false;
  if (a.includes(b) || b.includes(a)) return false;
  // "Urban Meyer" is shown as "Meyer" where the article says "Meyer": a surname already in the sentence is out too.
  // Only for names: "$200 billion" shares "billion" with "$400 billion" and is still a fair stand-in.
  // "Wang Yi" is "Wang" for short (family name first): the short form is what the sentence would show.
  if (surname && paddedEvidence.includes(surname)) return false;
  return !paddedEvidence.includes(a);
}

// A blank in a series passes the whole article as its evidence, once per item: normalised once.
let lastEvidence = "";
let lastPadded = "  ";

/** `fromWorld` may be a function: the gazetteer lists are shuffled only when the article runs short. */
function pick(
  answer: string,
  evidence: string,
  fromArticle: string[],
  fromWorld: Iterable<string> | (() => Iterable<string>),
  seed: string,
  count = 3,
): DistractorPick {
  const chosen: string[] = [];
  if (evidence !== lastEvidence) [lastEvidence, lastPadded] = [evidence, ` ${normalizeAnswer(evidence)} `];
  const paddedEvidence = lastPadded;
  const normalizedAnswer = normalizeAnswer(answer);
  const answerCountry = COUNTRY_BY_NAME.get(answer.toLowerCase());
  const consider = (list: Iterable<string>) => {
    for (const candidate of list) {
      if (chosen.length >= count) return;
      // "Mistral" and "Mistral AI" are one stand-in, not two.
      const same = (existing: string) => {
        const a = standIn(existing).padded;
        const b = standIn(candidate).padded;
        return a.includes(b) || b.includes(a);
      };
      if (acceptableAgainst(candidate, normalizedAnswer, answerCountry, paddedEvidence) && !chosen.some(same))
        chosen.push(candidate);
    }
  };
  consider(shuffled(fromArticle, seed));
  const articleCount = chosen.length;
  // World lists come in the caller's order of preference (nearest first), already shuffled within it.
  if (chosen.length < count) consider(typeof fromWorld === "function" ? fromWorld() : fromWorld);
  return { options: chosen, fromArticle: articleCount };
}

const PROMINENT = COUNTRIES.filter((candidate) => PROMINENT_COUNTRIES.includes(candidate.name));
const PROMINENT_NAMES = PROMINENT.map((candidate) => candidate.name);

// The same lists every time (not new arrays per question), so `shuffled` can reuse its work on them.
const listsByRegion = <T>(build: (region: string | undefined) => T[]) => {
  const cache = new Map<string | undefined, T[]>();
  return (region: string | undefined) => {
    let list = cache.get(region);
    if (!list) cache.set(region, (list = build(region)));
    return list;
  };
};
// Capitals of countries readers know, not city-states such as Vatican City.
const PROMINENT_CAPITALS = PROMINENT.filter(
  (candidate) => candidate.capital && !COUNTRY_BY_NAME.has(candidate.capital.toLowerCase()),
);
const countriesIn = listsByRegion((region) =>
  PROMINENT.filter((candidate) => candidate.region === region).map((candidate) => candidate.name),
);
const capitalsIn = listsByRegion((region) =>
  PROMINENT_CAPITALS.filter((candidate) => candidate.region === region).map((candidate) => candidate.capital!),
);
const CITIES_AND_CAPITALS = [...MAJOR_CITIES, ...PROMINENT_CAPITALS.map((candidate) => candidate.capital!)];

const namesByType = new WeakMap<Facts, Map<Entity["type"], string[]>>();
const namesOfType = (facts: Facts, type: Entity["type"]): string[] => {
  let byType = namesByType.get(facts);
  if (!byType) {
    byType = new Map();
    for (const entity of facts.entities.values())
      byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity.name]);
    namesByType.set(facts, byType);
  }
  return byType.get(type) ?? [];
};

/**
 * People the article confirms as people (named twice, given a role, or quoted) come first; a name
 * seen once could be a ship or a trophy, so it only fills in after the world's office holders.
 */
interface PeoplePools {
  confirmed: string[];
  companyPeople: string[];
  unconfirmed: string[];
  political: boolean;
  /** Office holders of the countries and bodies the article names ("Britain" → Keir Starmer), then the rest. */
  leadersNear: string[];
  leadersFar: string[];
  /** The story names three countries or more, or leaders of two: world leaders are fair stand-ins. */
  international: boolean;
  /** People in politics (office holders, or given a political office by the article), and heads of state among them. */
  politicians: Set<string>;
  headsOfState: Set<string>;
}

// Worked out once per article, not once per question.
const peoplePools = new WeakMap<Facts, PeoplePools>();

const storyCountriesOf = new WeakMap<Facts, Set<string>>();

/**
 * Countries the story is about: named in its lead or more than once, and not only in a list of examples
 * ("legal in several countries, including Canada, the Netherlands and Switzerland, and in some U.S. states").
 */
function storyCountries(facts: Facts): Set<string> {
  const known = storyCountriesOf.get(facts);
  if (known) return known;
  const countryName = (name: string) => COUNTRY_BY_NAME.get(name.toLowerCase())?.name ?? name;
  const countryMentions = facts.mentions.filter(
    (mention) =>
      mention.type === "country" &&
      !/\b(?:including|such as|like|among them)\b[^.;:]*$/i.test(
        facts.parsed.text.slice(Math.max(facts.sentences[mention.sentence]!.start, mention.start - 60), mention.start),
      ),
  );
  const timesNamed = new Map<string, number>();
  for (const mention of countryMentions)
    timesNamed.set(countryName(mention.entity), (timesNamed.get(countryName(mention.entity)) ?? 0) + 1);
  const countries = new Set(
    countryMentions
      .filter(
        (mention) =>
          facts.sentences[mention.sentence]!.paragraph <= 1 || timesNamed.get(countryName(mention.entity))! >= 2,
      )
      .map((mention) => countryName(mention.entity)),
  );
  storyCountriesOf.set(facts, countries);
  return countries;
}

function peopleOf(facts: Facts): PeoplePools {
  const known = peoplePools.get(facts);
  if (known) return known;
  const speakers = new Set(facts.quotes.map((quote) => quote.speaker));
  const withRoles = new Set(facts.roles.map((role) => role.person));
  const people = [...facts.entities.values()].filter((entity) => entity.type === "person");
  const confirmed = people
    .filter((entity) => entity.mentions >= 2 || speakers.has(entity.name) || withRoles.has(entity.name))
    .map((entity) => entity.name);
  // People who speak for the companies the story is about: stand-ins when the article quotes only one person.
  const companies = [...facts.entities.values()].filter(
    (entity) => entity.type === "organization" && entity.kind === "company",
  );
  const aboutCountries = storyCountries(facts);
  // "co-president", "Nippon Paint co-president": a job in a company, however its title reads.
  const companyRole = (role: string) => /\bco-/.test(role) || !!companyJobOf(facts, role);
  const named = new Set([
    ...aboutCountries,
    ...[...facts.entities.values()].filter((entity) => entity.type === "organization").map((entity) => entity.name),
  ]);
  const pools = {
    confirmed,
    companyPeople: companies
      .flatMap((company) => COMPANY_PEOPLE[company.name] ?? [])
      .filter((name) => !people.some((entity) => entity.name === name)),
    unconfirmed: people.map((entity) => entity.name).filter((name) => !confirmed.includes(name)),
    // World leaders are plausible only in a story about politics: one that names one, or a political office.
    political:
      people.some((entity) => OFFICE_HOLDER_NAMES.has(entity.name)) ||
      facts.roles.some(
        (role) =>
          /president|minister|secretary|chancellor|senator|governor|diplomat|ambassador/i.test(role.role) &&
          !companyRole(role.role),
      ),
    leadersNear: OFFICE_HOLDERS.filter((holder) => named.has(holder.country)).map((holder) => holder.name),
    leadersFar: OFFICE_HOLDERS.filter((holder) => !named.has(holder.country)).map((holder) => holder.name),
    politicians: new Set([
      ...OFFICE_HOLDER_NAMES,
      ...facts.roles
        .filter((role) => POLITICAL_ROLE.test(role.role) && !companyRole(role.role))
        .map((role) => role.person),
    ]),
    headsOfState: new Set([
      ...OFFICE_HOLDERS.filter((holder) =>
        /^(?:President|Prime Minister|Premier|Chancellor|King|Queen)$/.test(holder.office),
      ).map((holder) => holder.name),
      ...facts.roles
        .filter(
          (role) =>
            /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen)$/i.test(role.role) &&
            !/vice/i.test(role.role),
        )
        .map((role) => role.person),
    ]),
    // World affairs: three countries or more, or leaders of two countries from the gazetteer (a British
    // election story that names Keir Starmer is not one).
    international:
      new Set(
        people
          .filter((entity) => OFFICE_HOLDER_NAMES.has(entity.name))
          .map((entity) => OFFICE_HOLDER_COUNTRY.get(entity.name)),
      ).size >= 2 || aboutCountries.size >= 3,
  };
  peoplePools.set(facts, pools);
  return pools;
}

const OFFICE_HOLDER_NAMES = new Set(OFFICE_HOLDERS.map((holder) => holder.name));
const POLITICAL_ROLE =
  /president|minister|secretary|chancellor|senator|governor|diplomat|ambassador|commissioner|lawmaker|congressman|congresswoman|mayor|premier|leader|spokes/i;
const OFFICE_HOLDER_COUNTRY = new Map(OFFICE_HOLDERS.map((holder) => [holder.name, holder.country] as const));

/** "she" or "he" for a person, from the article first, then from the gazetteers. */
function genderOf(facts: Facts, name: string): Gender | undefined {
  return facts.genders.get(name) ?? knownGender(name);
}

const FEMALE_WORDS = /\b(?:woman|women|pregnant|mother|wife|daughter|sister|actress|widow|girl|grandmother)\b/i;
const MALE_WORDS = /\b(?:husband|father|son|brother|widower|grandfather)\b/i;

/** A gender only when the cues point one way. */
const oneGender = (female: boolean, male: boolean): Gender | undefined =>
  female === male ? undefined : female ? "female" : "male";

/** The one gender a sentence's pronouns and words name ("In her primary race, …"), if only one. */
const pronounGender = (sentence: string) =>
  oneGender(
    /\b(?:she|her|hers|herself)\b/i.test(sentence) || FEMALE_WORDS.test(sentence),
    /\b(?:he|his|him|himself)\b/i.test(sentence) || MALE_WORDS.test(sentence),
  );

/** The gender a sentence names in words, not pronouns ("who was seven months pregnant"): a strong cue. */
const wordGender = (sentence: string) => oneGender(FEMALE_WORDS.test(sentence), MALE_WORDS.test(sentence));

/** The speaker's gender as a first-person quotation gives it away ("my husband", "as a mother"). */
const speakerGender = (quotation: string) =>
  oneGender(
    /\b(?:my (?:husband|boyfriend)|as a (?:mother|woman|mom|mum|grandmother))\b/i.test(quotation),
    /\b(?:my (?:wife|girlfriend)|as a (?:father|man|dad|grandfather))\b/i.test(quotation),
  );

// What a sentence says of the person in it, worked out once per sentence (each of its blanks asks again).
const sentenceCues = new Map<string, { cue?: Gender; words?: Gender; nationality?: string }>();
function cuesOf(evidence: string): { cue?: Gender; words?: Gender; nationality?: string } {
  let cues = sentenceCues.get(evidence);
  if (!cues) {
    cues = {
      cue: pronounGender(evidence),
      words: wordGender(evidence),
      nationality: [...evidence.matchAll(/,\s+(?:an?|the)\s+([A-Z][a-z]+)\s+[a-z]/g)]
        .map((match) => DEMONYM_TO_COUNTRY.get(match[1]!.toLowerCase())?.name)
        .find(Boolean),
    };
    if (sentenceCues.size > 5_000) sentenceCues.clear();
    sentenceCues.set(evidence, cues);
  }
  return cues;
}

export function personDistractors(
  facts: Facts,
  answer: string,
  evidence: string,
  seed: string,
  exclude: string[] = [],
  quotation = "",
): DistractorPick {
  const {
    confirmed,
    companyPeople,
    unconfirmed,
    political,
    leadersNear,
    leadersFar,
    international,
    politicians,
    headsOfState,
  } = peopleOf(facts);
  // "In her primary race, ___ said …", "In the women's final, ___ beat …": when the sentence names one
  // gender and the answer is not known to be of the other, people known to be of the other are not
  // offered: the sentence would rule them out.
  const sentenceCues = cuesOf(evidence);
  // A quotation says who speaks by how it speaks: "My husband and I …" is a woman.
  const speaker = quotation ? speakerGender(quotation) : undefined;
  const { nationality } = sentenceCues;
  const cue = speaker ?? sentenceCues.cue;
  const words = speaker ?? sentenceCues.words;
  const answerGender = genderOf(facts, answer);
  const gender = cue && (answerGender === undefined || answerGender === cue) ? cue : undefined;
  // "___, who was seven months pregnant": a word, not a pronoun, so only people known to share it are offered.
  const strict = gender !== undefined && words === gender;
  // "___, an Italian lawmaker": no leader of another country either.
  const fromThere = (name: string) =>
    !nationality || !OFFICE_HOLDER_COUNTRY.has(name) || OFFICE_HOLDER_COUNTRY.get(name) === nationality;
  const keep = (name: string) => {
    const other = genderOf(facts, name);
    return (
      !exclude.includes(name) &&
      fromThere(name) &&
      !(gender && other !== undefined && other !== gender) &&
      !(strict && other !== gender)
    );
  };
  // World leaders stand in only for people in politics (never for a chess player in a story that quotes a
  // prime minister; a quotation in a political story could come from any politician, so "who said it"
  // keeps them), and only the story's own countries' leaders unless it is about world affairs (Vladimir
  // Putin is no stand-in in a story about English schools).
  const answerInPolitics = !evidence || politicians.has(answer);
  const world = () =>
    political && answerInPolitics
      ? inTurn(drawn(leadersNear.filter(keep), seed), international ? drawn(leadersFar.filter(keep), seed) : [])
      : [];
  // Nor the article's heads of state or government for someone outside politics ("China's ___" in a chess
  // story is not Xi Jinping; a defence secretary beside a defence analyst is fair).
  const fromArticle = confirmed.filter((name) => keep(name) && (answerInPolitics || !headsOfState.has(name)));
  return pick(
    answer,
    evidence,
    fromArticle,
    () => inTurn(drawn(companyPeople.filter(keep), seed), world(), unconfirmed.filter(keep)),
    seed,
  );
}

export function placeDistractors(facts: Facts, entity: Entity, evidence: string, seed: string): DistractorPick {
  if (entity.type === "country") {
    const country = COUNTRY_BY_NAME.get(entity.name.toLowerCase());
    const world = () => inTurn(drawn(countriesIn(country?.region), seed), drawn(PROMINENT_NAMES, seed));
    // "reefs from Florida to ___": a country without a coast is no stand-in where the sentence is about the sea.
    if (SEA_WORDS.test(evidence) && country && !country.landlocked) {
      const coastal = (name: string) => !COUNTRY_BY_NAME.get(name.toLowerCase())?.landlocked;
      return pick(
        entity.name,
        evidence,
        namesOfType(facts, "country").filter(coastal),
        () => [...world()].filter(coastal),
        seed,
      );
    }
    return pick(entity.name, evidence, namesOfType(facts, "country"), world, seed);
  }
  if (entity.type === "region") {
    // A continent for a continent, a state for a state.
    const world = WORLD_REGION_NAMES.has(entity.name.toLowerCase());
    const sameScale = namesOfType(facts, "region").filter(
      (name) => WORLD_REGION_NAMES.has(name.toLowerCase()) === world,
    );
    return pick(entity.name, evidence, sameScale, () => drawn(world ? WORLD_REGIONS : US_STATES_LIST, seed), seed);
  }
  // A base for a base: "Camp Pendleton" is not swapped for Mogadishu (Fort Worth is a city, not a base).
  if (/^(?:Camp|Fort)\s/.test(entity.name) && !CITY_COUNTRY.has(entity.name.toLowerCase())) {
    const bases = namesOfType(facts, "city").filter((name) => /^(?:Camp|Fort)\s/.test(name));
    return pick(entity.name, evidence, bases, shuffled(MILITARY_BASES, seed), seed);
  }
  // Capitals of countries readers know (not city-states such as Vatican City), near the answer first.
  const country = CAPITAL_TO_COUNTRY.get(entity.name.toLowerCase());
  const cities = namesOfType(facts, "city").filter((name) => !/^(?:Camp|Fort)\s/.test(name));
  // "appeal … in New Orleans": other cities of the same country first, not Kolkata.
  const home = CITY_COUNTRY.get(entity.name.toLowerCase());
  const anywhere = () => drawn(CITIES_AND_CAPITALS, seed);
  const world = () =>
    country
      ? drawn(capitalsIn(country.region), seed)
      : home
        ? inTurn(drawn(CITIES_BY_COUNTRY[home]!, seed), anywhere())
        : anywhere();
  // "at the Dolby Theatre in Hollywood": Los Angeles, which holds Hollywood, would be right too.
  const around = new Set([
    PLACE_WITHIN[entity.name],
    ...Object.entries(PLACE_WITHIN)
      .filter(([, city]) => city === entity.name)
      .map(([part]) => part),
  ]);
  // Lazily, like the lists it filters: the world's cities are drawn only as far as the pick needs.
  const apart = function* (list: Iterable<string>) {
    for (const name of list) if (!around.has(name)) yield name;
  };
  return pick(
    entity.name,
    evidence,
    cities.filter((name) => !around.has(name)),
    () => apart(world()),
    seed,
  );
}

const SEA_WORDS =
  /\b(?:reefs?|coasts?|coastal|coastline|seas?|ocean|oceans|beach(?:es)?|ports?|naval|navy|fishing|fisheries|islands?|shores?|maritime|tsunami)\b/i;

/** Parts of cities that articles name as places of their own. */
const PLACE_WITHIN: Record<string, string> = {
  Hollywood: "Los Angeles",
  "Beverly Hills": "Los Angeles",
  "Santa Monica": "Los Angeles",
  Manhattan: "New York",
  Brooklyn: "New York",
  Queens: "New York",
  "the Bronx": "New York",
  Westminster: "London",
  Whitehall: "London",
  "Canary Wharf": "London",
  Montmartre: "Paris",
  "La Défense": "Paris",
  Shinjuku: "Tokyo",
  Shibuya: "Tokyo",
  Kowloon: "Hong Kong",
};

const PART_OF = new Map(
  ORGANIZATIONS.filter((organization) => organization.partOf).map(
    (organization) => [organization.name, organization.partOf!] as const,
  ),
);

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

export function organizationDistractors(facts: Facts, entity: Entity, evidence: string, seed: string): DistractorPick {
  // An unknown body ("other") takes other unknown bodies and companies, not the Justice Department or a league.
  // A company of a known trade takes the article's companies of that trade: an airline's are not Boeing.
  const sameKindInArticle = (other: Entity) =>
    (other.kind === entity.kind && (!entity.sector || !other.sector || other.sector === entity.sector)) ||
    (entity.kind === "other" && other.kind === "company");
  const article = [...facts.entities.values()]
    .filter((other) => other.type === "organization" && sameKindInArticle(other))
    .map((other) => other.name);
  const sector = entity.sector;
  const sameKind = ORGANIZATIONS_BY_KIND.get(entity.kind ?? "") ?? [];
  // "the UN nuclear watchdog": the IAEA is part of the UN, so neither is offered beside the other.
  // "Alaska Air Group" and "Alaska Airlines": one group's parent and its airline, both right to a reader.
  const lead = leadWord(entity.name);
  // "Hawaiian, which has lost money …, will become a subsidiary of ___": the sentence names Hawaiian Airlines already.
  const paddedEvidence = ` ${normalizeAnswer(evidence)} `;
  const related = (name: string) => {
    const brand = leadWord(name);
    return (
      name === PART_OF.get(entity.name) ||
      PART_OF.get(name) === entity.name ||
      (brand !== undefined && (brand === lead || paddedEvidence.includes(` ${brand} `)))
    );
  };
  const names = (list: readonly Organization[]) =>
    drawn(
      list.filter((organization) => !related(organization.name)).map((organization) => organization.name),
      seed,
    );
  const fromArticle = article.filter((name) => !related(name));
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
  // Same trade first; other companies only if the trade runs short. A government body's country is no
  // trade: the NHS takes British bodies or none, never the Kremlin or FEMA.
  const sameSector = () => names(sameKind.filter((organization) => organization.sector === sector));
  const world = () =>
    !sector
      ? names(sameKind)
      : entity.kind === "government"
        ? sameSector()
        : inTurn(sameSector(), names(sameKind.filter((organization) => organization.sector !== sector)));
  return pick(entity.name, evidence, fromArticle, world, seed);
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Dates in the same form as the answer: a year for a year, a month for a month, a weekday for a weekday. */
export function dateDistractors(text: string, evidence: string, seed: string): DistractorPick {
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const value = Number(year[1]);
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-1, 1, -2, 2, -4, 3].map((delta) => String(value + delta)),
        seed,
      ),
      seed,
    );
  }
  const weekday = WEEKDAY_NAMES.find((day) => day.toLowerCase() === text.toLowerCase());
  if (weekday) return pick(text, evidence, [], shuffled(WEEKDAY_NAMES, seed), seed);
  const quarter = /^Q([1-4])(\s+\d{4})?$/.exec(text);
  if (quarter)
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [1, 2, 3, 4].map((q) => `Q${q}${quarter[2] ?? ""}`),
        seed,
      ),
      seed,
    );
  const ordinalQuarter = /^(first|second|third|fourth)(\s+quarter.*)$/i.exec(text);
  if (ordinalQuarter)
    return pick(
      text,
      evidence,
      [],
      shuffled(
        ["first", "second", "third", "fourth"].map((q) => `${q}${ordinalQuarter[2]}`),
        seed,
      ),
      seed,
    );
  const monthYear =
    /^(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{4})?$/i.exec(text);
  if (monthYear) {
    const index = MONTH_NAMES.findIndex((month) => month.toLowerCase() === monthYear[1]!.toLowerCase());
    const near = [-1, 1, -2, 2, 3, -3].map((delta) => MONTH_NAMES[(index + delta + 12) % 12]! + (monthYear[2] ?? ""));
    return pick(text, evidence, [], shuffled(near, seed), seed);
  }
  return { options: [], fromArticle: 0 };
}

/** Numbers with the same unit and rounding: "68 percent" → "58 percent", "78 percent"… */
export function quantityDistractors(text: string, evidence: string, seed: string): DistractorPick {
  const match = /^(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(.*)$/.exec(text.trim());
  if (!match) return { options: [], fromArticle: 0 };
  const [, currency = "", digits, unit] = match;
  const value = Number(digits!.replace(/,/g, ""));
  const decimals = digits!.includes(".") ? digits!.split(".")[1]!.length : 0;
  const grouped = digits!.includes(",");
  const render = (n: number) => {
    // "$1,000 million" reads as "$1 billion", "1,240 million tickets" as "1.24 billion".
    if (/^\s*million\b/.test(unit!) && n >= 1000 && Number.isInteger(n / 10))
      return `${currency}${Number((n / 1000).toFixed(2))}${unit!.replace("million", "billion")}`;
    const fixed = n.toFixed(decimals);
    // Thousands separators by hand: Intl's toLocaleString was the slowest step of a blank on a number.
    // "$2,997" beside "$999": four digits or more take separators even when the answer had none.
    const group = grouped || (/^\d{4,}/.test(fixed) && !/^\d{4,}/.test(digits!));
    return `${currency}${group ? fixed.replace(/^\d+/, (whole) => whole.replace(/\B(?=(?:\d{3})+$)/g, ",")) : fixed}${unit}`;
  };
  const isPercent = /percent|%/.test(unit!);
  // "version 1.9" takes nearby versions; "up to 4 streams" nearby counts (halving 4 gives 2, doubling 8).
  if (/\bversion\s+$|\bv$/i.test(evidence.slice(0, evidence.indexOf(text))) && decimals > 0) {
    const step = 10 ** -decimals;
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-2, -1, 1, 2, 10 ** decimals].map((delta) => render(value + delta * step)),
        seed,
      ),
      seed,
    );
  }
  // "A magnitude 7.5 earthquake": other magnitudes near it, never past 9.9.
  if (/\bmagnitude(?:-|\s+)$/i.test(evidence.slice(0, evidence.indexOf(text)))) {
    const near = [-1, -0.5, 0.5, 1, -0.3, 0.3]
      .map((delta) => Math.round((value + delta) * 10) / 10)
      .filter((n) => n > 0 && n < 10);
    return pick(
      text,
      evidence,
      [],
      shuffled(
        near.map((n) => n.toFixed(Math.max(1, decimals))),
        seed,
      ),
      seed,
    );
  }
  // "retired before age 55", "Gauff, 21, became …", "who was 22 when he won": other ages a few years either
  // side, not 14 or 110.
  const before = evidence.slice(0, evidence.indexOf(text));
  const after = evidence.slice(evidence.indexOf(text) + text.length);
  const apposedAge = /\b[A-Z][\p{L}'’-]+,\s$/u.test(before) && after.startsWith(",") && value >= 12 && value <= 110;
  const ageWhen =
    /\b(?:was|is|were|aged)\s+$/i.test(before) &&
    /^\s+(?:when|at the time|years? old)\b/i.test(after) &&
    value >= 5 &&
    value <= 110;
  // "the 75-year-old king" too.
  const yearsOld = /^-year-old\b/.test(after) && value >= 5 && value <= 110;
  // "people older than 65", "children under 5 years old": an age limit.
  const ageLimit =
    /\b(?:people|those|adults|children|anyone|patients|women|men|residents)\s+(?:older|younger)\s+than\s+$|\b(?:over|under)\s+(?:the\s+age\s+of\s+)?$/i.test(
      before,
    ) &&
    /^\s*(?:years?\b|and\b|or\b|[,.;)]|$)/i.test(after) &&
    value >= 5 &&
    value <= 110;
  if ((/\bage[sd]?\s+(?:of\s+)?$/i.test(before) || apposedAge || ageWhen || yearsOld || ageLimit) && decimals === 0) {
    return pick(
      text,
      evidence,
      [],
      shuffled(
        [-10, -5, 5, 10, -3, 3]
          .map((delta) => value + delta)
          .filter((n) => n > 0)
          .map(render),
        seed,
      ),
      seed,
    );
  }
  if (decimals === 0 && value > 0 && value < 10) {
    const near = [value + 1, value + 2, value * 2, value - 1, value + 3, value * 3].filter(
      (n) => n > 0 && (!isPercent || n <= 100),
    );
    return pick(text, evidence, [], shuffled([...new Set(near)].map(render), seed), seed);
  }
  // "22.2 degrees Celsius": a temperature's stand-ins are a few degrees either side, not twice it.
  if (/^\s*degrees?\b/i.test(unit!) || /^\s*degrees?\b/i.test(evidence.slice(evidence.indexOf(text) + text.length))) {
    const step = decimals > 0 ? 1.5 : 3;
    // The same sign as the answer: "1.3 degrees above" never becomes "-1.7 degrees above".
    const near = [-2, -1, 1, 2]
      .map((delta) => value + delta * step)
      .filter((n) => n > 0 && n < 60)
      .map(render);
    return pick(text, evidence, [], shuffled(near, seed), seed);
  }
  // "a cut to 4.25%", "inflation rose to 3.4%": a rate's stand-ins are nearby rates, in quarter points where it is one.
  if (isPercent && decimals > 0 && value < 20) {
    const quarter = Number.isInteger(value * 4);
    // "rose 3.37% from the previous month": stand-ins 0.2 points apart, not 3.35% beside 3.37% (a share
    // under one point, "0.04 percent", keeps its own small steps).
    const step = quarter ? (decimals === 1 ? 0.5 : 0.25) : value < 1 ? 2 * 10 ** -decimals : 0.2;
    const near = [-1, 1, 2, -2]
      .map((delta) => Math.round((value + delta * step) * 10 ** decimals) / 10 ** decimals)
      .filter((n) => n > 0);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  // "reduced to 60% of their salaries", "won 54.3% of the vote": a share past half takes nearby shares;
  // doubling it would pass 100%.
  if (isPercent && value >= 50 && value < 100) {
    const near = [-20, -10, 10, 20, -30, 30].map((delta) => value + delta).filter((n) => n > 0 && n < 100);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  // "averaging 25.7 points a game", "373.50 pounds": a measured figure takes others near it, not 77.1 or 6.4.
  if (decimals > 0 && !isPercent && value >= 1 && value < 1000) {
    const near = [0.8, 1.15, 0.9, 1.3, 0.7].map((factor) => value * factor);
    return pick(text, evidence, [], shuffled(near.map(render), seed), seed);
  }
  const factors = value === 0 ? [1, 2, 3] : isPercent && value < 50 ? [0.5, 1.5, 2, 0.75] : [0.5, 1.5, 2, 3, 0.25];
  // Same roundness as the answer: 185,000 gives 46,000 and 370,000, not 46,250.
  const trailingZeros = decimals === 0 && value >= 10 ? (/0+$/.exec(String(value))?.[0].length ?? 0) : 0;
  const step = 10 ** trailingZeros;
  const candidates = factors
    .map((factor) => (value === 0 ? factor : value * factor))
    .map((n) => (decimals === 0 ? Math.max(step, Math.round(n / step) * step) : n))
    .filter((n) => !isPercent || n <= 100)
    .map(render);
  return pick(text, evidence, [], shuffled(candidates, seed), seed);
}

/** "Cisco" in "Cisco Chief Executive": an organisation the article names. */
function isEmployer(facts: Facts, word: string): boolean {
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
function companyJobOf(facts: Facts, role: string): { company: string; job: string } | undefined {
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
function isCorporateRole(facts: Facts, role: string): boolean {
  return (
    !!companyJobOf(facts, role) ||
    /\bco-|\b(?:executive|association|company|corporation|inc|group|club|foundation|institute|university|college|bank|firm|board|society|union|district|league|federation)\b/i.test(
      role,
    )
  );
}

/** An office of state ("Foreign Minister", "California Governor"). */
function isPoliticalRole(facts: Facts, role: string): boolean {
  return (
    !isCorporateRole(facts, role) &&
    /president|minister|secretary|chancellor|governor|senator|ambassador|diplomat|envoy|premier|spokes/i.test(role)
  );
}

/** Other offices in the same style: "Foreign Minister" → "Defence Minister", "Prime Minister"… */
export function roleDistractors(facts: Facts, person: string, role: string, seed: string): DistractorPick {
  const own = new Set(
    facts.roles.filter((candidate) => candidate.person === person).map((candidate) => normalizeAnswer(candidate.role)),
  );
  // What the person also is in the world (Wang Yi is a foreign minister) and synonyms of their role.
  const office = OFFICE_HOLDERS.find((holder) => holder.name === person)?.office;
  if (office) own.add(normalizeAnswer(office));
  for (const group of EQUIVALENT_ROLES) {
    if ([...own].some((title) => group.some((synonym) => title.endsWith(synonym))))
      for (const synonym of group) own.add(synonym);
  }
  // "U.S. Judge" for a "U.S. District Judge": a stand-in made of the answer's own words is the same office, less precisely.
  const roleWords = new Set(normalizeAnswer(role).split(" "));
  const isOwn = (title: string) =>
    normalizeAnswer(title)
      .split(" ")
      .every((word) => roleWords.has(word)) ||
    [...own].some(
      (mine) =>
        normalizeAnswer(title) === mine ||
        normalizeAnswer(title).endsWith(` ${mine}`) ||
        (mine.length > 4 && normalizeAnswer(title).endsWith(mine)),
    );
  // Abbreviated titles ("Sen.", "Rep.") are forms of address, not positions to choose between.
  const article = facts.roles
    .filter((candidate) => candidate.person !== person && !isOwn(candidate.role) && !/\.$/.test(candidate.role))
    .map((candidate) => candidate.role);
  // "Russian Foreign Minister" and "Cisco Chief Executive" keep their first word on the stand-ins; "Prime
  // Minister" and "Culture Minister" are one title each.
  const lead = /^([A-Z][\w.-]*\s+)(?=[A-Z])/.exec(role)?.[1] ?? "";
  const lowercase = role === role.toLowerCase();
  // "Ohio Governor": the same office in other states ("Pennsylvania Governor"), the article's first.
  if (lead && US_STATES.has(lead.trim().toLowerCase()) && !lowercase) {
    const office = role.slice(lead.length);
    const states = [
      ...new Set(
        [...facts.entities.values()]
          .filter((entity) => entity.type === "region" && US_STATES.has(entity.name.toLowerCase()))
          .map((entity) => entity.name),
      ),
    ];
    const others = (list: Iterable<string>) =>
      [...list].filter((state) => state !== lead.trim()).map((state) => `${state} ${office}`);
    return pick(role, "", others(states), () => others(drawn(US_STATES_LIST, seed)), seed);
  }
  const nationalityWord = (word: string) =>
    DEMONYM_TO_COUNTRY.has(word.toLowerCase()) ||
    COUNTRY_BY_NAME.has(word.toLowerCase()) ||
    /^(?:US|U\.S\.|UK|U\.K\.|EU)$/.test(word);
  // "U.S. District Judge": a nationality in front is no employer, even where it opens a body's name ("U.S. Circuit Court").
  const leadIsEmployer = !TITLES.includes(role) && !nationalityWord(lead.trim()) && isEmployer(facts, lead.trim());
  const prefix = TITLES.includes(role) ? "" : nationalityWord(lead.trim()) || leadIsEmployer ? lead : "";
  // Offices of state are stand-ins only for an office of state; a farmer gets the article's other roles or nothing.
  // "executive vice president", "president of the Home Builders Association": a job in a company or club, not an office of state.
  const atCompany = companyJobOf(facts, role);
  const political = isPoliticalRole(facts, role);
  // US-style "Navy Secretary" takes other secretaries; a prefix only fits ministers ("Russian Foreign Minister").
  const secretary = /\bSecretary$/.test(role) && !lowercase;
  const generic = !political
    ? []
    : secretary
      ? [
          "Defense Secretary",
          "Navy Secretary",
          "Army Secretary",
          "Air Force Secretary",
          "Treasury Secretary",
          "Energy Secretary",
          "Homeland Security Secretary",
        ]
      : (lowercase
          ? ["top diplomat", "spokesman", "envoy", "chief negotiator", "defence chief", "finance chief"]
          : [
              "President",
              "Prime Minister",
              "Foreign Minister",
              "Defence Minister",
              "Finance Minister",
              "Vice President",
              "Ambassador",
            ]
        ).map((title) => `${prefix}${title}`);
  // Jobs outside government take other jobs of the same field, written in the answer's case.
  // "its director Sean Baker" in a story about a film: the film's trades, not a company's.
  const filmStory =
    /^director$/i.test(role) &&
    facts.sentences.some((sentence) => /\b(?:film|movie|Oscars?|box office)\b/i.test(sentence.text));
  const job = atCompany?.job ?? role;
  const field = political
    ? undefined
    : PROFESSIONAL_ROLES.find((group) => group.field.test(filmStory ? "film director" : job));
  // "Cisco Chief Executive", "Nippon Paint co-president": the employer in front goes on every stand-in, or
  // the answer stands out.
  const employer = atCompany?.company ?? (leadIsEmployer ? lead : "");
  // "Stanford University dean", not "Stanford University university dean".
  const employerLast = employer.trim().split(/\s+/).at(-1)?.toLowerCase();
  const professional = (field?.titles ?? [])
    .map((title) =>
      employerLast && title.toLowerCase().startsWith(`${employerLast} `) ? title.slice(employerLast.length + 1) : title,
    )
    .map(
      (title) =>
        employer +
        (/^[a-z]/.test(job)
          ? title.toLowerCase()
          : title.replace(/\b[a-z](?=[a-z]{3})/g, (letter) => letter.toUpperCase())),
    );
  // A professor is offered the article's other academic posts, not the governor's office or the union's
  // presidency it names; a president no company's chairmanship.
  const sameSphere = article.filter((title) =>
    political ? !isCorporateRole(facts, title) : !isPoliticalRole(facts, title) && (!field || field.field.test(title)),
  );
  return pick(
    role,
    "",
    sameSphere,
    shuffled(
      [...generic, ...professional].filter((title) => !isOwn(title)),
      seed,
    ),
    seed,
  );
}
