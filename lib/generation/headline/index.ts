/**
 * Stage 4 — headline. What the headline (shown above the quiz) gives away.
 * In: the candidates, the facts, and the article's title.
 * Out: the same candidates, marked: a sentence that repeats the headline gets "built from the headline,
 * not the story"; an answer the headline shows gets "answer shown in the headline" (both problems the
 * gate drops); a name it gives, asked on another matter, gets the note HEADLINE_NAMED (ranked lower).
 */
import escapeStringRegexp from "escape-string-regexp";
import { OLYMPIC_HOSTS, TITLE_WORD_IMPLIES } from "../data/implied.data";
import { HEADLINE_FUNCTION_WORDS } from "../data/language-words.data";
import { PRODUCTS_BY_MAKER } from "../data/products.data";
import { normalizeAnswer } from "../shared/normalize";
import { leadWord } from "../shared/names";
import type { Candidate } from "../candidates";
import { isPlace, type EntityType, type Facts, shortFormsOf } from "../facts";
import {
  aliasesOf,
  CAPITAL_TO_COUNTRY,
  CITY_NAMES,
  COUNTRY_BY_NAME,
  DEMONYM_TO_COUNTRY,
  US_STATES,
  namesOfCountry,
} from "../gazetteer";

const isPlaceWord = (word: string) =>
  COUNTRY_BY_NAME.has(word) || CITY_NAMES.has(word) || DEMONYM_TO_COUNTRY.has(word) || US_STATES.has(word);

/** The story's subject, named in the headline: fair to ask about other matters, but guessed more easily. */
export const HEADLINE_NAMED = "answer named in the headline";

const FUNCTION_WORDS = new Set(HEADLINE_FUNCTION_WORDS);

/** Words that carry meaning, crudely stemmed ("wins" and "win", "talks" and "talk" match). */
function contentWords(normalized: string): Set<string> {
  const found = new Set<string>();
  for (const word of normalized.split(" ")) {
    const stemmed = contentWord(word);
    if (stemmed !== undefined) found.add(stemmed);
  }
  return found;
}

// Every stem of every candidate is read word by word, and the same words come back in every article: each
// word's verdict is remembered ("" for a word that carries no meaning).
const contentWordOf = new Map<string, string>();

/** A word's crude stem, or undefined for a short word, a function word or one with a digit. */
function contentWord(word: string): string | undefined {
  let stemmed = contentWordOf.get(word);
  if (stemmed === undefined) {
    stemmed =
      word.length < 4 || FUNCTION_WORDS.has(word) || /\d/.test(word)
        ? ""
        : word.replace(/(?:ing|ed|es|s)$/, "").replace(/e$/, "") || word;
    if (contentWordOf.size > 20_000) contentWordOf.clear();
    contentWordOf.set(word, stemmed);
  }
  return stemmed || undefined;
}

/** What the helpers below read of one headline: worked out once per call of markHeadlineAnswers. */
interface Headline {
  facts: Facts;
  /** The title as given (for a figure's whole part, matched in its own spelling). */
  title: string;
  /** The normalised headline, with a space at each end, so whole words match. */
  shown: string;
  /** Its content words, crudely stemmed (contentWords). */
  words: Set<string>;
  /** Its normalised words, as they are. */
  wordSet: Set<string>;
  /**
   * What each answer shows of the headline, by true/false or not, entity and answer: most answers are
   * asked several ways (choice, typed, true or false). Nested maps, not a joined key: no string built per
   * candidate.
   */
  shownForms: [Map<string, Map<string, string[]>>, Map<string, Map<string, string[]>>];
  /** Each stem's content words (sameMatter): a choice, its typed form and a true/false often share a stem. */
  stemWords: Map<string, Set<string>>;
}

/**
 * Marks what the headline (the article's `title`) gives away. A sentence that repeats it gets "built
 * from the headline, not the story"; answers it shows get "answer shown in the headline"; a name it
 * gives, asked on another matter, gets the note HEADLINE_NAMED (ranked lower).
 */
export function markHeadlineAnswers(
  candidates: Candidate[],
  facts: Facts,
  title: string,
  pastedHeadline = title,
): void {
  const headline = normalizeAnswer(title);
  if (!headline) return;
  // Pasted text often starts with its headline: a headline is a summary written to be read, not a fact to quiz.
  // (The article's own headline, whatever title the screen shows.)
  const headlineSentences = new Set(
    facts.sentences
      .filter((sentence) => [headline, normalizeAnswer(pastedHeadline)].includes(normalizeAnswer(sentence.text)))
      .map((sentence) => sentence.index),
  );
  for (const candidate of candidates)
    if (headlineSentences.has(candidate.sentence)) candidate.problems.push("built from the headline, not the story");
  const lead = facts.sentences.find((sentence) => !headlineSentences.has(sentence.index))?.index;
  // The headline heads the quiz on screen. A figure, date, place or role it gives answers any question
  // on it, and any name it gives is there to be typed; a name it gives answers a choice question on the
  // lead, which the headline restates, or on the same matter ("Scheffler wins second Masters title" over
  // "_____ won the Masters for the second time").
  // "Brexit referendum" says European Union, "iPhone" says Apple, "Olympics … 2012" says London.
  const implied = new Set(impliedBy(title).map(normalizeAnswer));
  const withImplied = [headline, ...implied].join(" ");
  const shown: Headline = {
    facts,
    title,
    shown: ` ${withImplied} `,
    words: contentWords(headline),
    wordSet: new Set(withImplied.split(" ")),
    shownForms: [new Map(), new Map()],
    stemWords: new Map(),
  };
  for (const candidate of candidates) {
    const kind = facts.entities.get(candidate.entity)?.type;
    const forms = shownIn(shown, candidate, kind);
    const whole = wholePartShown(candidate, title);
    if (!forms.length && !whole.length) continue;
    if (
      shownAnywhere(candidate, kind) ||
      // What the title means without writing it answers every question on it: "Leave the _____" under "Brexit".
      forms.some((form) => implied.has(form)) ||
      candidate.sentence === lead ||
      sameMatter(shown, candidate, whole.length ? [...forms, ...whole] : forms)
    )
      candidate.problems.push("answer shown in the headline");
    else candidate.notes.push(HEADLINE_NAMED);
  }
}

/** The forms of a candidate's answer the headline shows, worked out once per answer (see Headline). */
function shownIn(headline: Headline, candidate: Candidate, kind: EntityType | undefined): string[] {
  const byEntity = headline.shownForms[candidate.type === "true-false" ? 1 : 0];
  let byAnswer = byEntity.get(candidate.entity);
  if (!byAnswer) byEntity.set(candidate.entity, (byAnswer = new Map()));
  let shown = byAnswer.get(candidate.answer);
  if (!shown) byAnswer.set(candidate.answer, (shown = formsShown(headline, candidate, kind)));
  return shown;
}

function formsShown(headline: Headline, candidate: Candidate, kind: EntityType | undefined): string[] {
  const { facts, shown: shownHeadline, words: headlineWords } = headline;
  // Most answers share no word with the headline: every form below is made of the words of the
  // answer, the entity, its accepted forms or aliases (a place's country is looked up below).
  const named =
    candidate.type === "true-false"
      ? [candidate.entity, ...aliasesOf(candidate.entity)]
      : [candidate.entity, candidate.answer, ...candidate.accepted];
  if (
    !isPlace(kind) &&
    !normalizeAnswer(named.join(" "))
      .split(" ")
      .some((word) => headline.wordSet.has(word))
  )
    return [];
  const forms =
    candidate.type === "true-false"
      ? [candidate.entity, ...aliasesOf(candidate.entity), ...shortFormsOf(candidate.entity, facts)]
      : [candidate.answer, ...candidate.accepted];
  if (kind === "person" && candidate.type !== "role") forms.push(candidate.entity.split(" ").at(-1)!);
  // "Russia's Nuclear Help to Iran" over "But ___ announced Friday …": Moscow is Russia's capital.
  if (isPlace(kind)) {
    const name = candidate.entity.toLowerCase();
    // The gazetteer writes the U.S. capital "Washington D.C.".
    const country = CAPITAL_TO_COUNTRY.get(name) ?? COUNTRY_BY_NAME.get(name === "washington" ? "united states" : name);
    if (country) forms.push(...namesOfCountry(country), ...(country.capital ? [country.capital] : []));
  }
  const shown = forms.map(normalizeAnswer).filter((form) => form.length > 1 && shownHeadline.includes(` ${form} `));
  // "Ebola Response" to type under the title "Ebola": half of a term is half its spelling given.
  if (kind === "term")
    shown.push(...[...contentWords(normalizeAnswer(candidate.answer))].filter((word) => headlineWords.has(word)));
  // "Cisco" in the headline names Cisco Systems, and "Alaska Airlines" Alaska Air Group; but "Japan"
  // does not name the Japan Meteorological Agency: after a place the next word must match too.
  const [brand, second] =
    kind === "organization" && candidate.type !== "role" && leadWord(candidate.entity)
      ? normalizeAnswer(candidate.entity).split(" ")
      : [];
  if (
    brand &&
    (isPlaceWord(brand)
      ? second && second.length > 2 && new RegExp(` ${brand} ${second}`).test(shownHeadline)
      : shownHeadline.includes(` ${brand} `))
  )
    shown.push(brand);
  return shown;
}

/**
 * "… global temperature tops 17 degrees Celsius" over "reaching ___ degrees" (17.16): the headline gives the
 * whole part in the unit the sentence uses, and with it the one choice that starts with it.
 */
function wholePartShown(candidate: Candidate, title: string): string[] {
  const whole = candidate.type === "how-many" ? /^([$€£¥]?)(\d+)\.\d+(%?)/.exec(candidate.answer) : null;
  if (!whole) return [];
  const after = candidate.evidence.text.slice(
    candidate.evidence.text.indexOf(candidate.answer) + candidate.answer.length,
  );
  const unit = whole[3] || /^\s+([a-z]+)/.exec(after)?.[1] || "";
  return unit &&
    new RegExp(
      `(?<![\\d.])${escapeStringRegexp(whole[1]!)}${whole[2]}(?![\\d.])\\s*${escapeStringRegexp(unit)}`,
      "i",
    ).test(title)
    ? [whole[2]!]
    : [];
}

/**
 * A shown answer that any question on it gives away. A name to type is copied from the heading, whatever
 * the sentence; and a quotation in a story headed by one person's name is that person's, to any reader ("I
 * can't put into words what it means to win here again" under "Scheffler wins second Masters title").
 */
function shownAnywhere(candidate: Candidate, kind: EntityType | undefined): boolean {
  const speaker =
    candidate.type === "who-said" ||
    (candidate.type === "who" &&
      /["“”]/.test(candidate.stem) &&
      /\b(?:says|said|told|added)\s+_____|_____\s+(?:says|said|told|added)\b/.test(candidate.stem));
  return (
    candidate.type === "how-many" ||
    candidate.type === "when" ||
    candidate.type === "role" ||
    candidate.type === "fill-in" ||
    speaker ||
    /\d/.test(candidate.entity) ||
    isPlace(kind) ||
    kind === "term" ||
    kind === "event"
  );
}

/** The question is on the matter the headline tells of: its stem shares a headline word other than the answer's. */
function sameMatter(headline: Headline, candidate: Candidate, shown: string[]): boolean {
  const answerWords = contentWords(shown.join(" "));
  let stemWords = headline.stemWords.get(candidate.stem);
  if (!stemWords) {
    const words = candidate.stem
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ");
    headline.stemWords.set(candidate.stem, (stemWords = contentWords(words)));
  }
  for (const word of stemWords) if (headline.words.has(word) && !answerWords.has(word)) return true;
  return false;
}

// Each title word and each maker's products as one pattern, compiled once.
const IMPLYING_WORDS = Object.entries(TITLE_WORD_IMPLIES).map(
  ([word, names]) => [new RegExp(`\\b${escapeStringRegexp(word)}\\b`), names] as const,
);
const MAKERS = Object.entries(PRODUCTS_BY_MAKER).flatMap(([maker, products]) => {
  const named = products.filter((product) => product.length > 3).map(escapeStringRegexp);
  return named.length ? [[maker, new RegExp(`\\b(?:${named.join("|")})\\b`)] as const] : [];
});

/** Names a title gives without writing them: a product's maker, Brexit's union, an Olympic year's host city. */
function impliedBy(title: string): string[] {
  const implied = IMPLYING_WORDS.filter(([pattern]) => pattern.test(title)).flatMap(([, names]) => names);
  for (const [maker, products] of MAKERS) if (products.test(title)) implied.push(maker);
  const year = /\b(?:19|20)\d\d\b/.exec(title)?.[0];
  if (/\bOlympic/.test(title) && year && OLYMPIC_HOSTS[year]) implied.push(OLYMPIC_HOSTS[year]);
  return implied;
}
