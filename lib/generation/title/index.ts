/**
 * A new set's default title: what the story is about, where, who reported it and when, without what
 * the questions ask ("Earthquake in China — Reuters, 19 Dec 2023" over "Magnitude 6.2 earthquake kills
 * 118 in China's Gansu province"). The quiz shows this title above its questions; the headline waits
 * for the feedback.
 * In: the article's headline, its facts (who is a person, an organisation, a place), source and date.
 * Out: one line. First the kind of story the headline names ("quake" → "Earthquake", see kind.ts), or
 * the lead when the headline's own subject is a lone noun ("Terms"), in the country of its places. Else,
 * kept from the headline: the noun that names what happened (the headline's subject, else its first
 * object), a place before it, an event's name, and the countries it is in. Dropped: figures and
 * ordinals, people, organisations and coined names, quoted words, roles, verbs (outcomes).
 */
import { TITLES } from "../data/titles.data";
import { type Facts, extractFacts, isPlace } from "../facts";
import { CAPITAL_TO_COUNTRY, CITY_COUNTRY, COUNTRY_BY_NAME, DEMONYM_TO_COUNTRY, US_STATES } from "../gazetteer";
import { parseText, type Token } from "../parse";
import { kindTitle, storyKindOf } from "./kind";

export interface TitleSource {
  /** The article's headline. */
  headline: string;
  source?: string | null;
  /** ISO date, "2023-12-19". */
  publishedAt?: string | null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const ROLE_WORDS = new Set(TITLES.flatMap((title) => title.toLowerCase().split(" ")));
const MAX_LENGTH = 200;

/** "19 Dec 2023", read from the ISO date itself (no time zone can move it a day). */
export function shortDate(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** The country a place name is in ("Kyiv" → "Ukraine", "Chinese" → "China"), or the place itself. */
function countryOf(name: string): string {
  const key = name.toLowerCase();
  // A country keeps the name the headline gives it ("Congo", "Britain").
  if (COUNTRY_BY_NAME.has(key)) return name;
  const country = CAPITAL_TO_COUNTRY.get(key) ?? DEMONYM_TO_COUNTRY.get(key);
  if (country) return country.name;
  if (US_STATES.has(key)) return "the US";
  return CITY_COUNTRY.get(key) ?? name;
}

const isKnownPlace = (name: string) => {
  const key = name.toLowerCase();
  return COUNTRY_BY_NAME.has(key) || countryOf(name) !== name;
};

/** Nouns that say what kind of place, not what happened ("province" in "Gansu province"). */
const PLACE_NOUNS = new Set(["province", "region", "state", "county", "city", "district", "village", "town", "area"]);

type Part =
  | { kind: "noun"; text: string }
  | { kind: "modifier"; text: string; country?: string }
  | { kind: "place"; country: string }
  | { kind: "verb" }
  | { kind: "break" };

/** The headline's words, each read as a topic noun, a place, an event name, a verb or something to drop. */
function partsOf(headline: string, facts: Facts): Part[] {
  // Names the article uses, longest first: "Bank of England" is an organisation before "England" is a place.
  const named = [
    ...[...facts.entities.values()].map((entity) => ({ name: entity.name, type: entity.type })),
    ...facts.mentions.map((mention) => ({ name: mention.text, type: mention.type })),
  ]
    .filter((entity) => entity.type !== "date" && entity.type !== "quantity")
    .sort((a, b) => b.name.length - a.name.length);
  const spans: { start: number; end: number; type: string; name: string }[] = [];
  for (const entity of named) {
    let from = 0;
    for (;;) {
      const at = headline.indexOf(entity.name, from);
      if (at < 0) break;
      const end = at + entity.name.length;
      const free = spans.every((span) => end <= span.start || at >= span.end);
      const whole = !/[\p{L}\p{N}]/u.test(headline[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(headline[end] ?? "");
      if (free && whole) spans.push({ start: at, end, type: entity.type, name: entity.name });
      from = end;
    }
  }
  // Title-case headlines: a word the article writes in lower case is a common word ("Earthquake").
  const lowerWords = new Set(facts.sentences.flatMap((sentence) => sentence.text.match(/\b[a-z][a-z-]+\b/g) ?? []));
  const cased = headline.replace(/\b[A-Z][a-z-]+\b/g, (word, at: number) =>
    spans.some((span) => at >= span.start && at < span.end) || !lowerWords.has(word.toLowerCase())
      ? word
      : word.toLowerCase(),
  );
  const tokens = parseText(cased).tokens;
  const parts: Part[] = [];
  let quoted = false;
  let lastSpan: (typeof spans)[number] | undefined;
  for (const token of tokens) {
    if (isQuoteMark(token, cased)) {
      quoted = !quoted;
      parts.push({ kind: "break" });
      continue;
    }
    const span = spans.find((candidate) => token.start >= candidate.start && token.start < candidate.end);
    if (span) {
      if (span === lastSpan) continue;
      lastSpan = span;
      parts.push(partOfEntity(span, quoted));
      continue;
    }
    lastSpan = undefined;
    const part = partOfToken(token, quoted);
    // Headlines drop the object's article: "Quake jolts Tokyo" (the story says "jolted").
    const stem = token.text.toLowerCase().replace(/s$/, "");
    const verbal = lowerWords.has(`${stem}ed`) || lowerWords.has(`${stem}d`);
    parts.push(
      part.kind === "noun" && parts.at(-1)?.kind === "noun" && /s$/.test(token.text) && verbal
        ? { kind: "verb" }
        : part,
    );
  }
  // "Federal Reserve hikes rates", "Maldives hosts talks": a plural between two nouns is the verb.
  parts.forEach((part, index) => {
    const [before, after] = [parts[index - 1], parts[index + 1]];
    if (part.kind === "noun" && /[^s]s$/.test(part.text) && before?.kind === "noun" && after?.kind === "noun")
      parts[index] = { kind: "verb" };
  });
  return parts;
}

function isQuoteMark(token: Token, text: string): boolean {
  if (/^["“”]$/.test(token.text)) return true;
  // A single quote opens or closes a quotation unless it is an apostrophe inside a word ("China's").
  if (!/^['‘’]$/.test(token.text)) return false;
  return !(/\p{L}/u.test(text[token.start - 1] ?? "") && /\p{L}/u.test(text[token.end] ?? ""));
}

function partOfEntity(span: { type: string; name: string }, quoted: boolean): Part {
  if (quoted) return { kind: "break" };
  if (isPlace(span.type as never) || isKnownPlace(span.name)) return { kind: "place", country: countryOf(span.name) };
  if (span.type === "event") return { kind: "modifier", text: span.name };
  return { kind: "break" };
}

function partOfToken(token: Token, quoted: boolean): Part {
  const word = token.text;
  if (quoted) return { kind: "break" };
  if (token.pos === "VERB" || token.pos === "AUX") return { kind: "verb" };
  if (/^[’']s$/.test(word)) return { kind: "modifier", text: "" };
  const key = word.toLowerCase();
  const country = countryOf(word);
  if (/^\p{Lu}/u.test(word) && isKnownPlace(word)) {
    // A demonym describes ("Chinese economy"); a country or city names the place.
    return DEMONYM_TO_COUNTRY.has(key) ? { kind: "modifier", text: word, country } : { kind: "place", country };
  }
  if (/\d/.test(word) || ORDINAL.test(word) || ROLE_WORDS.has(key) || PLACE_NOUNS.has(key)) return { kind: "break" };
  // A capitalised word the article does not name as anyone, before a noun: "Masters title".
  if (/^\p{Lu}/u.test(word) && (token.pos === "PROPN" || token.pos === "NOUN")) return { kind: "modifier", text: word };
  return token.pos === "NOUN" ? { kind: "noun", text: word } : { kind: "break" };
}

/** A run of nouns with what stands right before it ("Ukraine conflict", "Masters title"). */
interface Run {
  words: string[];
  countries: string[];
  /** Index of the part after the run's last noun. */
  end: number;
}

function runsOf(parts: Part[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let prefix: { words: string[]; countries: string[] } = { words: [], countries: [] };
  parts.forEach((part, index) => {
    if (part.kind === "noun") {
      current ??= { words: [...prefix.words], countries: [...prefix.countries], end: index + 1 };
      current.words.push(part.text);
      current.end = index + 1;
      return;
    }
    if (current) runs.push(current);
    current = null;
    if (part.kind === "modifier" && part.text) prefix = { words: [part.text], countries: [] };
    else if (part.kind === "modifier") {
      // "China's economy": the possessive stays with the word before it.
      const last = prefix.words.length - 1;
      if (last >= 0) prefix.words[last] += "’s";
      return;
    } else if (part.kind === "place") prefix = { words: [part.country], countries: [part.country] };
    else prefix = { words: [], countries: [] };
  });
  if (current) runs.push(current);
  return runs;
}

interface HeadlineTopic {
  /** "China and the Ukraine conflict", "Terms in India", "The news". */
  topic: string;
  /** A lone noun or none ("Terms", "Bank"): the headline says too little of what kind of story it is. */
  weak: boolean;
  /** The countries the headline's places are in, in order. */
  countries: string[];
}

/** What the story is about, from its headline: "Earthquake in China", "China and the Ukraine conflict". */
function headlineTopicOf(headline: string, facts: Facts): HeadlineTopic {
  const parts = partsOf(headline, facts);
  const runs = runsOf(parts);
  const firstVerb = parts.findIndex((part) => part.kind === "verb");
  // The headline's subject is the run just before its first verb; without one, the first run after it.
  const beforeVerb = runs.filter((run) => firstVerb < 0 || run.end <= firstVerb);
  const main = beforeVerb.at(-1) ?? runs[0];
  const allCountries = [...new Set(parts.flatMap((part) => (part.kind === "place" ? [part.country] : [])))];
  const countries = allCountries.filter((country) => !main?.countries.includes(country));
  if (!main) {
    const topic = countries.length ? `News from ${countries.slice(0, 2).join(" and ")}` : "The news";
    return { topic, weak: true, countries: allCountries };
  }
  const topic = main.words.join(" ");
  const mainAt = main.end;
  const placeAt = (country: string) => parts.findIndex((part) => part.kind === "place" && part.country === country);
  const before = countries.filter((country) => placeAt(country) < mainAt).slice(0, 1);
  const after = countries.filter((country) => placeAt(country) >= mainAt).slice(0, 1);
  let title = before.length ? `${before[0]} and the ${topic}` : topic;
  if (after.length && !before.length) title += ` in ${after[0]}`;
  const weak = main.words.length - main.countries.length < 2 && !before.length;
  return { topic: title.charAt(0).toUpperCase() + title.slice(1), weak, countries: allCountries };
}

/** The countries of the places the story's first two sentences name, in order. */
function leadCountries(facts: Facts): string[] {
  const places = facts.mentions.filter((mention) => mention.sentence < 2 && isPlace(mention.type));
  return [...new Set(places.map((mention) => countryOf(mention.text)).filter(isKnownPlace))];
}

/**
 * What the story is about: the kind of story its headline (or, failing that, its lead) names, in its
 * country ("Earthquake in Japan" for "Quake jolts Tokyo"); else the headline's own subject.
 */
export function topicOf(headline: string, facts: Facts): string {
  const fromHeadline = headlineTopicOf(headline, facts);
  const lead = facts.sentences
    .slice(0, 2)
    .map((sentence) => sentence.text)
    .join(" ");
  const text = facts.parsed.text;
  const mayName = (word: string) =>
    !isKnownPlace(word) &&
    !new RegExp(`\\b${word.toLowerCase()}\\b`).test(text) &&
    !facts.mentions.some((mention) => mention.type === "person" && mention.text.split(" ").includes(word));
  const kind = storyKindOf(headline, lead, fromHeadline.weak, mayName);
  if (!kind) return fromHeadline.topic;
  const countries = fromHeadline.countries.length ? fromHeadline.countries : leadCountries(facts);
  return kindTitle(kind, countries);
}

/** The default title of a set made from one article: "Earthquake in China — Reuters, 19 Dec 2023". */
export function defaultSetTitle(article: TitleSource, facts: Facts): string {
  const topic = topicOf(article.headline, facts);
  const date = article.publishedAt ? shortDate(article.publishedAt) : null;
  const source = article.source?.trim();
  const credit = [source, date].filter(Boolean).join(", ");
  return (credit ? `${topic} — ${credit}` : topic).slice(0, MAX_LENGTH);
}

/** The same, reading the facts from the article's text. */
export function defaultSetTitleOf(article: TitleSource & { text: string }): string {
  return defaultSetTitle(article, extractFacts(article.text, article.publishedAt));
}
