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
  const wordCount = sentence.text.split(/\s+/).length;
  // "The passage of two landmark laws — one intended to overhaul …, the other outlawing e-cigarettes": a noun
  // phrase and then a list of what it holds has no verb of its own; the verbs after the dash are the list's.
  const dash = /\s[—–]\s(?=(?:one|both|the first|including|among them)\b)/i.exec(sentence.text);
  const listAfterNoun = !!dash && !hasVerb(facts, sentence.firstToken, sentence.lastToken, sentence.start + dash.index);
  verdict = {
    noVerbOrTooShort: !hasVerb(facts, sentence.firstToken, sentence.lastToken) || wordCount < 6 || listAfterNoun,
    cutFromLonger:
      /^["“”']?\s*(?:[a-z(:;,]|\.\.\.|…)/.test(sentence.text) ||
      // (The pattern, tried at every position, only where there is a slash.)
      (sentence.text.includes("/") && /\b[A-Z][a-z]+ [A-Z][a-z]+\s*\/\s*[A-Z]/.test(sentence.text)),
    photoCredit: /\(\s*(?:AFP|Reuters|AP|Getty)/i.test(sentence.text) && wordCount < 20,
  };
  known.set(index, verdict);
  return verdict;
}

/** A token from `first` to `last` is a verb or an auxiliary (a loop: no copy of the sentence's tokens). */
function hasVerb(facts: Facts, first: number, last: number, before = Infinity): boolean {
  const tokens = facts.parsed.tokens;
  for (let t = first; t <= last && t < tokens.length && tokens[t]!.start < before; t++)
    if (tokens[t]!.pos === "VERB" || tokens[t]!.pos === "AUX") return true;
  return false;
}
