/**
 * "“The Dedalus Foundation kept pictures of the work,” Berman said": a surname the article introduced sentences
 * earlier leaves a reader without the article asking who Berman is (judged rounds 15 to 17, both judges). Shown as the
 * article introduced them: "[U.S. Attorney Geoffrey Berman] said".
 */
import escapeStringRegexp from "escape-string-regexp";
import type { Facts, Mention } from "../facts";
import { wordCount } from "../shared/word-count";
import type { Candidate } from "./candidate";
import { showStem } from "./stems";

/** Names in full, with their role where the article gives one, the people a stem calls by surname alone. */
export function introduceSurnames(candidates: Candidate[], facts: Facts): void {
  // The surnames each sentence uses for someone the article names in full: worked out once, not per candidate.
  const surnamesBySentence = new Map<number, Mention[]>();
  for (const mention of facts.mentions)
    if (mention.type === "person" && !mention.shared && !mention.text.includes(" ") && mention.entity.includes(" "))
      surnamesBySentence.set(mention.sentence, [...(surnamesBySentence.get(mention.sentence) ?? []), mention]);
  for (const candidate of candidates) {
    // (A sentence shown with a blank or as a statement, not a question built around a name.)
    if (candidate.type !== "true-false" && !candidate.stem.includes("_____")) continue;
    // A false statement's stand-in is no person of the article: it is left as the swap wrote it.
    const swapped = candidate.type === "true-false" && candidate.answer === "False" ? candidate.entity : undefined;
    let stem = candidate.stem;
    for (const mention of surnamesBySentence.get(candidate.sentence) ?? []) {
      // (A stem without the surname's letters cannot match its pattern: most stems, and no pattern is run on them.)
      if (mention.entity === swapped || !stem.includes(mention.text) || stem.includes(mention.entity)) continue;
      const found = surnamePattern(mention.text).exec(stem);
      if (!found) continue;
      // "Press Secretary Bruce": the stem gives the title already, so only the name is added.
      const before = /(\p{Lu}\p{L}+)\s+$/u.exec(stem.slice(0, found.index))?.[1];
      const titled = !!before && !OPENING_WORDS.has(before) && !/^(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(found[0]);
      const introduced = titled ? mention.entity : introductionOf(facts, mention.entity);
      stem = `${stem.slice(0, found.index)}[${introduced}]${stem.slice(found.index + found[0].length)}`;
    }
    showStem(candidate, stem);
  }
}

// One pattern per surname, not one per candidate and mention: compiling a Unicode pattern cost more than running it.
const surnamePatterns = new Map<string, RegExp>();

/** "Berman", "Mr Berman"; not "the Singh-Gilani talks", nor a name already in brackets. */
function surnamePattern(surname: string): RegExp {
  let pattern = surnamePatterns.get(surname);
  if (pattern === undefined) {
    pattern = new RegExp(
      String.raw`(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<![-\[\p{L}])${escapeStringRegexp(surname)}(?![-\]\p{L}])`,
      "u",
    );
    if (surnamePatterns.size > 5_000) surnamePatterns.clear();
    surnamePatterns.set(surname, pattern);
  }
  return pattern;
}

// Capitalised words that open a sentence or phrase, not a title: "In Rajagobal's view".
const OPENING_WORDS = new Set("In On At The But And For With By From After Before As When While Yet So".split(" "));

/** "U.S. Attorney Geoffrey Berman": the person's short title from the article, if any, before the full name. */
function introductionOf(facts: Facts, person: string): string {
  const role = facts.roles.find((candidate) => candidate.person === person)?.role;
  return role && wordCount(role) <= 3 && /^\p{Lu}/u.test(role) ? `${role} ${person}` : person;
}
