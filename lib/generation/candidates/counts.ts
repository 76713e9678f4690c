import { MONTH_NAMES, NUMBER_WORDS } from "../data/calendar.data";
import { DATELINE, type Facts } from "../facts";
import type { Sentence } from "../parse";
import { shuffled } from "../shared/random";
import type { ArticleInput } from "../types";
import { FRAGMENT, TIME_DETAIL } from "./blank-checks";
import { asOfLine, BLANK, makeCandidate, shownTitleOf, sourceLine, type Candidate } from "./candidate";
import {
  clauseAround,
  finish,
  MAX_CLAUSE_WORDS,
  MIN_BLANK_STEM_WORDS,
  opensWithUnclearReference,
  PRONOUN_START,
  refersElsewhere,
  UNRESOLVED_REFERENCE,
  withoutListMarks,
} from "./stems";
import { wordCount } from "../shared/word-count";

// Counts written out ("eleven years", "three astronauts") and ordinals that count ("the 10th consecutive
// rise", "the third time"): the tagger's numbers are digits only, so these had no question.
const SPELLED_ORDINALS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];
// Plurals without an s: "seven people", "two crewed spacecraft".
const PLURALS_WITHOUT_S = "people|children|men|women|aircraft|spacecraft|craft|cattle|sheep|fish|personnel|staff";
// "eleven years", "three crewed spacecraft": a spelled count of two or more before a plural noun.
const SPELLED_COUNT = new RegExp(
  String.raw`\b(${NUMBER_WORDS.slice(2).join("|")})\s+(?=(?:[a-z-]+\s+)?(?:[a-z]+s|${PLURALS_WITHOUT_S})\b)`,
  "gi",
);
// "the 10th consecutive rise", "for the third straight year", "the third nation to …" (not "in the 19th minute":
// the minute of a goal is a detail of the telling).
const ORDINAL = new RegExp(
  String.raw`\b(\d{1,3}(?:st|nd|rd|th)|${SPELLED_ORDINALS.slice(2).join("|")})\s+` +
    String.raw`(?=(?:consecutive|straight|successive|time|round|term|year|month|week|day|place|` +
    String.raw`largest|biggest|` +
    // "his 19th career Olympic medal", "a record fourth hundred", "her third title".
    String.raw`(?:career\s+)?(?:Olympic\s+|Grand\s+Slam\s+|major\s+)?(?:medal|title|hundred|win|victory)|` +
    String.raw`highest|lowest)\b|` +
    // "the third nation to send a man into space", "the second country to ratify it".
    String.raw`(?:nation|country|state|city|team|player|woman|man|person|company|firm|bank|club)\s+to\s+[a-z]+)`,
  "gi",
);
const COUNTED_OUT = /^[^—–(:,]{0,24}[—–(:,]\s*(?:an?|one)\s+[a-z]+\s+and\s+(?:an?|one)\s+[a-z]+/i;
const SHORT_SPAN = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?)\b/i;
// "about two thirds of the total": a fraction, not a count.
const FRACTION = /^[\s-]+(?:thirds|quarters|halves|fifths|tenths)\b/i;
// "two-thirds of the coral cover died", "by three-quarters of a point": a spelled fraction of something, asked among
// the fractions nearest it, written the same way.
const FRACTIONS = ["one-fifth", "one-quarter", "one-third", "one-half", "two-thirds", "three-quarters"];
const fractionIndex = (word: string) => FRACTIONS.indexOf(word.toLowerCase().replace(" ", "-"));
// (Not "by three-quarters of a point": rates move by quarters, so thirds are no stand-ins and the quarters too few;
// judged round 22, both judges.)
const SPELLED_FRACTION = new RegExp(
  String.raw`\b((?:one|two|three)[- ](?:fifth|quarter|third|half|thirds|quarters))` +
    String.raw`(?=\s+of\b)(?!\s+of\s+an?\s+(?:percentage\s+)?point)`,
  "gi",
);
const MONTH_NEAR = new RegExp(String.raw`\b(?:${MONTH_NAMES.join("|")})\b`, "i");

/** How many: a spelled count, a counting ordinal or a spelled fraction blanked, its neighbours the wrong answers. */
export function countCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of facts.sentences) {
    if (PRONOUN_START.test(sentence.text) || opensWithUnclearReference(sentence.text, shownTitleOf(article))) continue;
    // "TALUQAN, Afghanistan, Feb. 15 (Xinhua) — An army airstrike … killed seven …": the lead's count is
    // asked with the dateline left out of the stem.
    const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    for (const pattern of [SPELLED_COUNT, ORDINAL, SPELLED_FRACTION]) {
      for (const match of sentence.text.matchAll(pattern)) {
        const word = match[1]!;
        const start = match.index!;
        if (start < dateline) continue;
        // "October 9th", "the 2nd of October": a date, which "when" asks.
        if (MONTH_NEAR.test(sentence.text.slice(Math.max(0, start - 12), start + word.length + 12))) continue;
        // "three years ago", "a 63-year-old statute": how long ago or how old is a detail of the telling.
        if (TIME_DETAIL.test(sentence.text.slice(start, start + word.length + 16))) continue;
        // "the two leaders", "both … the two sides": the count names the pair the story is about, it tells nothing.
        if (pattern === SPELLED_COUNT && /\bthe\s+$/i.test(sentence.text.slice(Math.max(0, start - 4), start)))
          continue;
        // "within the next two weeks", "two hours after touchdown": a short span of time is a detail of the telling.
        const next = sentence.text.slice(start + word.length, start + word.length + 12);
        if (SHORT_SPAN.test(next) || FRACTION.test(next)) continue;
        // "Nobody has ever made four hundreds as captain": a larger count is as true (judged round 9).
        if (/\b(?:[Nn]obody|[Nn]o one|[Nn]ever)\b/.test(sentence.text.slice(0, start))) continue;
        // "Two more medals — a gold and a silver —": the sentence counts them out itself.
        if (COUNTED_OUT.test(sentence.text.slice(start + word.length, start + word.length + 40))) continue;
        const options = neighboursOf(word, sentence.text);
        if (!options) continue;
        candidates.push(countCandidate(article, facts, sentence, start, word, options, dateline));
      }
    }
  }
  return candidates;
}

/**
 * Three numbers near `word`, written the same way ("tenth" → "eighth", "ninth", "eleventh"); one the sentence shows
 * ("won his _____ title … and the fifth Grand Slam title") gives way to the next further out.
 */
function neighboursOf(word: string, sentence: string): string[] | undefined {
  const lower = word.toLowerCase();
  const capital = (value: string) => (/^[A-Z]/.test(word) ? value.charAt(0).toUpperCase() + value.slice(1) : value);
  const shown = (n: number, list: readonly string[]) => new RegExp(String.raw`\b${list[n]}\b`, "i").test(sentence);
  for (const list of [NUMBER_WORDS, SPELLED_ORDINALS]) {
    const index = list.indexOf(lower);
    if (index < 0) continue;
    const fits = (n: number) => n >= 2 && n < list.length;
    // "two" has no smaller count before a plural: three, four and five stand in.
    const near = (index === 2 ? [3, 4, 5] : [index - 2, index - 1, index + 1, index + 2]).filter(fits);
    if (near.length < 3) return undefined;
    // (None already among the near ones: "two" next to a shown "three" takes six, not a second five.)
    const further = [index + 3, index - 3, index + 4, index + 5].filter(
      (n) => fits(n) && !shown(n, list) && !near.includes(n),
    );
    return shuffled(near, word)
      .slice(0, 3)
      .map((n) => (shown(n, list) ? further.shift() : n))
      .filter((n) => n !== undefined)
      .map((n) => capital(list[n]!));
  }
  const fraction = fractionIndex(word);
  if (fraction >= 0) {
    // (The nearest three by size, in the article's spelling: "two thirds" takes "one third".)
    const nearest = [...FRACTIONS.keys()]
      .filter((n) => n !== fraction)
      .sort((a, b) => Math.abs(a - fraction) - Math.abs(b - fraction) || b - a)
      .slice(0, 3);
    return nearest.map((n) => capital(word.includes(" ") ? FRACTIONS[n]!.replace("-", " ") : FRACTIONS[n]!));
  }
  const digits = /^(\d+)(st|nd|rd|th)$/i.exec(word);
  if (!digits) return undefined;
  const value = Number(digits[1]);
  const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));
  const near = [value - 2, value - 1, value + 1, value + 2].filter((n) => n >= 2);
  return shuffled(near, word)
    .slice(0, 3)
    .map((n) => `${n}${suffix(n)}`);
}

function countCandidate(
  article: ArticleInput,
  facts: Facts,
  sentence: Sentence,
  start: number,
  word: string,
  options: string[],
  dateline: number,
): Candidate {
  const clause = clauseAround(sentence.text, start, start + word.length);
  const local = start - clause.offset;
  const cut = clause.offset === 0 ? dateline : 0;
  const blanked = finish(
    `${clause.text.slice(cut, local)}${BLANK}${clause.text.slice(local + word.length)}`.trimStart(),
  );
  // "Seven people died in the two explosions." is too short to ask alone: the sentence before it says where and
  // what ("In northwest Pakistan on Thursday, a woman suicide bomber struck police …"), as a blank's does.
  const context = clause.offset === 0 ? contextFor(article, facts, sentence, blanked) : undefined;
  const stem = context === undefined ? blanked : `${withoutListMarks(facts.sentences[context]!.text)} ${blanked}`;
  // "capping _____ weeks in which …": a clause cut from its subject reads as a riddle.
  const problems = clause.offset > 0 && /^["“”']?\s*[a-z]/.test(clause.text) ? [FRAGMENT] : [];
  // "In the last _____ years, hardly anyone said much about this last milestone": which milestone, the stem does not
  // say (judged round 12, both judges), as with every other blank.
  if (refersElsewhere(stem, shownTitleOf(article))) problems.push(UNRESOLVED_REFERENCE);
  // "down some _____ percentage points": a count the sentence gives as rough has its neighbours as right as it is
  // (judged round 19: both judges, "four" as defensible as "some three").
  if (ROUGHLY.test(sentence.text.slice(0, start))) problems.push(ROUGH_COUNT);
  const asOf = asOfLine(article);
  const spelled = NUMBER_WORDS.indexOf(word.toLowerCase());
  const fraction = fractionIndex(word) >= 0;
  return makeCandidate(facts, "how-many", {
    prompt: `${fraction ? "How much" : "How many"}? Complete this sentence from the article: “${stem}”`,
    stem,
    answer: word,
    accepted: spelled >= 0 ? [word, String(spelled)] : [word],
    distractors: { options, fromArticle: 0 },
    problems,
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
    sentence: sentence.index,
    context,
    entity: `count:${word.toLowerCase()}`,
    explanation:
      `Correct: ${word}. ${asOf}${asOf ? "the" : "The"} article ${sourceLine(article, !asOf)} says: ` +
      `“${sentence.text}”`,
  });
}

const ROUGHLY = /\b(?:some|about|around|roughly|approximately|nearly|almost|perhaps|maybe)\s+$/i;
const ROUGH_COUNT = "not worth asking: a rough count";

/** The sentence before, shown ahead of a stem too short to ask alone, where it reads as a statement of its own. */
function contextFor(article: ArticleInput, facts: Facts, sentence: Sentence, stem: string): number | undefined {
  const before = facts.sentences[sentence.index - 1];
  const title = shownTitleOf(article);
  return before &&
    wordCount(stem) < MIN_BLANK_STEM_WORDS &&
    sentence.paragraph - before.paragraph <= 1 &&
    !DATELINE.test(before.text) &&
    !/\b(?:he|him|his|she|her|they|them|their|it|its)\b/i.test(before.text) &&
    !opensWithUnclearReference(before.text, title) &&
    !refersElsewhere(before.text, title) &&
    /[.!?]["”’]?$/.test(before.text) &&
    wordCount(before.text) + wordCount(stem) <= MAX_CLAUSE_WORDS
    ? before.index
    : undefined;
}
