import { parseText, tokenAfter, type ParsedText, type Sentence, type Token } from "./parse";
import { normalizeAnswer } from "./shared/normalize";
import { shortName } from "./shared/names";
import { HISTORIC_STATES as HISTORIC_STATE_NAMES } from "./data/countries.data";
import { NAMED_LIKE_PEOPLE as NAMED_LIKE_PEOPLE_NAMES } from "./data/places.data";
import { KIND_HEADS, SECTOR_HEADS } from "./data/organization-words.data";
import { TITLES } from "./data/titles.data";
import { type OrganizationKind } from "./data/organizations.data";
import {
  CAPITAL_TO_COUNTRY,
  CITY_COUNTRY,
  COUNTRY_BY_NAME,
  FOOTBALL_STORY,
  DEMONYM_TO_COUNTRY,
  ORGANIZATION_BY_NAME,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAME_PREFIXES,
  US_STATES,
  WORLD_REGION_NAMES,
  CITY_NAMES,
} from "./gazetteer";

const HISTORIC_STATES = new Set(HISTORIC_STATE_NAMES);
const NAMED_LIKE_PEOPLE = new Set(NAMED_LIKE_PEOPLE_NAMES);
import { resolveDate, type ResolvedDate } from "./parse";

/**
 * Facts of an article, each tied to the exact span of text it comes from: entities (people,
 * organisations, places, dates, quantities), roles from appositions ("Foreign Minister Sergei
 * Lavrov"), quotations with their speaker, with light coreference ("Wang" and "he" → Wang Yi).
 */
/** "term": a name the article introduces that is none of the others ("operation twist", "FlexView"). */
export type EntityType =
  "person" | "organization" | "country" | "city" | "region" | "event" | "date" | "quantity" | "term";

/** Countries, cities and regions: the kinds of entity a "where" question asks for. */
export const isPlace = (type: EntityType | undefined): boolean =>
  type === "country" || type === "city" || type === "region";

export interface Mention {
  /** The canonical entity this mention refers to ("Wang Yi" for a later "Wang"). */
  entity: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** A surname alone that two people in the article share ("Assange" beside Julian and Stella Assange). */
  shared?: boolean;
}

export interface Entity {
  name: string;
  type: EntityType;
  mentions: number;
  firstSentence: number;
  /** For organisations: the gazetteer's kind (news agency, central bank…). */
  kind?: string;
  /** For companies: their trade, from the gazetteer or the name's head word ("CRT Capital" → finance). */
  sector?: string;
  /** For dates: the resolved calendar date. */
  date?: ResolvedDate;
}

export interface Role {
  person: string;
  role: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Quote {
  speaker: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Facts {
  parsed: ParsedText;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  roles: Role[];
  quotes: Quote[];
  /** The one-word form the article itself uses for a person ("Wang" for Wang Yi). */
  shortNames: Map<string, string>;
  /** People the article writes about as "she" or "he". */
  genders: Map<string, Gender>;
}

// "Biden-backed", "Trump-era": words that follow a hyphen after a name without being part of it.
const HYPHEN_WORDS = /^(?:led|backed|based|era|style|owned|born|made|run|linked|like|type|free|wide|only|aged|old)$/;
// The small words inside names ("Luis de la Fuente", "Mohammed bin Salman"); "of" joins the words of bodies' names too.
const NAME_PARTICLES = new Set([
  "de",
  "von",
  "van",
  "der",
  "den",
  "da",
  "du",
  "la",
  "le",
  "los",
  "las",
  "del",
  "bin",
  "al",
]);
const CONNECTORS = new Set(["of", ...NAME_PARTICLES]);
// A capitalised run with one of these is a named thing or event, not a person ("World War II").
const THING_WORDS = new Set(
  "republic kingdom federation emirates islamic democratic people's trophy keys isle isles bay gulf coast horizon administration dolphins commentary war day cup games olympics summit treaty act bill plan accord agreement deal conference festival awards prize election elections week month year season series championship league tournament street avenue road square river sea ocean island islands mountains valley state states province region airport station hospital school college stadium bridge tower house palace center centre feed times post show app studies affairs relations sciences research central slam open prix hurricane storm typhoon cyclone wildfire fire earthquake".split(
    " ",
  ),
);
const NOT_NAMES = new Set(
  "The A An But And Or If In On At As For From By Via Source Related Republican Republicans Democrat Democrats Democratic Conservative Conservatives Labour Liberal Liberals With After Before During Since While When Where What Who Why How This That These Those It Its He She They We I You His Her Their Our My Your Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Also However Meanwhile Still Yet Then There Here Now Today Yesterday".split(
    " ",
  ),
);
// Plural nouns that open a sentence as "… of <name>" without being part of the name.
const PEOPLE_OR_PARTS_OF = new Set(
  "Shares Stocks Members Residents Citizens Supporters Opponents Critics Fans Workers Employees Officials Leaders Voters Students Relatives Victims Families Investors Shareholders Owners Executives Representatives Delegates Thousands Hundreds Millions Dozens Tens Parts Most Many Some All None Half Much Each Both Neither One Two Three".split(
    " ",
  ),
);
const TITLE_WORDS = new Set(TITLES.flatMap((title) => title.split(" ")).map((word) => word.toLowerCase()));
const sortedTitles = [...TITLES].sort((a, b) => b.length - a.length);
// "US President Donald Trump": an optional qualifier, the longest title that fits, then the name.
// "Spanish Egyptologist Jose Manuel Galan": a field of study named after a place is written capitalised.
const TITLE_PREFIX = new RegExp(
  `^((?:[A-Z][\\w.-]*\\s+)?(?:${sortedTitles.map((title) => title.replace(/[.]/g, "\\.")).join("|")}|[A-Z][a-z]+ologist))\\s+`,
);

const isCapitalized = (token: Token) => /^[A-Z][\p{L}'’.-]*$/u.test(token.text) || /^[A-Z]{2,}$/.test(token.text);

// The same names are classified again and again (every run, its prefixes, each article): remember them.
const classified = new Map<string, { type: EntityType; kind?: string } | undefined>();

function classify(name: string): { type: EntityType; kind?: string } | undefined {
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

/** "Iron Man 2", "Windows 7", "No. 26": a small number right after a capitalised word names something; it counts nothing. */
function partOfName(text: string, start: number, number: string): boolean {
  // "SB 1047", "Flight 370", "Route 66": a bill, flight or road is named by its number, not counted by it.
  if (
    /^\d+$/.test(number) &&
    /(?:\b[A-Z]{1,4}|\b(?:Flight|Route|Highway|Interstate|Proposition|Resolution|Bill|Article|Section|Chapter))\s$/.test(
      text.slice(Math.max(0, start - 14), start),
    )
  )
    return true;
  // "its satellite tag number 234684": a long number that names a thing ("the number 18 shirt" is asked).
  if (
    /^\d{4,}$/.test(number) &&
    /\b(?:number|no\.|code|ID|serial|registration)\s$/i.test(text.slice(Math.max(0, start - 14), start))
  )
    return true;
  if (!/^\d{1,2}$/.test(number)) return false;
  // "On Sept. 15": the day of a date, not a count.
  if (
    /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s$/.test(
      text.slice(Math.max(0, start - 12), start),
    )
  )
    return true;
  return /(?:\b[A-Z][\w'-]*|No\.)\s$/.test(text.slice(Math.max(0, start - 30), start));
}

const OFFICE_OF_DEPARTMENT =
  /^((?:(?:Senior|Deputy|Executive|Associate|Assistant)\s+)?(?:Director|Head|Manager|Chief|Vice President|President|Editor|Chair|Chairman|Secretary)\s+(?:of|for)\s+(?:[A-Z][\w&-]*\s+(?:and\s+)?){1,4})([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)$/;

// The apposition ends on the noun: "the company's chief financial officer" describes a person.
// Nouns that say a name is an organisation's, before it ("the security firm Hudson Rock") or in an apposition
// after it ("General Catalyst, a U.S. venture capital firm,"); each place adds a few of its own.
const ORGANIZATION_NOUNS =
  "firm|company|group|agency|startup|start-up|maker|bank|label|studio|network|retailer|airline|carrier|insurer|lender|publisher|broadcaster|newspaper|charity|platform|railway|railroad|operator|utility|regulator|watchdog|automaker|carmaker|chipmaker|manufacturer|supplier";
const ORGANIZATION_APPOSITION = new RegExp(
  `^['’]?,\\s+(?:a|an|the)\\s+(?:[\\w.&'’-]+\\s+){0,4}?(?:${ORGANIZATION_NOUNS}|fund|investor|brand|organi[sz]ation|nonprofit|think tank)\\s*[,.;]`,
);
const ORGANIZATION_NOUN_BEFORE = new RegExp(`\\b(?:${ORGANIZATION_NOUNS}|club|chain|website|distributor)\\s+$`);

const FOREIGN_ORGANIZATION_WORDS =
  /^(?:Deutsche|Société|Societe|Banco|Banque|Groupe|Grupo|Compagnie|Compañía|Aktiengesellschaft)$/;
// "The GDL union", "the Verdi union": a name before one of these is the body's name.
const ORGANIZATION_NOUN_AFTER = /^\s+(?:union|party|group|alliance|coalition|movement|militia)\b/;

const CALENDAR_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const QUARTER = /\b(?:Q[1-4](?:\s+\d{4})?|(?:first|second|third|fourth)\s+quarter(?:\s+of\s+\d{4})?)\b/g;

// Units written against the number ("1TB", "5GHz", "30mph"): the quantity is the number and its unit.
const GLUED_UNIT = /^(?:TB|GB|MB|KB|GHz|MHz|mAh|mm|cm|km|kg|mph|kph|kW|MW|GW|Mbps|Gbps|fps|[KMBk])\b/;

// "about 1,200 homes", "more than 300": a hedge the tagger takes into the number.
const APPROXIMATELY =
  /^(?:about|around|nearly|almost|roughly|approximately|some|more than|over|at least|up to|fewer than|less than|under)\s+(?=[$€£¥]?\d)/i;

/**
 * The quantity's span with a unit written against the number; undefined when the number is part of
 * a longer token that is not a quantity ("16x9", "3D-ish", "4K" counts as a unit only where listed).
 */
function withUnit(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = text.slice(end, end + 8);
  const unit = GLUED_UNIT.exec(after);
  if (unit) return { start, end: end + unit[0].length };
  if (/^[\p{L}\d]/u.test(after) || /^x\d/.test(after)) return undefined;
  if (/[\p{L}]$/u.test(text.slice(Math.max(0, start - 1), start))) return undefined;
  return { start, end };
}

// The head of a job title after a name: "Ian Lyngen, senior Treasury strategist at CRT Capital".
const JOB_HEAD =
  "strategist|scientist|analyst|economist|director|officer|executive|chairman|chairwoman|founder|co-founder|editor|journalist|reporter|correspondent|author|co-author|manager|spokesman|spokeswoman|spokesperson|lawyer|attorney|researcher|professor|coach|CEO|CFO|CTO|COO|adviser|advisor|consultant|engineer|commissioner|trader|president|head of [a-z]+";
const TRAILING_ROLE = new RegExp(
  `^,\\s+(?:a\\s+|the\\s+)?(?:[a-z]+['’]s\\s+)?((?:[\\w&.'’-]+\\s+){0,4}?(?:${JOB_HEAD}))(?=\\s+(?:at|of|for|with|and)\\b|\\s*[,.;])`,
);
// "…, who is director": a clause about the person, not a title.
const NOT_IN_TITLE = /\b(?:who|which|that|is|was|has|had|said|says|told|the|a|an|his|her|their)\b/;

/**
 * Job titles written after the name: "Ian Lyngen, senior Treasury strategist at CRT Capital",
 * "Adam Kramer, Facebook data scientist and co-author of the study". A leading organisation name
 * is the employer, not the job ("Facebook data scientist" → "data scientist").
 */
function trailingRoles(text: string, mentions: Mention[], known: Role[]): Role[] {
  const roles: Role[] = [];
  for (const mention of mentions) {
    if (mention.type !== "person" || !mention.text.includes(" ")) continue;
    const match = TRAILING_ROLE.exec(text.slice(mention.end, mention.end + 90));
    if (!match) continue;
    let role = match[1]!.trim();
    if (NOT_IN_TITLE.test(role)) continue;
    // "Facebook data scientist", "Nvidia's chief financial officer": the employer is not part of the job.
    const employer = /^([A-Z][\w&.-]*?)(?:['’]s)?\s+(?=[a-z])/.exec(role);
    if (employer && mentions.some((other) => other.type === "organization" && other.text === employer[1]))
      role = role.slice(employer[0].length);
    // "Blake Corder, the president of the Home Builders Association", "Kent Walker, Google's president of
    // global affairs": a bare "president" needs its "of …".
    if (!role.includes(" ")) {
      const complement =
        /^\s+((?:of|at)\s+(?:the\s+)?[\w&'’. -]{2,50}?)(?=\s*[,.;]|\s+(?:said|says|noted|told|who)\b)/.exec(
          text.slice(mention.end + match[0].length, mention.end + match[0].length + 70),
        );
      // "Gina DiBraccio, a NASA scientist": with its employer named, a bare job says enough.
      if (!complement && !employer) continue;
      // "professor of law at Cornell Law School in New York" is a "professor of law": the rest is where.
      if (complement) role = `${role} ${complement[1]!.trim().replace(/^(of\s+.*?)\s+(?:at|in)\s+.*$/, "$1")}`;
    }
    if (
      known.some((existing) => existing.person === mention.entity && existing.role.toLowerCase() === role.toLowerCase())
    )
      continue;
    roles.push({
      person: mention.entity,
      role,
      sentence: mention.sentence,
      start: mention.start,
      end: mention.end + match[0].length,
    });
  }
  return roles;
}

// "FlexView", "FiOS", "MoCA", "iPhone": product names written in mixed case.
// Not plural acronyms ("DVRs", "CEOs"): those are common nouns.
const MIXED_CASE_NAME =
  /(?<![\p{L}\d-])(?![A-Z]{2,}s(?![\p{L}\d-]))(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]?[A-Z]+[a-z][A-Za-z]*|[a-z][A-Z][A-Za-z]+)(?![\p{L}\d-])/gu;
// A short quoted name: "operation twist", "labor reserve" (a quotation is six words or more).
// A name in quotation marks, up to two words after an optional "the" ("operation twist", "the Blob"); three
// or more ("climate-induced humanitarian disaster") are a phrase, too long to type back.
const QUOTED_TERM = /["“]((?:[Tt]he\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+)?)["”]/g;

/**
 * Terms the article introduces that are not people, places, organisations, dates or numbers:
 * product names and short quoted names. They make fair typed answers (there is one way to write
 * them) but not choices, since there is nothing of the same kind to offer beside them.
 */
function keyTerms(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const terms: Mention[] = [];
  const taken = (start: number, end: number) => mentions.some((mention) => mention.start < end && start < mention.end);
  for (const sentence of sentences) {
    const found: { start: number; end: number }[] = [];
    for (const match of sentence.text.matchAll(MIXED_CASE_NAME))
      found.push({ start: sentence.start + match.index!, end: sentence.start + match.index! + match[0].length });
    for (const match of sentence.text.matchAll(QUOTED_TERM)) {
      const inner = sentence.start + match.index! + 1;
      // Only where the article names something: 'launched much anticipated "operation twist"', 'so-called "labor reserve"';
      // a quoted scrap of speech ('who she says "love her"') is not a name.
      const before = sentence.text.slice(Math.max(0, match.index! - 30), match.index!);
      const naming =
        /\b(?:called|dubbed|named|known as|so-called|anticipated|launched?|into|the|a|an|its|their|new)\s+$/i.test(
          before,
        );
      if (
        naming &&
        !/[.!?,]$/.test(match[1]!) &&
        !/\b(?:I|me|my|we|us|our|you|your|he|she|they|them|her|him)\b/i.test(match[1]!)
      )
        found.push({ start: inner, end: inner + match[1]!.length });
    }
    for (const { start, end } of found) {
      if (taken(start, end)) continue;
      const name = text.slice(start, end);
      terms.push({ entity: name, type: "term", text: name, start, end, sentence: sentence.index });
    }
  }
  return terms;
}

/** Canonical country name for aliases ("US" → "United States"). */
function canonicalName(name: string, type: EntityType): string {
  if (type === "city" || type === "region") return titleCaseShouted(name);
  if (type === "country") return COUNTRY_BY_NAME.get(name.toLowerCase())?.name ?? name;
  if (type === "organization") return ORGANIZATION_BY_NAME.get(name.toLowerCase())?.name ?? name;
  return name;
}

const UNION_TAIL = /^ (?:[A-Z][a-z]+ ){0,2}(?:Workers|Employees|Engineers|Technicians|Prevention|Development)\b/;

// The last word of a place or a landmark named after the place it is in: "Los Angeles County", "New York City".
const PLACE_SUFFIX =
  /^(?:County|Province|Prefecture|Parish|District|Valley|Coast|Basin|City|State|Island|Islands|Peninsula|Harbour|Harbor|Bay|Strait|Sea|River|Mountains|Airport|Bridge|Station|Square|Park|Street|Avenue|Stadium)$/;
const COMPASS = /^(?:Southern|Northern|Eastern|Western|Central|South|North|East|West)$/;

/** How many leading words of a name are a place ("Los Angeles", "Southern California"), or 0. */
function placePrefixLength(words: string[]): number {
  for (const length of [2, 1]) {
    if (words.length <= length) continue;
    const prefix = words.slice(0, length);
    if (
      isPlace(classify(prefix.join(" "))?.type) ||
      (length === 2 && COMPASS.test(prefix[0]!) && isPlace(classify(prefix[1]!)?.type))
    )
      return length;
  }
  return 0;
}

interface Run {
  first: number;
  last: number;
  text: string;
}

/** Maximal runs of capitalised tokens (allowing "of", "de"… inside) within a sentence. */
function capitalizedRuns(tokens: Token[], sentence: Sentence, text: string): Run[] {
  const runs: Run[] = [];
  let i = sentence.firstToken;
  while (i <= sentence.lastToken) {
    const token = tokens[i]!;
    if (!isCapitalized(token) || NOT_NAMES.has(token.text) || token.pos === "PUNCT") {
      i++;
      continue;
    }
    // "Shares of Alaska Air Group rose": a sentence's first word, capitalised only for being first.
    if (token.start === sentence.start && PEOPLE_OR_PARTS_OF.has(token.text) && tokens[i + 1]?.text === "of") {
      i += 2;
      continue;
    }
    let last = i;
    while (last + 1 <= sentence.lastToken) {
      const next = tokens[last + 1]!;
      const afterNext = tokens[last + 2];
      const adjacent = next.start === tokens[last]!.end || text.slice(tokens[last]!.end, next.start) === " ";
      if (!adjacent) break;
      if (isCapitalized(next) && !NOT_NAMES.has(next.text)) last++;
      else if (CONNECTORS.has(next.text) && afterNext && isCapitalized(afterNext) && last + 2 <= sentence.lastToken)
        last += 2;
      // "Luis de la Fuente", "Ursula von der Leyen": two small words inside a name.
      else if (
        CONNECTORS.has(next.text) &&
        afterNext &&
        CONNECTORS.has(afterNext.text) &&
        tokens[last + 3] &&
        isCapitalized(tokens[last + 3]!) &&
        last + 3 <= sentence.lastToken
      )
        last += 3;
      // "Rolls-Royce", not "SEATTLE - Alaska Air Group" (a dateline's dash).
      else if (
        next.text === "-" &&
        afterNext &&
        isCapitalized(afterNext) &&
        next.start === tokens[last]!.end &&
        afterNext.start === next.end
      )
        last += 2;
      // "Choi Sang-mok", "Kim Jong-un": a given name of two syllables, the second in lower case, after a
      // family name ("Smith-led" has no family name before it).
      else if (
        next.text === "-" &&
        afterNext &&
        /^[a-z]{2,5}$/.test(afterNext.text) &&
        !HYPHEN_WORDS.test(afterNext.text) &&
        last > i &&
        next.start === tokens[last]!.end &&
        afterNext.start === next.end
      )
        last += 2;
      // "Centers for Disease Control and Prevention", "Food and Drug Administration": known names with a small word inside.
      else if (
        (next.text === "and" || next.text === "for") &&
        afterNext &&
        isCapitalized(afterNext) &&
        ORGANIZATION_NAME_PREFIXES.has(
          text
            .slice(tokens[i]!.start, tokens[last]!.end)
            .toLowerCase()
            .replace(/^(?:the |u\.s\. |us )/, ""),
        )
      )
        last += 2;
      // "Kiel Institute for the World Economy", "Center for Strategic and International Studies": a body "for" something.
      else if (
        next.text === "for" &&
        afterNext &&
        ORGANIZATION_HEADS.has(tokens[last]!.text.toLowerCase()) &&
        (isCapitalized(afterNext) ||
          (afterNext.text === "the" && tokens[last + 3] && isCapitalized(tokens[last + 3]!))) &&
        last + (afterNext.text === "the" ? 3 : 2) <= sentence.lastToken
      )
        last += afterNext.text === "the" ? 3 : 2;
      // "California Department of Forestry and Fire Protection": a department "of" two things.
      else if (
        next.text === "and" &&
        afterNext &&
        isCapitalized(afterNext) &&
        /\b(?:Department|Ministry|Bureau|Institute|Commission|Agency|Council|Office) of [A-Z]/.test(
          text.slice(tokens[i]!.start, tokens[last]!.end),
        )
      )
        last += 2;
      // "International Association of Machinists and Aerospace Workers": a union or an agency named
      // "… of X and Y Workers"; "Bank of England and Barclays" stays two names.
      else if (
        next.text === "and" &&
        / of [A-Z]/.test(text.slice(tokens[i]!.start, tokens[last]!.end)) &&
        UNION_TAIL.test(text.slice(next.end, next.end + 40))
      )
        last += 2;
      else break;
    }
    runs.push({ first: i, last, text: text.slice(tokens[i]!.start, tokens[last]!.end) });
    i = last + 1;
  }
  return runs;
}

export function extractFacts(text: string, publishedAt?: string | null): Facts {
  const parsed = parseText(text);
  const { tokens, sentences } = parsed;
  const mentions: Mention[] = [];
  const roles: Role[] = [];

  const addMention = (entity: string, type: EntityType, start: number, end: number, sentence: number) => {
    mentions.push({ entity, type, text: text.slice(start, end), start, end, sentence });
  };

  const footballStory = FOOTBALL_STORY.test(text);
  // A later "Roosevelt" is the Roosevelt named most recently (James, not the Franklin named earlier).
  const peopleWords: { name: string; first: string; last: string }[] = [];
  const knownPerson = (name: string) => {
    for (let index = peopleWords.length - 1; index >= 0; index--) {
      const person = peopleWords[index]!;
      if (person.name === name || person.last === name || person.first === name) return person.name;
    }
    return undefined;
  };
  for (const sentence of sentences) {
    for (const run of capitalizedRuns(tokens, sentence, text)) {
      let first = run.first;
      let last = run.last;
      // Possessive "Putin's" → "Putin".
      if (/^['’]s$/.test(tokens[last]!.text) || /['’]s$/.test(tokens[last]!.text)) {
        if (/^['’]s$/.test(tokens[last]!.text)) last--;
      }
      if (last < first) continue;
      // "James Roosevelt Jr." is James Roosevelt: the suffix is not part of how the article refers to him later.
      let name = text
        .slice(tokens[first]!.start, tokens[last]!.end)
        .replace(/['’]s$/, "")
        .replace(/,?\s+(?:Jr|Sr)\.?$/, "");
      // "the U.S. Centers for Disease Control and Prevention": a country before a known name is not part of it.
      const qualifier = /^(?:U\.S\.|US|U\.K\.|UK)\s+/.exec(name);
      if (
        qualifier &&
        first < last &&
        !classify(name) &&
        classify(name.slice(qualifier[0].length))?.type === "organization"
      ) {
        first++;
        name = name.slice(qualifier[0].length);
      }

      // "General Catalyst, a U.S. venture capital firm": what the apposition after it says it is.
      if (ORGANIZATION_APPOSITION.test(text.slice(tokens[last]!.end, tokens[last]!.end + 60)) && !classify(name)) {
        addMention(name, "organization", tokens[first]!.start, tokens[first]!.start + name.length, sentence.index);
        continue;
      }
      // A title inside the run: "US President Donald Trump", "Foreign Minister Sergei Lavrov".
      let role: string | undefined;
      // "European Commission President Ursula von der Leyen": a known body of two or three words before the
      // title; not where the run was cut from a longer name ("Democratic" before "National Committee Chairman").
      const cutFromName =
        first > sentence.firstToken &&
        /^[A-Z]/.test(tokens[first - 1]!.text) &&
        text.slice(tokens[first - 1]!.end, tokens[first]!.start) === " ";
      const runWords = name.split(/\s+/);
      const bodyWords = cutFromName
        ? 0
        : ([3, 2].find(
            (count) =>
              classify(runWords.slice(0, count).join(" "))?.type === "organization" &&
              TITLE_PREFIX.test(runWords.slice(count - 1).join(" ")),
          ) ?? 0);
      const body = runWords.slice(0, bodyWords).join(" ");
      const afterBody = runWords.slice(bodyWords).join(" ");
      const titled = TITLE_PREFIX.exec(afterBody);
      if (titled) {
        const rest = afterBody.slice(titled[0].length);
        if (looksLikePersonName(rest)) {
          // "charged former President Jair Bolsonaro": he was President; the article's President is someone else.
          const former =
            !body && /\bformer\s+$/.test(text.slice(Math.max(0, tokens[first]!.start - 8), tokens[first]!.start));
          role = body ? `${body} ${titled[1]}` : former ? `former ${titled[1]}` : titled[1];
          first += bodyWords + titled[0].trim().split(/\s+/).length;
          if (first > last) continue;
          name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, "");
        }
      }
      // "Director of Product Management Joe Ambeault": an office "of" a department, then the name.
      if (!role) {
        const office = OFFICE_OF_DEPARTMENT.exec(name);
        if (office && looksLikePersonName(office[2]!)) {
          role = office[1]!.trim();
          const nameWords = office[2]!.split(/\s+/).length;
          first = last - nameWords + 1;
          name = office[2]!;
        }
      }
      // A lower-case title just before: "top diplomat Wang Yi", "data scientist Adam Kramer".
      if (!role) {
        const before = text.slice(Math.max(sentence.start, tokens[first]!.start - 40), tokens[first]!.start);
        const lowerTitle =
          /(?<![\w-])((?:(?:[A-Z][a-z]+\s+){0,2}|(?:top|chief|senior|former|deputy)\s+)?(?:co-)?(?:vice president|top diplomat|diplomat|envoy|(?:prime|foreign|finance|defen[cs]e|interior|health|trade) minister|(?:[A-Z][a-z]+\s+)?(?!(?:the|a|an|his|her|its|their|our|former|senior|deputy|top|chief)\s)[a-z]+ minister|chief executive|chief financial officer|opposition leader|leader|spokesman|spokeswoman|spokesperson|data scientist|coach|chairman|president|minister|ambassador|governor|director|analyst|economist|strategist|[a-z]+ologist|professor|senator|journalist|reporter|correspondent|researcher|engineer|executive|founder))\s+$/.exec(
            before,
          );
        // "played the small role of reporter Chess Roberts": a part in a film, not the person's job.
        const playedPart =
          lowerTitle &&
          /\b(?:role of|roles? as|play(?:s|ed|ing)?|portray(?:s|ed|ing)?|character)\s+$/i.test(
            before.slice(0, lowerTitle.index),
          );
        if (lowerTitle && !playedPart) role = lowerTitle[1];
      }

      // Part of a longer token ("1TB", "eSATA"): not a name of its own.
      if (
        /[\p{L}\p{N}]/u.test(text[tokens[first]!.start - 1] ?? "") ||
        /[\p{L}\p{N}]/u.test(text[tokens[last]!.end] ?? "")
      )
        continue;
      const typed = classify(name);
      // "New Zealanders are paying for this": a people, not a person.
      const demonym =
        DEMONYM_TO_COUNTRY.get(name.toLowerCase()) ?? DEMONYM_TO_COUNTRY.get(name.toLowerCase().replace(/s$/, ""));
      if ((NAMED_LIKE_PEOPLE.has(name) || HISTORIC_STATES.has(name)) && !role) continue;
      // "Western Australia", "Northern Territory" (without a gazetteer entry): a part of a place, no one.
      if (
        !role &&
        !classify(name) &&
        COMPASS.test(name.split(/\s+/)[0]!) &&
        placePrefixLength(name.split(/\s+/)) === 0 &&
        isPlace(classify(name.replace(/^\S+\s/, ""))?.type)
      )
        continue;
      const start = tokens[first]!.start;
      const end = start + name.length;
      if (demonym && !role) continue;
      // "Venice and Barcelona" in a story about tourism: a club named after its city is the city there.
      if (typed?.kind === "football-club" && CITY_NAMES.has(name.toLowerCase()) && !footballStory) {
        addMention(name, "city", tokens[first]!.start, tokens[first]!.start + name.length, sentence.index);
        continue;
      }
      if (typed && !role) {
        const canonical = canonicalName(name, typed.type);
        // "to The Guardian": the paper's name includes its "The", so the blank and the choices match.
        const the = canonical.startsWith("The ") && /\b[Tt]he $/.test(text.slice(start - 4, start)) ? 4 : 0;
        addMention(canonical, typed.type, start - the, end, sentence.index);
        continue;
      }
      const words = name.split(/\s+/);
      // "Southern California Edison", "Los Angeles Unified School District": a name that opens with a
      // place and goes on is a body there, not a person or an event; "Los Angeles County" is a place we
      // have no stand-ins for. ("Chad Michael Murray" goes on with a person's name.)
      const known = knownPerson(name);
      const placeWords = !role && !known ? placePrefixLength(words) : 0;
      const countyLike =
        PLACE_SUFFIX.test(words.at(-1)!) && (words.length === placeWords + 1 || words.at(-1) !== "District");
      if (
        placeWords &&
        (words.length >= 3 || countyLike) &&
        !(words.length - placeWords >= 2 && looksLikePersonName(words.slice(placeWords).join(" ")))
      ) {
        if (!countyLike) addMention(name, "organization", start, end, sentence.index);
        continue;
      }
      if (!role && words.some((word) => THING_WORDS.has(word.toLowerCase()) || /^[IVX]+$/.test(word))) {
        addMention(name, "event", start, end, sentence.index);
        continue;
      }
      // "The British Library said …": a nationality opens the names of bodies, not of people.
      // "the French Impressionist": a nationality and a kind of artist or believer is a description, no body.
      if (
        !role &&
        !known &&
        words.length === 2 &&
        DEMONYM_TO_COUNTRY.has(words[0]!.toLowerCase()) &&
        /ists?$/.test(words[1]!)
      )
        continue;
      if (!role && !known && words.length > 1 && DEMONYM_TO_COUNTRY.has(words[0]!.toLowerCase())) {
        addMention(name, "organization", start, end, sentence.index);
        continue;
      }
      // People do not take "the": "the Social Security and Medicare Trustees" are a body.
      const afterThe = /\b[Tt]he\s+(?:[A-Z][\w&.-]*\s+(?:and\s+)?)*$/.test(
        text.slice(Math.max(sentence.start, tokens[first]!.start - 60), tokens[first]!.start),
      );
      // "St Vincent's Hospital": a possessive name that a place or a thing word follows is part of that name.
      const possessed = /^['’]s\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 24));
      if (possessed && !role && THING_WORDS.has(possessed[1]!.toLowerCase())) continue;
      // "won his title at Roland Garros": a name after "at"/"in" is a place or a venue, not a person.
      const afterPlaceWord =
        /\b(?:at|in)\s$/.test(text.slice(Math.max(0, start - 4), start)) && !/^['’]s\b/.test(text.slice(end, end + 2));
      // "the security firm Hudson Rock", "research firm IDC": the noun before names what it is; "the GDL union"
      // the noun after.
      const afterOrganizationNoun =
        ORGANIZATION_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 20), start)) ||
        ORGANIZATION_NOUN_AFTER.test(text.slice(end, end + 12));
      // "the dry Santa Ana winds", "strong Santa Ana winds": a name between an adjective and a noun describes
      // the noun; it is no one, but a name to type.
      const describesNoun =
        !known &&
        tokens[last + 1]?.pos === "NOUN" &&
        /^[a-z]/.test(tokens[last + 1]!.text) &&
        (tokens[first - 1]?.pos === "ADJ" || tokens[first - 1]?.pos === "DET") &&
        /^[a-z]/.test(tokens[first - 1]!.text);
      if (describesNoun && !role) {
        // Still a name to type: "driven by strong _____ winds" (not one word: "its own AI products", "a local
        // Aboriginal language").
        if (words.length > 1) addMention(name, "term", start, end, sentence.index);
        continue;
      }
      if (known) {
        addMention(known, "person", start, end, sentence.index);
      } else if (afterOrganizationNoun && !role && name.length > 2) {
        addMention(name, "organization", start, end, sentence.index);
      } else if (
        (afterThe || afterPlaceWord || quotedTitle(text, start, end) || NAMESAKE_OF.test(text.slice(end, end + 12))) &&
        !role
      ) {
        // not a person
      } else if (
        (role && looksLikePersonName(name)) ||
        (looksLikePersonName(name) &&
          !words.some((word) => TITLE_WORDS.has(word.toLowerCase()) || NOT_NAMES.has(word)) &&
          // Every word tagged a proper noun: "News Feeds" or "Related Items" are not people.
          tokens
            .slice(first, last + 1)
            .every((token) => token.pos === "PROPN" || token.pos === "PUNCT" || /^[A-Z]\.$/.test(token.text)))
      ) {
        if (words.length === 1 && !role) continue;
        peopleWords.push({ name, first: words[0]!, last: words.at(-1)! });
        addMention(name, "person", start, end, sentence.index);
      }
      if (role && (known ?? name))
        roles.push({ person: known ?? name, role, sentence: sentence.index, start: tokens[run.first]!.start, end });
    }
  }

  // Dates and quantities from the tagger, with relative dates resolved against the published date.
  const dates = new Map<string, ResolvedDate>();
  for (const numeric of parsed.numeric) {
    // "recorded in 1998, 2010 and from 2014": a bare year in a list of years is read as a count by the tagger.
    // "as early as 2025 under its programme" too: a year-like number that no noun follows is a year.
    const bareYear =
      numeric.type === "CARDINAL" &&
      /^(?:1[89]|20)\d\d$/.test(numeric.text) &&
      tokenAfter(parsed.tokens, numeric.end)?.pos !== "NOUN";
    if (numeric.type === "DATE" || bareYear) {
      const resolved = resolveDate(numeric.text, publishedAt);
      if (resolved) dates.set(numeric.text, resolved);
      // Without a published date "August" cannot be pinned to a year, but it is still the month the article names.
      if (resolved || CALENDAR_NAME.test(numeric.text))
        addMention(numeric.text, "date", numeric.start, numeric.end, numeric.sentence);
    } else if (
      // "12 months", "40-minute": one number and its unit; "2 hours and 10 minutes" has no stand-ins of its kind.
      (numeric.type === "CARDINAL" ||
        numeric.type === "PERCENT" ||
        numeric.type === "MONEY" ||
        (numeric.type === "DURATION" && /^\d[\d,.]*[\s-][a-z]+$/.test(numeric.text))) &&
      /\d/.test(numeric.text) &&
      !partOfName(text, numeric.start, numeric.text)
    ) {
      // "about 1,200 homes": the tagger takes the hedge into the number; the question keeps it in the stem
      // ("about _____ homes") and asks the figure.
      const hedge = APPROXIMATELY.exec(numeric.text)?.[0].length ?? 0;
      const quantity = withUnit(text, numeric.start + hedge, numeric.end);
      if (quantity)
        addMention(
          text.slice(quantity.start, quantity.end),
          "quantity",
          quantity.start,
          quantity.end,
          numeric.sentence,
        );
    }
  }
  // Quarters: "Due in Q4", "in the third quarter".
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(QUARTER)) {
      const start = sentence.start + match.index!;
      addMention(match[0], "date", start, start + match[0].length, sentence.index);
    }
  }

  // "Taiwan Semiconductor Manufacturing Co … TSMC": an acronym of a name the article spells out is that body.
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
  // One name, one kind: "the national railway Deutsche Bahn" makes every other "Deutsche Bahn" the railway.
  const organizationNames = new Set(
    mentions.filter((mention) => mention.type === "organization").map((mention) => mention.entity),
  );
  for (const mention of mentions)
    if (mention.type === "person" && organizationNames.has(mention.entity)) mention.type = "organization";
  // "Former Brazilian president Bolsonaro charged …" above "… former President Jair Bolsonaro": a surname
  // named before the full name is still that person, when only one person has it.
  const fullNames = [
    ...new Set(
      mentions
        .filter((mention) => mention.type === "person" && mention.entity.includes(" "))
        .map((mention) => mention.entity),
    ),
  ];
  const bySurname = new Map<string, string[]>();
  for (const name of fullNames)
    bySurname.set(name.split(" ").at(-1)!, [...(bySurname.get(name.split(" ").at(-1)!) ?? []), name]);
  const fullNameOf = (name: string) =>
    !name.includes(" ") && bySurname.get(name)?.length === 1 ? bySurname.get(name)![0]! : name;
  for (const mention of mentions) {
    if (mention.type !== "person") continue;
    mention.entity = fullNameOf(mention.entity);
    if (!mention.text.includes(" ") && (bySurname.get(mention.text.replace(/['’]s$/, ""))?.length ?? 0) > 1)
      mention.shared = true;
  }
  for (const role of roles) role.person = fullNameOf(role.person);
  roles.push(...trailingRoles(text, mentions, roles));
  mentions.push(...keyTerms(text, sentences, mentions));
  const quotes = extractQuotes(text, sentences, mentions);
  mentions.sort((a, b) => a.start - b.start);

  const entities = new Map<string, Entity>();
  for (const mention of mentions) {
    const existing = entities.get(mention.entity);
    if (existing) existing.mentions++;
    else {
      const organization =
        mention.type === "organization" ? ORGANIZATION_BY_NAME.get(mention.entity.toLowerCase()) : undefined;
      const sector =
        organization?.sector ??
        (mention.type === "organization"
          ? (SECTOR_HEADS[mention.entity.split(/\s+/).at(-1)!.toLowerCase()] ??
            (US_DEPARTMENT.test(mention.entity) ? "us-federal" : undefined))
          : undefined);
      entities.set(mention.entity, {
        name: mention.entity,
        type: mention.type,
        mentions: 1,
        firstSentence: mention.sentence,
        // An unknown one-word organisation that the article keeps naming is most often a company.
        kind:
          organization?.kind ??
          (mention.type === "organization"
            ? (kindFromName(mention.entity) ?? (/^[A-Z][a-z]+$/.test(mention.entity) || sector ? "company" : "other"))
            : undefined),
        sector,
        date: mention.type === "date" ? dates.get(mention.entity) : undefined,
      });
    }
  }
  const shortNames = new Map<string, string>();
  for (const mention of mentions) {
    // The surname ("Lindner"), or a family name written first ("Wang"); not a first name ("Christian" in
    // "the Christian Democrats" is no short form of Christian Lindner).
    const words = mention.entity.split(" ");
    const shortForm = mention.text.replace(/['’]s$/, "");
    if (
      mention.type === "person" &&
      !mention.text.includes(" ") &&
      mention.text !== mention.entity &&
      (shortForm === words.at(-1) ||
        (shortForm === words[0] && words.length === 2 && shortName(mention.entity) === words[0]))
    ) {
      shortNames.set(mention.entity, mention.text);
    }
  }
  return {
    parsed,
    sentences,
    mentions,
    entities,
    roles,
    quotes,
    shortNames,
    genders: gendersOf(text, sentences, mentions),
  };
}

// "U.S. Department of Transportation", "Department of Homeland Security": a federal department.
const US_DEPARTMENT =
  /^(?:(?:U\.S\.|US)\s+)?Department of (?:Transportation|Homeland Security|Health and Human Services|Education|Energy|Agriculture|Commerce|Labor|Defense|Justice|the Treasury|Treasury|State|the Interior|Veterans Affairs|Housing and Urban Development)$/;

/** The kind an unknown organisation's name tells: "Swiss National Bank" is a central bank, "Green Party" a party. */
function kindFromName(name: string): OrganizationKind | undefined {
  if (US_DEPARTMENT.test(name) || /^(?:Department|Ministry) of [A-Z]/.test(name)) return "government";
  if (
    /\b(?:Central|Reserve|National) Bank$/.test(name) ||
    (/^Bank of ([A-Z][\w ]+)$/.test(name) && COUNTRY_BY_NAME.has(name.slice(8).toLowerCase()))
  )
    return "central-bank";
  return KIND_HEADS[name.split(/\s+/).at(-1)!.toLowerCase()];
}

export type Gender = "female" | "male";
const FEMALE_WORDS = /\b(?:she|her|hers|herself)\b/gi;
const MALE_WORDS = /\b(?:he|his|him|himself)\b/gi;

/**
 * Whom the article writes about as "she" and whom as "he", read only where the reference is clear:
 * pronouns after the name in a sentence that names nobody else ("Kramer says his team …"), an opening
 * phrase before the subject ("In her primary race, Angle said …"), a next sentence that opens with
 * "She"/"He" after a sentence whose subject is the person, and "Mr."/"Ms." before the name. A clear
 * majority counts; distractors and true/false swaps use it so "In her primary race, ___" is never
 * offered a man.
 */
function gendersOf(text: string, sentences: Sentence[], mentions: Mention[]): Map<string, Gender> {
  const votes = new Map<string, { female: number; male: number }>();
  const vote = (person: string, passage: string) => {
    const tally = votes.get(person) ?? { female: 0, male: 0 };
    tally.female += passage.match(FEMALE_WORDS)?.length ?? 0;
    tally.male += passage.match(MALE_WORDS)?.length ?? 0;
    votes.set(person, tally);
  };
  const peopleIn = sentences.map(() => [] as Mention[]);
  for (const mention of mentions) if (mention.type === "person") peopleIn[mention.sentence]?.push(mention);
  for (const sentence of sentences) {
    const people = peopleIn[sentence.index]!;
    if (people.length === 0 || people.some((mention) => mention.entity !== people[0]!.entity)) continue;
    const first = people[0]!;
    const before = text.slice(sentence.start, first.start);
    vote(first.entity, text.slice(first.end, sentence.end));
    if (/^(?:In|At|During|After|Before|On|For|With)\b[^,]{0,60},\s*$/.test(before)) vote(first.entity, before);
    const next = sentences[sentence.index + 1];
    // The person opens the sentence ("Jensen Huang said …", "Chief executive Jensen Huang said …").
    const subject = /^(?:["“]?\s*)?(?:[\w.'’-]+\s+){0,3}$/.test(before);
    // The next sentence, naming nobody, goes on about the subject: "She added …", '"…," he said.'
    if (subject && next && peopleIn[next.index]!.length === 0) {
      vote(
        first.entity,
        /^(?:She|He)\b/.exec(next.text)?.[0] ??
          /["”],?\s+(she|he)\s+(?:said|says|added|told|noted|explained|wrote)\b/.exec(next.text)?.[1] ??
          "",
      );
    }
  }
  for (const mention of mentions) {
    if (mention.type !== "person") continue;
    const before = text.slice(Math.max(0, mention.start - 6), mention.start);
    if (/\b(?:Mrs|Ms|Miss)\.?\s$/.test(before)) vote(mention.entity, "she she");
    else if (/\bMr\.?\s$/.test(before)) vote(mention.entity, "he he");
  }
  const genders = new Map<string, Gender>();
  for (const [person, { female, male }] of votes) {
    if (female >= 1 && female >= 2 * male) genders.set(person, "female");
    else if (male >= 1 && male >= 2 * female) genders.set(person, "male");
  }
  return genders;
}

const SPEECH_VERBS = "said|says|told|added|stated|wrote|explained|insisted|warned|argued|noted|declared|according to";
const SPEECH_BETWEEN = new RegExp(`^[,\\s]*(?:${SPEECH_VERBS})?\\s*$`);
const SPEECH_BEFORE_NAME = new RegExp(`(?:${SPEECH_VERBS})\\s+(?:\\w+\\s+){0,3}$`);
const SPEECH_ANYWHERE = new RegExp(`(?:${SPEECH_VERBS})`);
const SPEECH_AFTER_NAME = new RegExp(`^,?\\s+(?:${SPEECH_VERBS})\\b`);
const PRONOUN_SPEAKS_AFTER = new RegExp(`^\\W*\\s*(?:he|she)\\s+(?:${SPEECH_VERBS})`, "i");
const PRONOUN_SPEAKS_BEFORE = new RegExp(`\\b(?:he|she)\\s+(?:${SPEECH_VERBS})\\b[^"“]*$`, "i");

/** Quotations of six words or more, with the speaker named beside them or, for "he said", the last person mentioned. */
function extractQuotes(text: string, sentences: Sentence[], mentions: Mention[]): Quote[] {
  const quotes: Quote[] = [];
  const quotePattern = /["“]([^"“”]{20,600}?)["”]/g;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(quotePattern)) {
      const quoted = match[1]!.trim();
      if (quoted.split(/\s+/).length < 6) continue;
      const quoteStart = sentence.start + match.index! + 1;
      const quoteEnd = quoteStart + match[1]!.length;
      const people = mentions.filter(
        (mention) =>
          mention.type === "person" &&
          mention.sentence === sentence.index &&
          (mention.end <= quoteStart - 1 || mention.start >= quoteEnd + 1),
      );
      const after = text.slice(quoteEnd + 1, sentence.end);
      const before = text.slice(sentence.start, quoteStart - 1);
      let speaker: string | undefined;
      const afterSpeaker = people.find(
        (mention) =>
          mention.start > quoteEnd &&
          SPEECH_BETWEEN.test(text.slice(quoteEnd + 1, mention.start).replace(/^[,.!?]/, "")),
      );
      const afterVerbFirst = people.find(
        (mention) => mention.start > quoteEnd && SPEECH_BEFORE_NAME.test(text.slice(quoteEnd + 1, mention.start)),
      );
      const beforeSpeaker = [...people]
        .reverse()
        .find((mention) => mention.end < quoteStart && SPEECH_ANYWHERE.test(text.slice(mention.end, quoteStart)));
      // '"…," Deutsche Bahn's head of personnel, Martin Seiler, told reporters': the name that the speech verb follows.
      const describedSpeaker = people.find(
        (mention) =>
          mention.start > quoteEnd &&
          SPEECH_AFTER_NAME.test(text.slice(mention.end, mention.end + 24)) &&
          !/[.;"“”]/.test(text.slice(quoteEnd + 2, mention.start)),
      );
      // "…, he added: "…"": the pronoun is the speaker, not a person named earlier in the sentence.
      const pronounSpeaks = PRONOUN_SPEAKS_AFTER.test(after) || PRONOUN_SPEAKS_BEFORE.test(before);
      if (pronounSpeaks) speaker = resolvePronoun(sentence.index, quotes, mentions);
      if (!speaker && afterSpeaker) speaker = afterSpeaker.entity;
      if (!speaker && afterVerbFirst) speaker = afterVerbFirst.entity;
      if (!speaker && beforeSpeaker) speaker = beforeSpeaker.entity;
      if (!speaker && describedSpeaker) speaker = describedSpeaker.entity;
      if (speaker) quotes.push({ speaker, text: quoted, start: quoteStart, end: quoteEnd, sentence: sentence.index });
    }
  }
  return quotes;
}

// "Catania's Vincenzo Bellini airport": a name a place or a prize is named after is no person in the story.
const NAMESAKE_OF =
  /^\s+(?:airport|stadium|arena|bridge|street|avenue|hospital|prize|award|trophy|foundation|center|centre|institute|school|college|university|library|museum|park|square|hall|theatre|theater)\b/;

/**
 * "Leonardo da Vinci's "Salvator Mundi"", "Monet's "Le Bassin aux Nympheas"": a name that opens a short
 * quotation is the title of a work, not a person.
 */
function quotedTitle(text: string, start: number, end: number): boolean {
  if (!/["“]$/.test(text.slice(Math.max(0, start - 1), start))) return false;
  const close = /^[^"”]{0,40}?[,.]?["”]/.exec(text.slice(end, end + 42));
  return close !== null;
}

/** "Sergei Lavrov", "P.J. Crowley", "Hillary Rodham Clinton" — not "MORE COMMENTARY", "Contractors of Alabama" or "Dallas Ebola". */
export function looksLikePersonName(name: string): boolean {
  // "Luis de la Fuente", "Ursula von der Leyen": the small words inside a name are not its words.
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word, index, all) => index === 0 || index === all.length - 1 || !NAME_PARTICLES.has(word));
  if (words.length < 1 || words.length > 4) return false;
  // A place in front ("Dallas Ebola patient", "Texas Rangers") makes a thing, not a person.
  if (words.length > 1 && classify(words[0]!)) return false;
  // "Sotheby's Impressionist": a possessive inside the run joins a body to something of its own.
  if (words.slice(0, -1).some((word) => /['’]s$/.test(word))) return false;
  // "East Java", "North Rhine": a compass word opens a region's name, never a person's.
  if (words.length > 1 && COMPASS.test(words[0]!)) return false;
  // "St Thomas'", "Saint Vincent": a saint names a hospital, a school or a town in the news, not a person;
  // "Old Billingsgate", "Great Ormond Street", "Upper Norwood": nor does a place's adjective.
  if (
    words.length > 1 &&
    /^(?:St|St\.|Saint|Ste|Ste\.|Old|Great|Little|Upper|Lower|Greater|Grand|Royal)$/.test(words[0]!)
  )
    return false;
  return (
    // Letters of any alphabet: "Nuñez", "Eugénie".
    words.every(
      (word) =>
        /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)$/u.test(word) &&
        !/\p{Ll}\p{Lu}.*\p{Lu}/u.test(word),
    ) &&
    // "Department", "Records": words that end the names of organisations and things, not people; "Former
    // Brazilian" is no one either.
    !words.some(
      (word) =>
        THING_WORDS.has(word.toLowerCase()) ||
        ORGANIZATION_HEADS.has(word.toLowerCase()) ||
        DEMONYM_TO_COUNTRY.has(word.toLowerCase()),
    )
  );
}

// "MONTGOMERY, Ala. --", "GENEVA, March 13 (AP) —", "PARIS —": where and when the story was filed.
export const DATELINE =
  /^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s+\d{1,2})?\s*(?:\([^)]*\)\s*)?(?:--|—|–|-\s)/;
const datelinePlacesCache = new WeakMap<Facts, Set<string>>();

/**
 * Where the story was filed ("NEW DELHI (AP) —"), as normalised place names, with the city's country
 * ("BERLIN (AP) —" is in Germany). "BOCA CHICA, Texas (AP) —" names two places: the city and its state.
 */
export function datelinePlacesOf(facts: Facts): Set<string> {
  const known = datelinePlacesCache.get(facts);
  if (known) return known;
  const firstLine = facts.sentences.slice(0, 2).find((sentence) => DATELINE.test(sentence.text));
  const datelineText = firstLine
    ? (DATELINE.exec(firstLine.text)?.[0] ?? "").replace(/\([^)]*\)|--|—|–|-\s*$/g, " ")
    : "";
  const places = new Set(
    datelineText
      .split(",")
      .map((part) => normalizeAnswer(part.replace(/\s\d{1,2}\s*$/, "")))
      .filter((part) => part.length > 1),
  );
  for (const place of [...places]) {
    const country = CAPITAL_TO_COUNTRY.get(place) ?? COUNTRY_BY_NAME.get((CITY_COUNTRY.get(place) ?? "").toLowerCase());
    if (country) places.add(normalizeAnswer(country.name));
  }
  datelinePlacesCache.set(facts, places);
  return places;
}

/**
 * "he" in a sentence is, in news prose, the subject of the story so far: the speaker of a quote in
 * the previous sentence, else the first person named in the previous sentence. People named in
 * the same sentence ("talks with Lavrov, he added") are not the referent.
 */
export function resolvePronoun(
  sentence: number,
  quotes: Quote[],
  mentions: Mention[],
  sentences?: Sentence[],
): string | undefined {
  const previousQuote = [...quotes].reverse().find((quote) => quote.sentence === sentence - 1);
  if (previousQuote) return previousQuote.speaker;
  const inSentence = new Set(
    mentions
      .filter((mention) => mention.sentence === sentence && mention.type === "person")
      .map((mention) => mention.entity),
  );
  for (let back = sentence - 1; back >= Math.max(0, sentence - 3); back--) {
    const first = mentions.find(
      (mention) => mention.sentence === back && mention.type === "person" && !inSentence.has(mention.entity),
    );
    // Shown to a learner ("[Ding Liren] breaks the record …"), the referent must be the sentence's subject:
    // "The 18-year-old won … after Ding made a mistake" is about someone else.
    if (first && sentences && first.start - sentences[back]!.start > 40) return undefined;
    if (first) return first.entity;
  }
  return undefined;
}
