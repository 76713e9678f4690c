import { COMMON_WORDS_A_L } from "../data/common-words-a-l.generated";
import { COMMON_WORDS_M_Z } from "../data/common-words-m-z.generated";
import type { ParsedText } from "../parse";
import type { Mention } from "./types";

/**
 * Nouns any news story uses, whatever it is about: asked back, they test nothing about this story, and a
 * blank on them has many defensible answers ("_____ said" → officials, analysts, researchers).
 */
const GENERIC_NEWS_NOUNS = new Set(
  (
    "analyst authority delegate delegation official representative researcher spokesman spokeswoman " +
    "spokesperson investigator observer participant resident critic journalist negotiator " +
    "province region decade outcome statement estimate remainder handful addition update feature " +
    "edition achievement milestone criticism majority percentage counterpart agenda notion assessment " +
    "economy ministry website opposition popularity hindsight"
  ).split(" "),
);

const ADJECTIVE_ENDING = /(?:dy|ky|py|ty|sy|ous|ful|ive|ic|ish|less|able|ible)$/;
const PEOPLE_BY_WHAT_THEY_DO = /(?:er|or|ist|ant|ent|ian)$/;

/** The word's base form for counting and for the common-word list: "tornadoes" → "tornado". */
export function baseForm(word: string): string {
  // Every rule below needs a final "s"; string tests, not regular expressions: this runs for every token.
  if (!word.endsWith("s")) return word;
  if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("es") && PLURAL_ES.test(word)) return word.slice(0, -2);
  const beforeS = word.charAt(word.length - 2);
  if (beforeS !== "" && beforeS !== "s" && beforeS !== "u") return word.slice(0, -1);
  return word;
}
const PLURAL_ES = /(?:ches|shes|sses|xes|oes)$/;

const COMMON_WORDS = new Set([...COMMON_WORDS_A_L, ...COMMON_WORDS_M_Z]);

const isCommon = (word: string) => COMMON_WORDS.has(word) || COMMON_WORDS.has(baseForm(word));

/**
 * The story's own words: a lower-case noun outside the common vocabulary that the article uses twice or
 * more ("ozone", "arson", "exoplanet", "referendum"). A brief's fair questions are not only its names and
 * numbers; the term it is about can be typed back from the sentence that uses it ("deal with the _____
 * layer hole"). Never a generic news noun, never part of a name already found.
 */
export function keyWords(parsed: ParsedText, mentions: Mention[]): Mention[] {
  const taken = (start: number, end: number) => mentions.some((mention) => mention.start < end && start < mention.end);
  const uses = new Map<string, number>();
  for (const token of parsed.tokens) {
    // Only the uses of a noun of five letters or more are asked for, and its base form keeps three at least
    // ("studies" → "study"): shorter tokens (punctuation, "a", "of") are not counted.
    if (token.text.length < 3) continue;
    const base = baseForm(token.text.toLowerCase());
    uses.set(base, (uses.get(base) ?? 0) + 1);
  }
  const found: Mention[] = [];
  for (const [index, token] of parsed.tokens.entries()) {
    if (token.pos !== "NOUN" || !/^[a-z]{5,}$/.test(token.text)) continue;
    const base = baseForm(token.text);
    // Used twice first: most nouns are used once, and the common-word list is a large set to look up twice.
    if ((uses.get(base) ?? 0) < 2 || GENERIC_NEWS_NOUNS.has(base) || isCommon(token.text)) continue;
    // People named by what they do ("lawmakers", "users", "militants", "physicians"): a blank on one has
    // as many answers as there are names for such people.
    if (PEOPLE_BY_WHAT_THEY_DO.test(base)) continue;
    // "nerdy guys": the tagger reads some adjectives before a noun as nouns.
    if (ADJECTIVE_ENDING.test(token.text) && parsed.tokens[index + 1]?.pos === "NOUN") continue;
    // Part of a hyphenated word ("cinder-block") or of a name already found: not a word of its own.
    if (/[-\w]/.test(parsed.text[token.start - 1] ?? "") || parsed.text[token.end] === "-") continue;
    if (taken(token.start, token.end)) continue;
    found.push({
      entity: base,
      type: "term",
      text: token.text,
      start: token.start,
      end: token.end,
      sentence: token.sentence,
    });
  }
  return found;
}

/** A story word found by keyWords (one lower-case word), not a product or coined name. */
export const isKeyWord = (mention: Pick<Mention, "type" | "text">): boolean =>
  mention.type === "term" && /^[a-z]+$/.test(mention.text);
