import { AP_STATE_ABBREVIATIONS } from "../data/places.data";
import { BLANK, MIN_BLANK_STEM_WORDS, UNRESOLVED_REFERENCE, type Candidate } from "../candidates";
import { isDayOfMonth } from "../distractors";
import { isPlace, type Facts } from "../facts";
import {
  CAPITAL_TO_COUNTRY,
  CITY_NAMES,
  COUNTRY_BY_NAME,
  namesOfCountry,
  ORGANIZATION_BY_NAME,
  type Country,
} from "../gazetteer";
import { LEAD_FACT } from "../lead";
import { normalizeAnswer } from "../shared/normalize";
import { wordCount } from "../shared/word-count";
import { pronounBeforeAnyone } from "./pronoun-checks";
import type { SentenceVerdict } from "./sentence-checks";

/** What every check reads of a candidate, worked out once per candidate. */
export interface GateView {
  candidate: Candidate;
  facts: Facts;
  /** The stem normalised, with a space at each end, so whole words match. */
  stem: string;
  /** The answer normalised. */
  answer: string;
  /** The country the answer names, if it is one. */
  country: Country | undefined;
  /** How many words the stem has. */
  stemWords: number;
  /** Whether the evidence sentence is a caption or a fragment (three checks read it). */
  verdict: SentenceVerdict;
}

/** A rule every question must pass, and the reason a question that fails it records. */
export interface QualityCheck {
  name: string;
  reason: string;
  fails: (view: GateView) => boolean;
  /** It reads the candidate's choices, which a blank works out only when asked: run only if nothing else fails. */
  readsChoices?: true;
}

const MAX_STEM_WORDS = 35;

const LEAKED = "answer leaked in stem";
const FRAGMENT = "built from a caption or fragment, not a sentence";
const UNRESOLVED_PRONOUN = "unresolved pronoun";
export const TOO_FEW_DISTRACTORS = "not enough plausible distractors of the same kind";

// "the other four", "the latter": who or what is meant is in another sentence.
// "Other than that, …", "Apart from this, …": what is set aside is in the sentence before.
const ANOTHER_SENTENCE = new RegExp(
  String.raw`\bthe (?:other|remaining) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|` +
    String.raw`\bthe (?:former|latter)\b|` +
    String.raw`^(?:Other than|Apart from|Aside from|Besides|Despite|Because of|Beyond) ` +
    String.raw`(?:that|this|these|those|the \w+,)`,
  "i",
);

// "after the Soviet Union and the United States, the _____": the names before an ordinal blank count it out.
const COUNTED_OUT =
  /\b(?:after|behind|following)\s+(?:the\s+)?\p{Lu}[^,;]*?(?:,|\s+and\s+)[^;]*?,\s+(?:the\s+|becoming\s+the\s+)?_____/u;

// A map, not the record itself: an answer looked up as a property name costs a string-table lookup per candidate.
const STATE_ABBREVIATION_BY_NAME = new Map(Object.entries(AP_STATE_ABBREVIATIONS));

/**
 * `padded` (a space at each end) has `word` as a whole word: what `padded.includes(` ${word} `)` says, without
 * building that string for each check of each candidate.
 */
function includesWord(padded: string, word: string): boolean {
  for (let at = padded.indexOf(word, 1); at >= 0; at = padded.indexOf(word, at + 1))
    if (padded.charCodeAt(at - 1) === 32 && padded.charCodeAt(at + word.length) === 32) return true;
  return false;
}

/** "National Oceanic and Atmospheric Administration (_____)": the capitalised words before spell the acronym. */
function acronymSpelledBefore({ candidate }: GateView): boolean {
  if (!/^[A-Z]{2,6}$/.test(candidate.answer) || !candidate.stem.includes("(_____)")) return false;
  const before = candidate.stem
    .slice(0, candidate.stem.indexOf("(_____)"))
    .trim()
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word));
  const initials = before.map((word) => word[0]).join("");
  return initials.endsWith(candidate.answer) || initials.endsWith(candidate.answer.slice(0, -1));
}

/** "MADRID (AP) — _____ completed the signing": a place inside an organisation's name ("Real Madrid"). */
function placeOfNameInStem({ candidate, stem }: GateView): boolean {
  // A one-word answer has no place inside it: no need to look its words up.
  if ((candidate.type !== "which-organization" && candidate.type !== "fill-in") || !candidate.answer.includes(" "))
    return false;
  const places = candidate.answer
    .split(/\s+/)
    .filter(
      (word) => word.length > 3 && (COUNTRY_BY_NAME.has(word.toLowerCase()) || CITY_NAMES.has(word.toLowerCase())),
    );
  return places.some((place) => includesWord(stem, normalizeAnswer(place)));
}

/**
 * The quality gate's rules, in the order their reasons are recorded. A candidate that fails any is
 * dropped with every reason it failed (the problems found while it was built come first).
 */
export const QUALITY_CHECKS: readonly QualityCheck[] = [
  {
    name: "answer in the stem",
    reason: LEAKED,
    fails: ({ candidate, facts, stem, answer }) =>
      candidate.type !== "true-false" &&
      // "_____ gave no specifics on the deal …, Kamerhe said": a blanked person named again in the stem.
      (candidate.type !== "who" || candidate.stem.includes("_____")) &&
      candidate.type !== "role" &&
      answer.length > 1 &&
      (includesWord(stem, answer) ||
        (candidate.stem.includes("_____") &&
          facts.entities.get(candidate.entity)?.type === "person" &&
          includesWord(stem, normalizeAnswer(candidate.entity.split(" ").at(-1)!)))),
  },
  {
    name: "role named in its own question",
    reason: LEAKED,
    fails: ({ candidate, answer }) =>
      candidate.type === "role" &&
      includesWord(` ${normalizeAnswer(candidate.prompt.replace(candidate.answer, ""))} `, answer),
  },
  { name: "acronym spelled out before the blank", reason: LEAKED, fails: acronymSpelledBefore },
  {
    name: "acronym after the blank",
    reason: LEAKED,
    fails: ({ candidate }) => /_____\s*\(\s*[A-Z]{2,6}\s*\)/.test(candidate.stem),
  },
  {
    // "…he left _____ for the United States, Duncan -- a Liberian national": the demonym names the country.
    name: "demonym of the country in the stem",
    reason: LEAKED,
    fails: ({ candidate, stem, country }) =>
      !!country?.demonym && candidate.type !== "true-false" && includesWord(stem, normalizeAnswer(country.demonym)),
  },
  { name: "place of the organisation's name in the stem", reason: LEAKED, fails: placeOfNameInStem },
  {
    // "WELLINGTON (Reuters) - _____'s parliament voted …": the capital in the dateline names the country.
    name: "capital of the country in the stem",
    reason: LEAKED,
    fails: ({ candidate, stem, country }) =>
      !!country?.capital && candidate.type !== "true-false" && includesWord(stem, normalizeAnswer(country.capital)),
  },
  {
    // "talks between Iran and the United States … negotiating _____'s nuclear programs": the stem names the
    // country, so its capital is the one choice among other countries' capitals that fits.
    name: "country of the capital in the stem",
    reason: LEAKED,
    fails: ({ candidate, stem }) => {
      if (candidate.type === "true-false") return false;
      const country = CAPITAL_TO_COUNTRY.get(candidate.answer.toLowerCase());
      return (
        !!country &&
        (includesWord(stem, normalizeAnswer(country.name)) ||
          (!!country.demonym && includesWord(stem, normalizeAnswer(country.demonym))))
      );
    },
  },
  {
    // '"Today the US has gone back to the Moon," said _____ administrator Bill Nelson': the stem names the national
    // body's country, and the other choices are other countries' bodies.
    name: "country of the national body in the stem",
    reason: LEAKED,
    fails: ({ candidate, stem }) => {
      if (candidate.type !== "which-organization" && candidate.type !== "fill-in") return false;
      const home = ORGANIZATION_BY_NAME.get(candidate.answer.toLowerCase())?.country;
      const country = home ? COUNTRY_BY_NAME.get(home.toLowerCase()) : undefined;
      return (
        !!country &&
        namesOfCountry(country)
          .concat(country.demonym ?? [])
          .some((name) => name.length > 1 && includesWord(stem, normalizeAnswer(name)))
      );
    },
  },
  {
    // "MONTGOMERY, Ala. -- _____'s new law": the dateline's abbreviation names the state.
    name: "state abbreviation in the stem",
    reason: LEAKED,
    fails: ({ candidate }) => {
      const abbreviation = STATE_ABBREVIATION_BY_NAME.get(candidate.answer);
      return !!abbreviation && candidate.stem.includes(abbreviation);
    },
  },
  {
    // "_____ intends to send up two crewed spacecraft" in a story about China's space programme: the place the
    // whole story is set in is no question, and every sentence that names it would be given away by it.
    name: "the story's setting",
    reason: "not worth asking: the place the whole story is set in",
    fails: ({ candidate, facts }) =>
      candidate.type !== "role" &&
      isPlace(facts.entities.get(candidate.entity)?.type) &&
      settingsOf(facts).has(candidate.entity),
  },
  {
    // "_____, though, who seems to have gills, can grin in the water" in a story about Michael Phelps: the person
    // the whole story is about is no question to pick out of four (a true/false about them still is).
    name: "the story's subject",
    reason: "not worth asking: the person the whole story is about",
    fails: ({ candidate, facts }) =>
      candidate.type !== "role" &&
      candidate.type !== "true-false" &&
      facts.entities.get(candidate.entity)?.type === "person" &&
      settingsOf(facts).has(candidate.entity),
  },
  {
    // "£_____ (54,000 euros, 80,000 dollars)": the same figure in other units beside the blank converts back.
    name: "figure given in other units beside the blank",
    reason: LEAKED,
    fails: ({ candidate }) =>
      candidate.type === "how-many" &&
      (/_____\s*(?:[a-z]+\s*){0,2}\(\s*(?:about|around|roughly|some|nearly|almost|or\s+)?[$€£¥]?\d/i.test(
        candidate.stem,
      ) ||
        /\d[^()]{0,20}\([^()]*_____/i.test(candidate.stem)),
  },
  {
    // "after the Soviet Union and the United States, the _____ nation to …": the ones before it are counted out.
    name: "ordinal counted out by the names before it",
    reason: LEAKED,
    fails: ({ candidate }) =>
      /^(?:second|third|fourth|fifth|\d+(?:nd|rd|th))$/i.test(candidate.answer) && COUNTED_OUT.test(candidate.stem),
  },
  {
    // "Remain took 48.1 per cent, Leave _____": two shares of one whole give each other away.
    name: "the other share of a whole in the stem",
    reason: LEAKED,
    fails: ({ candidate }) => {
      const share = /^(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)$/i.exec(candidate.answer.trim());
      if (candidate.type !== "how-many" || !share) return false;
      const others = [...candidate.stem.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)/gi)];
      return others.some((other) => Math.abs(Number(other[1]) + Number(share[1]) - 100) < 0.05);
    },
  },
  {
    // A weekday on its own ("…at midday _____") is rarely what a reader should take away.
    name: "weekday on its own",
    reason: "not worth asking: a weekday on its own",
    fails: ({ candidate }) =>
      candidate.type === "when" &&
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(candidate.answer),
  },
  {
    // "On _____, at 6:32 pm ET, … the Odysseus spacecraft … set down": the day of the story's own event, in its lead.
    // A day anywhere else ("starts on May 16 at Valhalla", "discovered … on May 20", "as of October 9") is a detail.
    name: "a day of the month past the lead",
    reason: "not worth asking: a date in a side detail",
    fails: ({ candidate }) =>
      candidate.type === "when" &&
      isDayOfMonth(candidate.answer) &&
      (!candidate.notes.includes(LEAD_FACT) || /\bas of\s+_____/.test(candidate.stem)),
  },
  {
    // "According to him, … his Russian counterpart", '"…," he said', "his predecessor": a person meant by a
    // pronoun the stem never names before it.
    name: "'he', 'his' or 'her' with nobody named before",
    reason: UNRESOLVED_PRONOUN,
    fails: (view) => view.candidate.context === undefined && pronounBeforeAnyone(view),
  },
  {
    // "[Kathy Hochul] revived it in _____": in a short stem, "it" or "them" is what the question is about.
    name: "'it' in a short stem",
    reason: UNRESOLVED_PRONOUN,
    fails: ({ candidate, stemWords }) =>
      candidate.stem.includes("_____") &&
      stemWords < 14 &&
      /\b(?:it|them)\b/.test(candidate.stem.replace(/^\[[^\]]*\]/, "")),
  },
  {
    // "Obama won Washington and ___, but lost the other four": which four is in another sentence.
    name: "reference to another sentence",
    reason: UNRESOLVED_REFERENCE,
    fails: ({ candidate }) => ANOTHER_SENTENCE.test(candidate.stem),
  },
  {
    // (With the sentence before it too: stems of 36 to 42 words over two sentences were refused in 5 of 8 verdicts,
    // judged round 17.)
    name: "stem too long",
    reason: `stem longer than ${MAX_STEM_WORDS} words`,
    fails: ({ stemWords }) => stemWords > MAX_STEM_WORDS,
  },
  {
    // A blanked sentence needs context around the blank; a written question can be short.
    name: "stem too short",
    reason: "stem too short to give the context a fair question needs",
    fails: ({ candidate, stemWords }) => stemWords < (candidate.stem.includes("_____") ? MIN_BLANK_STEM_WORDS : 5),
  },
  {
    name: "evidence without a verb, or under six words",
    reason: FRAGMENT,
    fails: ({ verdict }) => verdict.noVerbOrTooShort,
  },
  {
    name: "evidence cut from a longer sentence",
    reason: FRAGMENT,
    fails: ({ verdict }) => verdict.cutFromLonger,
  },
  {
    // "According to the FOX Forecast Center, no fewer than 26 EF-2 t": a paste copied part way ends mid-sentence.
    // A stem cut at a clause before the cut is whole ("Markets sank as _____, Europe's worst-hit place, started
    // enforcing a lockdown on 16 million people in its north …" from "… checking the documents of travelers amid").
    name: "evidence is the paste's cut-off last sentence",
    reason: FRAGMENT,
    fails: ({ candidate, facts }) => {
      if (candidate.sentence !== facts.sentences.length - 1) return false;
      const text = facts.sentences[candidate.sentence]!.text.trimEnd();
      return (
        !/[.!?…]["”’')\]]*(?:\s*\(\s*[A-Z][A-Za-z.]{1,12}\s*\))?$/.test(text) &&
        // (The stem must stop well before the cut: "no fewer than _____ EF-2 t …" and "has fallen to _____ …" do not.)
        (!candidate.stem.includes(BLANK) ||
          !candidate.stem.endsWith("…") ||
          wordCount(candidate.stem.replace(/\s*…$/, "")) > wordCount(text) - 4)
      );
    },
  },
  {
    name: "evidence is a photo caption",
    reason: FRAGMENT,
    fails: ({ verdict }) => verdict.photoCredit,
  },
  {
    name: "quotation trimmed mid-word",
    reason: "quote trimmed mid-word",
    fails: ({ candidate }) => candidate.type === "who-said" && /\w…|…\w/.test(candidate.stem),
  },
  {
    name: "answer too long to type",
    reason: "answer too long to type",
    fails: ({ candidate }) => candidate.type === "fill-in" && candidate.answer.split(/\s+/).length > 3,
  },
];

const settings = new WeakMap<Facts, Set<string>>();

/** Places and people named in four sentences or more and in at least two of every five of the story's sentences. */
function settingsOf(facts: Facts): Set<string> {
  let known = settings.get(facts);
  if (!known) {
    const sentencesOf = new Map<string, Set<number>>();
    for (const mention of facts.mentions)
      if (isPlace(mention.type) || mention.type === "person")
        sentencesOf.set(mention.entity, (sentencesOf.get(mention.entity) ?? new Set()).add(mention.sentence));
    known = new Set(
      [...sentencesOf]
        .filter(([, named]) => named.size >= 4 && named.size * 5 >= facts.sentences.length * 2)
        .map(([entity]) => entity),
    );
    settings.set(facts, known);
  }
  return known;
}

// Keyed by the stem itself: a string's hash is kept on the string, where a WeakMap entry per
// candidate cost more than the count.
const stemWordCounts = new Map<string, number>();

/** How many words a candidate's stem has (ranking asks again). */
export function stemWords(candidate: Candidate): number {
  let count = stemWordCounts.get(candidate.stem);
  if (count === undefined) {
    count = wordCount(candidate.stem);
    if (stemWordCounts.size > 20_000) stemWordCounts.clear();
    stemWordCounts.set(candidate.stem, count);
  }
  return count;
}
