import { HISTORIC_STATES as HISTORIC_STATE_NAMES } from "../data/countries.data";
import { NAMED_LIKE_PEOPLE as NAMED_LIKE_PEOPLE_NAMES } from "../data/places.data";
import { CITY_NAMES, DEMONYM_TO_COUNTRY, FOOTBALL_STORY, knownGender } from "../gazetteer";
import type { ParsedText, Sentence, Token } from "../parse";
import { canonicalName, classify } from "./classify";
import { PeopleNamedSoFar } from "./coreference";
import { COMPASS, NOT_NAMES, THING_WORDS } from "./name-words";
import { capitalizedRuns, type Run } from "./names";
import { organizationApposition, organizationNounAround } from "./organizations";
import { looksLikePersonName, namesakeFollows, quotedTitle } from "./people";
import { PLACE_SUFFIX, placeByItsWord, placePrefixLength } from "./places";
import { readTitle, TITLE_WORDS } from "./titles";
import { isPlace, mentionIn, type EntityType, type Mention, type Role } from "./types";

const HISTORIC_STATES = new Set(HISTORIC_STATE_NAMES);
const NAMED_LIKE_PEOPLE = new Set(NAMED_LIKE_PEOPLE_NAMES);

/** What reading the runs of one article builds up. */
interface Reading {
  text: string;
  tokens: Token[];
  /** In a story about football, "Barcelona" is the club. */
  footballStory: boolean;
  people: PeopleNamedSoFar;
  mentions: Mention[];
  roles: Role[];
}

/**
 * The article's names, each typed: every capitalised run read as a person (with the title written in it
 * or just before it), an organisation, a place, an event or a term, by the gazetteer and by the words
 * around it. Titles give roles ("Foreign Minister Sergei Lavrov").
 */
export function namedMentions(parsed: ParsedText): { mentions: Mention[]; roles: Role[] } {
  const { text, tokens } = parsed;
  const reading: Reading = {
    text,
    tokens,
    footballStory: FOOTBALL_STORY.test(text),
    people: new PeopleNamedSoFar(),
    mentions: [],
    roles: [],
  };
  for (const sentence of parsed.sentences)
    for (const run of capitalizedRuns(tokens, sentence, text)) readRun(reading, sentence, run);
  return { mentions: reading.mentions, roles: reading.roles };
}

// A module-level function, not a closure made per run: readRun runs for every capitalised run of every article.
function addMention(reading: Reading, entity: string, type: EntityType, start: number, end: number, sentence: number) {
  reading.mentions.push(mentionIn(reading.text, entity, type, start, end, sentence));
}

/**
 * A thing word or a Roman numeral in the name ("Cup", "World War II"), not as the given name of a two-word name
 * ("Bill Stone, PNC Wealth Management's chief investment strategist").
 */
function namesAThing(name: string, words: string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const thing = THING_WORDS.has(word.toLowerCase()) && !(index === 0 && words.length === 2 && knownGender(name));
    if (thing || /^[IVX]+$/.test(word)) return true;
  }
  return false;
}

function readRun(reading: Reading, sentence: Sentence, run: Run): void {
  const { text, tokens } = reading;
  let first = run.first;
  let last = run.last;
  // Possessive "Putin's" → "Putin".
  if (/^['’]s$/.test(tokens[last]!.text)) last--;
  if (last < first) return;
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
  if (organizationApposition(text, tokens[last]!.end) && !classify(name)) {
    addMention(reading, name, "organization", tokens[first]!.start, tokens[first]!.start + name.length, sentence.index);
    return;
  }
  // A title inside the run: "US President Donald Trump", "Foreign Minister Sergei Lavrov".
  const titled = readTitle(text, tokens, sentence, { first, last, name });
  if (!titled) return;
  const { role } = titled;
  ({ first, name } = titled);

  // Part of a longer token ("1TB", "eSATA"): not a name of its own.
  if (/[\p{L}\p{N}]/u.test(text[tokens[first]!.start - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[tokens[last]!.end] ?? ""))
    return;
  const typed = classify(name);
  // "New Zealanders are paying for this": a people, not a person.
  const demonym =
    DEMONYM_TO_COUNTRY.get(name.toLowerCase()) ?? DEMONYM_TO_COUNTRY.get(name.toLowerCase().replace(/s$/, ""));
  if ((NAMED_LIKE_PEOPLE.has(name) || HISTORIC_STATES.has(name)) && !role) return;
  // "Western Australia", "Northern Territory" (without a gazetteer entry): a part of a place, no one.
  if (
    !role &&
    !classify(name) &&
    COMPASS.test(name.split(/\s+/)[0]!) &&
    placePrefixLength(name.split(/\s+/)) === 0 &&
    isPlace(classify(name.replace(/^\S+\s/, ""))?.type)
  )
    return;
  const start = tokens[first]!.start;
  const end = start + name.length;
  if (demonym && !role) return;
  // "Venice and Barcelona" in a story about tourism: a club named after its city is the city there.
  if (typed?.kind === "football-club" && CITY_NAMES.has(name.toLowerCase()) && !reading.footballStory) {
    addMention(reading, name, "city", tokens[first]!.start, tokens[first]!.start + name.length, sentence.index);
    return;
  }
  if (typed && !role) {
    const canonical = canonicalName(name, typed.type);
    // "to The Guardian": the paper's name includes its "The", so the blank and the choices match.
    const the = canonical.startsWith("The ") && /\b[Tt]he $/.test(text.slice(start - 4, start)) ? 4 : 0;
    addMention(reading, canonical, typed.type, start - the, end, sentence.index);
    return;
  }
  const words = name.split(/\s+/);
  // "Southern California Edison", "Los Angeles Unified School District": a name that opens with a
  // place and goes on is a body there, not a person or an event; "Los Angeles County" is a place we
  // have no stand-ins for. ("Chad Michael Murray" goes on with a person's name.)
  // (Not a first name that opens a longer name the run stopped short of: "the Christian Democrats" is no mention of
  // Christian Lindner.)
  const next = tokens[last + 1];
  const opensLongerName =
    !name.includes(" ") && !!next && next.start === tokens[last]!.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
  const found = reading.people.find(name);
  const known = found && opensLongerName && found.split(" ")[0] === name ? undefined : found;
  const placeWords = !role && !known ? placePrefixLength(words) : 0;
  const countyLike =
    PLACE_SUFFIX.test(words.at(-1)!) && (words.length === placeWords + 1 || words.at(-1) !== "District");
  if (
    placeWords &&
    (words.length >= 3 || countyLike) &&
    !(words.length - placeWords >= 2 && looksLikePersonName(words.slice(placeWords).join(" ")))
  ) {
    if (!countyLike) addMention(reading, name, "organization", start, end, sentence.index);
    return;
  }
  if (!role && namesAThing(name, words)) {
    addMention(reading, name, "event", start, end, sentence.index);
    return;
  }
  // "beating fellow American Ashlyn Krueger": a nationality before a given name and a surname says where the
  // person is from; the person's name is the rest of the run.
  if (
    !role &&
    !known &&
    words.length === 3 &&
    DEMONYM_TO_COUNTRY.has(words[0]!.toLowerCase()) &&
    looksLikePersonName(`${words[1]} ${words[2]}`) &&
    tokens[first + 1]?.text === words[1]
  ) {
    readRun(reading, sentence, { ...run, first: first + 1, text: name.slice(words[0]!.length + 1) });
    return;
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
    return;
  if (!role && !known && words.length > 1 && DEMONYM_TO_COUNTRY.has(words[0]!.toLowerCase())) {
    addMention(reading, name, "organization", start, end, sentence.index);
    return;
  }
  // People do not take "the": "the Social Security and Medicare Trustees" are a body.
  const afterThe = /\b[Tt]he\s+(?:[A-Z][\w&.-]*\s+(?:and\s+)?)*$/.test(
    text.slice(Math.max(sentence.start, tokens[first]!.start - 60), tokens[first]!.start),
  );
  // "St Vincent's Hospital": a possessive name that a place or a thing word follows is part of that name.
  const possessed = /^['’]s\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 24));
  if (possessed && !role && THING_WORDS.has(possessed[1]!.toLowerCase())) return;
  // "won his title at Roland Garros": a name after "at"/"in" is a place or a venue, not a person.
  const afterPlaceWord =
    /\b(?:at|in)\s$/.test(text.slice(Math.max(0, start - 4), start)) && !/^['’]s\b/.test(text.slice(end, end + 2));
  // "the security firm Hudson Rock", "the GDL union": a noun before or after names what it is.
  const afterOrganizationNoun = organizationNounAround(text, sentence.start, start, end);
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
    if (words.length > 1) addMention(reading, name, "term", start, end, sentence.index);
    return;
  }
  const place = !role && !known && !typed ? placeByItsWord(text, start, end) : undefined;
  if (place) {
    addMention(reading, name, place, start, end, sentence.index);
  } else if (known) {
    addMention(reading, known, "person", start, end, sentence.index);
  } else if (afterOrganizationNoun && !role && name.length > 2) {
    addMention(reading, name, "organization", start, end, sentence.index);
  } else if ((afterThe || afterPlaceWord || quotedTitle(text, start, end) || namesakeFollows(text, end)) && !role) {
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
    if (words.length === 1 && !role) return;
    reading.people.add(name, words);
    addMention(reading, name, "person", start, end, sentence.index);
  }
  if (role && (known ?? name))
    reading.roles.push({ person: known ?? name, role, sentence: sentence.index, start: tokens[run.first]!.start, end });
}
