import { COMPANY_PEOPLE, OFFICE_HOLDERS, type OfficeHolder } from "../data/people.data";
import type { Facts, Gender } from "../facts";
import { COUNTRY_BY_NAME, DEMONYM_TO_COUNTRY, knownGender } from "../gazetteer";
import { drawn, inTurn } from "../shared/random";
import { athleteOfTheTime, athleteStandIns } from "./athletes";
import { companyJobOf } from "./jobs";
import { onlyAsMedium } from "./platforms";
import { pick, type DistractorPick } from "./pick";

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
  /**
   * The people the article gives a political office, and those it gives a head of state's or government's. The
   * gazetteer's office holders are politicians too, and its heads are heads (OFFICE_HOLDER_NAMES, HEADS_OF_STATE):
   * the same for every article, so looked up there rather than copied into each article's sets.
   */
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
  // (Not a platform the story names only as where someone posted: Twitter's founders are no stand-ins for a sheriff.)
  const companies = [...facts.entities.values()].filter(
    (entity) => entity.type === "organization" && entity.kind === "company" && !onlyAsMedium(facts, entity.name),
  );
  // Office holders only from the article's time: no 2025 ministers in a 2017 story.
  const officeHolders = OFFICE_HOLDERS.filter((holder) => inOffice(holder, facts.publishedAt));
  const aboutCountries = storyCountries(facts);
  // "co-president", "Nippon Paint co-president": a job in a company, however its title reads.
  const companyRole = (role: string) => /\bco-/.test(role) || !!companyJobOf(facts, role);
  const named = new Set([
    ...aboutCountries,
    ...[...facts.entities.values()].filter((entity) => entity.type === "organization").map((entity) => entity.name),
  ]);
  const storyRegions = new Set([...aboutCountries].map(regionOf));
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
    leadersNear: officeHolders.filter((holder) => named.has(holder.country)).map((holder) => holder.name),
    // Other countries' leaders from the story's own parts of the world: Lavrov and Erdogan are no stand-ins for an
    // Indian diplomat in a story about India, Pakistan and Bhutan.
    leadersFar: officeHolders
      .filter((holder) => !named.has(holder.country) && storyRegions.has(regionOf(holder.country)))
      .map((holder) => holder.name),
    politicians: new Set(
      facts.roles
        .filter((role) => POLITICAL_ROLE.test(role.role) && !companyRole(role.role))
        .map((role) => role.person),
    ),
    headsOfState: new Set(
      facts.roles
        .filter(
          (role) =>
            /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen)$/i.test(role.role) &&
            !/vice/i.test(role.role),
        )
        .map((role) => role.person),
    ),
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

const regionOf = (country: string) => COUNTRY_BY_NAME.get(country.toLowerCase())?.subregion ?? country;

const WORK_ABOUT =
  /\b(?:novel|book|film|movie|biography|play|memoir|documentary|opera|series|portrait)\s+(?:about|of|on)\s+$/i;
const subjectsByFacts = new WeakMap<Facts, Set<string>>();

/** People the article names as what a book, film or play is about ("a historical novel about Thomas Cromwell"). */
function subjectsOfWorks(facts: Facts): Set<string> {
  let subjects = subjectsByFacts.get(facts);
  if (!subjects) {
    const text = facts.parsed.text;
    subjects = new Set(
      facts.mentions
        .filter(
          (mention) =>
            mention.type === "person" && WORK_ABOUT.test(text.slice(Math.max(0, mention.start - 40), mention.start)),
        )
        .map((mention) => mention.entity),
    );
    subjectsByFacts.set(facts, subjects);
  }
  return subjects;
}

/** Whether a gazetteer office holder belongs to a story published on `publishedAt` (any, when it is unknown). */
export function inOffice(holder: OfficeHolder, publishedAt: string | null | undefined): boolean {
  return !publishedAt || holder.since <= publishedAt;
}

const OFFICE_HOLDER_NAMES = new Set(OFFICE_HOLDERS.map((holder) => holder.name));
const HEADS_OF_STATE = new Set(
  OFFICE_HOLDERS.filter((holder) =>
    /^(?:President|Prime Minister|Premier|Chancellor|King|Queen)$/.test(holder.office),
  ).map((holder) => holder.name),
);
const POLITICAL_ROLE = new RegExp(
  "president|minister|secretary|chancellor|senator|governor|diplomat|ambassador|commissioner|lawmaker|" +
    "congressman|congresswoman|mayor|premier|leader|spokes",
  "i",
);
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
  const site: KeepSite = {
    facts,
    answer,
    evidence,
    exclude,
    nationality,
    gender,
    strict,
    // "a novel about Thomas Cromwell": the subject of a work is of another sphere than the people who made it or
    // judged it; neither stands in for the other.
    subjects: subjectsOfWorks(facts),
  };
  // World leaders stand in only for people in politics (never for a chess player in a story that quotes a
  // prime minister; a quotation in a political story could come from any politician, so "who said it"
  // keeps them), and only the story's own countries' leaders unless it is about world affairs (Vladimir
  // Putin is no stand-in in a story about English schools).
  const answerInPolitics = !evidence || OFFICE_HOLDER_NAMES.has(answer) || politicians.has(answer);
  // Nor the article's heads of state or government for someone outside politics ("China's ___" in a chess
  // story is not Xi Jinping; a defence secretary beside a defence analyst is fair).
  const fromArticle = confirmed.filter(
    (name) => keeps(site, name) && (answerInPolitics || !(HEADS_OF_STATE.has(name) || headsOfState.has(name))),
  );
  return pick(
    answer,
    evidence,
    fromArticle,
    () =>
      inTurn(
        answerInPolitics ? [] : kept(site, athleteStandIns(facts, answer, evidence, gender ?? answerGender, seed)),
        drawn(keptOf(site, companyPeople), seed),
        political && answerInPolitics
          ? inTurn(drawn(keptOf(site, leadersNear), seed), international ? drawn(keptOf(site, leadersFar), seed) : [])
          : [],
        keptOf(site, unconfirmed),
      ),
    seed,
  );
}

// A head of state's or government's office, and an office below it that a title before a name can name.
const HEAD_OFFICE = /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen)$/i;
const DEPUTY = /\b(?:vice|deputy)\b/i;
const OFFICE_BEFORE_NAME = new RegExp(
  String.raw`\b((?:[A-Z][\w.]*\s+){0,2}(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary))\s+$`,
);

/**
 * "Interior Minister _____", "President _____": the office written before a blanked name, if any. Whom it rules
 * out, officeMisfits says.
 */
export function officeBeforeName(textBefore: string): string | undefined {
  return OFFICE_BEFORE_NAME.exec(textBefore)?.[1];
}

/**
 * People who cannot hold `office` as the article and the gazetteer know them: for a head of state's or
 * government's office, everyone given only a lower office; for a lower office, everyone given a head's. (The
 * judges of round 7: Singh and Gilani, both prime ministers, are no stand-ins for "Interior Minister _____";
 * Lavrov and Kuleba no stand-ins for "President _____".)
 */
export function officeMisfits(facts: Facts, office: string): string[] {
  const head = isHead(office);
  // Only whether the office is a head's matters: the two lists are worked out once per article (each went over
  // every gazetteer office holder, for every blanked name after an office).
  let lists = misfitsByFacts.get(facts);
  if (!lists) misfitsByFacts.set(facts, (lists = new Map()));
  let misfits = lists.get(head);
  if (!misfits) {
    const officesOf = new Map<string, string[]>();
    for (const role of facts.roles) officesOf.set(role.person, [...(officesOf.get(role.person) ?? []), role.role]);
    for (const holder of OFFICE_HOLDERS)
      officesOf.set(holder.name, [...(officesOf.get(holder.name) ?? []), holder.office]);
    misfits = [...officesOf]
      .filter(([, offices]) => (head ? !offices.some(isHead) : offices.some(isHead)))
      .map(([name]) => name);
    lists.set(head, misfits);
  }
  return misfits;
}

const isHead = (title: string) => HEAD_OFFICE.test(title) && !DEPUTY.test(title);
// Read only by its callers (a list of names to leave out), so one list serves every blank of the article.
const misfitsByFacts = new WeakMap<Facts, Map<boolean, string[]>>();

/** What a stand-in for one person is checked against. */
interface KeepSite {
  facts: Facts;
  answer: string;
  evidence: string;
  exclude: string[];
  nationality: string | undefined;
  gender: Gender | undefined;
  strict: boolean;
  subjects: Set<string>;
}

// Module-level, not closures made per question: personDistractors runs for every person blank and quotation.
function keeps(site: KeepSite, name: string): boolean {
  const { facts, answer, evidence, exclude, nationality, gender, strict, subjects } = site;
  const other = genderOf(facts, name);
  return (
    !exclude.includes(name) &&
    athleteOfTheTime(facts, name, evidence) &&
    subjects.has(name) === subjects.has(answer) &&
    // "___, an Italian lawmaker": no leader of another country either.
    (!nationality || !OFFICE_HOLDER_COUNTRY.has(name) || OFFICE_HOLDER_COUNTRY.get(name) === nationality) &&
    !(gender && other !== undefined && other !== gender) &&
    !(strict && other !== gender)
  );
}

function keptOf(site: KeepSite, names: string[]): string[] {
  return names.filter((name) => keeps(site, name));
}

function* kept(site: KeepSite, names: Iterable<string>): Generator<string> {
  for (const name of names) if (keeps(site, name)) yield name;
}
