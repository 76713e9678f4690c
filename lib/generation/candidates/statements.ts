import escapeStringRegexp from "escape-string-regexp";
import { CAUSE_WORDS, OPPOSITE_WORDS, SUBORDINATE_OPENINGS, UNFINISHED_ENDINGS } from "../data/statements.data";
import { DATELINE, type Facts } from "../facts";
import type { Sentence } from "../parse";
import { hash } from "../shared/random";
import { wordCount } from "../shared/word-count";
import type { ArticleInput } from "../types";
import { makeCandidate, shownTitleOf, sourceLine, type Candidate } from "./candidate";
import { OPENS_WITH_BARE_TITLE, titleNamesACompany } from "./blank-checks";
import { UNKNOWN } from "./sentence-info";
import {
  clauseCutsOf,
  DEED_REFERENCE,
  opensWithUnclearReference,
  PRONOUN_START,
  quotesBalanced,
  refersElsewhere,
} from "./stems";

// One alternation for every word with an opposite ("more than" before a number only: "more than doubled").
const OPPOSITE = new RegExp(
  String.raw`(?<![\w-])(?:${Object.keys(OPPOSITE_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((word) => (/ than$/.test(word) ? `${escapeStringRegexp(word)}(?= (?:\\$|€|£)?\\d)` : escapeStringRegexp(word)))
    .join("|")})(?![\w-])`,
  "g",
);
const CAUSE = new RegExp(String.raw`\b(?:${CAUSE_WORDS.map(escapeStringRegexp).join("|")})\b`, "i");
const UNFINISHED = new RegExp(String.raw`\b(?:${UNFINISHED_ENDINGS.join("|")})$`, "i");
const SUBORDINATE = new RegExp(String.raw`^(?:${SUBORDINATE_OPENINGS.join("|")})\b`, "i");
// Whose words, or which "he", the statement alone does not say.
const UNCLEAR_PERSON = /\b(?:I|me|my|we|our|us|he|she|they|his|her|their)\b/i;

const MIN_WORDS = 10;
const MAX_WORDS = 30;

/**
 * True or false on a comparison, a direction of change or a cause and its effect, judged whole: the
 * sentence as written, or with its one comparison or direction word turned to its opposite ("rose" →
 * "fell", "more than 200" → "fewer than 200", "guilty" → "not guilty"). A sentence too long to read as one
 * statement gives its main clause (from its start to a clause boundary) instead of being dropped.
 */
export function statementCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of facts.sentences) {
    const statement = statementOf(facts, sentence, shownTitleOf(article));
    if (!statement) continue;
    const change = comparisonChange(statement) ?? negationChange(facts, sentence, statement);
    // Without a change to make, a cause and its effect, or a long sentence's main clause, is judged as
    // written, half the time (a quiz of statements that are all true teaches nothing).
    const judgedWhole = CAUSE.test(statement) || statement !== sentence.text;
    if (!change && !judgedWhole) continue;
    const isTrue = hash(`statement:${sentence.start}`) % 2 === 0;
    if (!change && !isTrue) continue;
    const shown =
      isTrue || !change
        ? statement
        : `${statement.slice(0, change.at)}${change.shown}${statement.slice(change.at + change.written.length)}`;
    const stem = /[.!?"”]$/.test(shown) ? shown : `${shown}.`;
    candidates.push(
      makeCandidate(facts, "true-false", {
        prompt: `True or false: “${stem}”`,
        stem,
        answer: isTrue ? "True" : "False",
        accepted: [isTrue ? "True" : "False"],
        distractors: { options: [isTrue ? "False" : "True"], fromArticle: 1 },
        evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
        sentence: sentence.index,
        entity: `statement:${sentence.index}`,
        explanation:
          isTrue || !change
            ? `True. The article ${sourceLine(article)} says: “${sentence.text}”`
            : `False. One fact was changed: the article says “${change.written}”, not “${change.shown}”. ` +
              `It reads: “${sentence.text}”`,
      }),
    );
  }
  return candidates;
}

/** One change that turns the statement false: the words at `at`, and what is shown instead. */
interface Change {
  at: number;
  written: string;
  shown: string;
}

/** Its one comparison or direction word turned to the opposite ("rose" → "fell"); undefined if none or several. */
function comparisonChange(statement: string): Change | undefined {
  const flips = [...statement.matchAll(OPPOSITE)].filter((match) => !/^not\s/i.test(statement.slice(match.index! - 4)));
  if (flips.length !== 1) return undefined;
  const written = flips[0]![0];
  const opposite = OPPOSITE_WORDS[written]!;
  // "it fell … then rose": with the opposite already in the sentence, the swap is unclear.
  if (new RegExp(`\\b${escapeStringRegexp(opposite)}\\b`, "i").test(statement)) return undefined;
  // "floodwater rose as high as people's shoulders": "fell as high as" is false by its wording alone.
  const after = statement.slice(flips[0]!.index! + written.length);
  if (/^\s+(?:as\s+(?:high|far|much|low)\s+as|to\s+(?:a\s+)?(?:record|high|peak))\b/i.test(after)) return undefined;
  return { at: flips[0]!.index!, written, shown: opposite };
}

// "is", "was", "has", "will"…: a statement with one of these, and no negation, is made false by "not".
const NEGATABLE = /\b(?:is|was|were|are|has|have|had|will)\b/g;
const NEGATED = /\b(?:not|never|no|nor|neither|without)\b|n['’]t\b/i;

const SUBORDINATE_BEFORE = new RegExp(
  String.raw`\b(?:that|when|as|which|who|whom|whose|because|if|while|after|before|whether|so|and|but|or|where|` +
    String.raw`although|since|until|unless)\b`,
  "i",
);
const MODAL_BEFORE = /\b(?:may|might|could|would|should|must|can|to)\s+(?:\w+\s+)?$/i;

/** "The decision was unanimous" → "The decision was not unanimous": where the statement has one such verb. */
function negationChange(facts: Facts, sentence: Sentence, statement: string): Change | undefined {
  // "is being held accountable only to a limited degree" → "is not being held … only to a limited degree" says
  // neither the fact nor its opposite.
  if (NEGATED.test(statement) || /(?<!\bthe )\bonly\b/i.test(statement)) return undefined;
  const verbs = [...statement.matchAll(NEGATABLE)];
  if (verbs.length !== 1) return undefined;
  const verb = verbs[0]!;
  const at = verb.index!;
  // Only the main clause's verb: not one after "that", "when", "which"… ("concern that it had been damaged"),
  // nor after a modal ("may also have been").
  if (SUBORDINATE_BEFORE.test(statement.slice(0, at)) || MODAL_BEFORE.test(statement.slice(0, at))) return undefined;
  // "has 5 members", "has also": "not" reads right only before a participle, an adjective or a noun phrase.
  const next = facts.parsed.tokens
    .slice(sentence.firstToken, sentence.lastToken + 1)
    .find((token) => token.start >= sentence.start + at + verb[0].length);
  const fits =
    next &&
    (["VERB", "AUX", "ADJ", "DET"].includes(next.pos) ||
      (next.pos === "NOUN" && /^(?:is|was|were|are)$/.test(verb[0])));
  if (!fits || (/^ha[sdve]+$/.test(verb[0]) && next.pos !== "VERB" && next.pos !== "AUX")) return undefined;
  return { at, written: verb[0], shown: `${verb[0]} not` };
}

/**
 * The sentence as a statement to judge: whole where it reads as one (10–30 words), else its main clause
 * cut at a clause boundary; undefined where neither stands alone (a dateline, a quotation, a pronoun
 * whose person the statement does not name, a clause that ends unfinished or has no verb).
 */
function statementOf(facts: Facts, sentence: Sentence, shownTitle: string): string | undefined {
  const text = sentence.text;
  if (
    DATELINE.test(text) ||
    PRONOUN_START.test(text) ||
    opensWithUnclearReference(text, shownTitle) ||
    refersElsewhere(text, shownTitle) ||
    DEED_REFERENCE.test(text) ||
    UNCLEAR_PERSON.test(text) ||
    UNKNOWN.test(text) ||
    (OPENS_WITH_BARE_TITLE.test(text) && !titleNamesACompany(shownTitle, facts)) ||
    /["“”]/.test(text) ||
    !quotesBalanced(text) ||
    !/^[A-Z]/.test(text)
  )
    return undefined;
  const words = wordCount(text);
  if (words >= MIN_WORDS && words <= MAX_WORDS) return /[.!?]$/.test(text) ? text : undefined;
  if (words < MIN_WORDS) return undefined;
  const cuts = clauseCutsOf(text);
  let best: string | undefined;
  for (let index = 1; index < cuts.length - 1; index++) {
    const clause = text.slice(0, cuts[index]).replace(/[,;:\s—–-]+$/, "");
    const clauseWords = wordCount(clause);
    if (clauseWords > MAX_WORDS) break;
    if (clauseWords < MIN_WORDS || UNFINISHED.test(clause)) continue;
    // "When the storm hit the coast" is not the main clause.
    if (index === 1 && SUBORDINATE.test(text)) continue;
    // A clause cut inside brackets reads unfinished.
    if ((clause.match(/\(/g)?.length ?? 0) !== (clause.match(/\)/g)?.length ?? 0)) continue;
    best = clause;
  }
  if (!best) return undefined;
  // The verb of the main clause: in a clause that is not a relative or an aside ("astronauts, among them a
  // commander who will become …" has none of its own).
  const end = sentence.start + best.length;
  const clauseStarts = cuts.map((cut) => sentence.start + cut);
  const hasVerb = facts.parsed.tokens.slice(sentence.firstToken, sentence.lastToken + 1).some((token) => {
    if (token.start >= end || (token.pos !== "VERB" && token.pos !== "AUX")) return false;
    const clauseStart = clauseStarts.filter((start) => start <= token.start).at(-1) ?? sentence.start;
    return !ASIDE.test(facts.parsed.text.slice(clauseStart, token.start));
  });
  return hasVerb ? best : undefined;
}

// Words that open a relative clause or an aside: a verb after them is not the main clause's.
const ASIDE =
  /^(?:among|including|such as|like|as|who|which|whose|where|when|while|after|before|if)\b|\b(?:who|which|that)\b/i;
