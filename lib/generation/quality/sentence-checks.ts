import type { Facts } from "../facts";

/** Whether an evidence sentence is a caption or a fragment: it depends on the sentence alone. */
export interface SentenceVerdict {
  /** No verb, or under six words: a caption, a heading, a label. */
  noVerbOrTooShort: boolean;
  /** Starts in lower case, with a bracket or with ":"/";" (cut out of a longer one), or reads "Name Name / …". */
  cutFromLonger: boolean;
  /** A short line with a photo credit ("(AFP)", "(Getty)"). */
  photoCredit: boolean;
}

// Worked out once per sentence of each article.
const verdicts = new WeakMap<Facts, Map<number, SentenceVerdict>>();

export function sentenceVerdict(facts: Facts, index: number): SentenceVerdict {
  let known = verdicts.get(facts);
  if (!known) verdicts.set(facts, (known = new Map()));
  let verdict = known.get(index);
  if (verdict) return verdict;
  const sentence = facts.sentences[index]!;
  const tokens = facts.parsed.tokens.slice(sentence.firstToken, sentence.lastToken + 1);
  const wordCount = sentence.text.split(/\s+/).length;
  verdict = {
    noVerbOrTooShort: !tokens.some((token) => token.pos === "VERB" || token.pos === "AUX") || wordCount < 6,
    cutFromLonger:
      /^["“”']?\s*(?:[a-z(:;,]|\.\.\.|…)/.test(sentence.text) ||
      /\b[A-Z][a-z]+ [A-Z][a-z]+\s*\/\s*[A-Z]/.test(sentence.text),
    photoCredit: /\(\s*(?:AFP|Reuters|AP|Getty)/i.test(sentence.text) && wordCount < 20,
  };
  known.set(index, verdict);
  return verdict;
}
