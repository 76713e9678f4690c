/** The gate's check for a "he", "his" or "her" in a stem that names nobody the pronoun could mean. */
import type { Candidate } from "../candidates";
import { TITLES } from "../data/titles.data";
import type { Facts } from "../facts";
import { normalizeAnswer } from "../shared/normalize";

const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;
const OPENS_ON_SOMEONE_UNNAMED =
  /^(?:According to (?:him|her|them)|(?:In|During|After|Before|At|On|Throughout|Following) their)\b/i;

// "a woman being trapped in the blaze; she later died", "the suspect … he": a person the stem names by a noun.
const PERSON_NOUNS = new Set([
  ..."woman man girl boy child mother father wife husband son daughter brother sister suspect victim".split(" "),
  ..."player driver".split(" "),
  ..."teacher student patient official leader spokesman spokeswoman spokesperson doctor nurse actor actress".split(" "),
  ..."author writer singer artist coach skipper batsman bowler champion winner officer pilot farmer worker".split(" "),
  // A title's last word is its noun: "minister" of "Prime Minister", "secretary" of "Foreign Secretary".
  ...TITLES.map((title) => title.toLowerCase().split(" ").at(-1)!),
]);
/** A word of `padded` is a person noun, or one with an "s" after it ("officials"). */
function namesAPersonByNoun(padded: string): boolean {
  // A loop without a replace per word: this runs for every stem with a pronoun.
  for (const word of padded.split(" "))
    if (PERSON_NOUNS.has(word.endsWith("s") ? word.slice(0, -1) : word)) return true;
  return false;
}

/** The stem's first "he", "his" or "her" has no person it names before it, nor after it in an opening clause. */
export function pronounBeforeAnyone({ candidate, facts }: { candidate: Candidate; facts: Facts }): boolean {
  if (candidate.type === "who-said" || candidate.type === "role") return false;
  const verdict = pronounVerdictOf(facts, candidate.stem);
  // A blanked person before the pronoun can be the one it names.
  return verdict === true || (verdict === BLANK_BEFORE && facts.entities.get(candidate.entity)?.type !== "person");
}

/** What pronounBeforeAnyone says of a stem when the pronoun's person could only be a blank before it. */
const BLANK_BEFORE = "blank before";

// The verdict depends only on the stem and the article: a choice, its typed form and often its true/false share a
// stem, so it is worked out once per stem of each article.
const pronounVerdicts = new WeakMap<Facts, Map<string, boolean | typeof BLANK_BEFORE>>();
function pronounVerdictOf(facts: Facts, stem: string): boolean | typeof BLANK_BEFORE {
  let verdicts = pronounVerdicts.get(facts);
  if (!verdicts) pronounVerdicts.set(facts, (verdicts = new Map()));
  let verdict = verdicts.get(stem);
  if (verdict === undefined) verdicts.set(stem, (verdict = stemPronounVerdict(facts, stem)));
  return verdict;
}

function stemPronounVerdict(facts: Facts, stem: string): boolean | typeof BLANK_BEFORE {
  // "In their conversation, President Erdogan … said": "their" is more people than the one named after it, and
  // "According to him, … where his Russian counterpart _____" quotes someone no name after it can be.
  if (OPENS_ON_SOMEONE_UNNAMED.test(stem)) return true;
  const pronoun = PERSONAL_PRONOUN.exec(stem);
  if (!pronoun) return false;
  // "In her primary race, Angle said": a pronoun in an opening clause may point ahead, past its comma.
  const opening = stem.indexOf(",", pronoun.index);
  const reach = opening < 0 ? pronoun.index : stem.length;
  if (/\[[^\]]+\]/.test(stem.slice(0, reach))) return false;
  const before = ` ${normalizeAnswer(stem.slice(0, reach).replace(/_____/g, " blank "))} `;
  if (namesAPersonByNoun(before)) return false;
  for (const name of paddedPersonNamesOf(facts)) if (before.includes(name)) return false;
  return before.includes(" blank ") ? BLANK_BEFORE : true;
}

// Every person's full name, surname and short name, normalised and padded (" meyer "): worked out once per
// article, not per candidate.
const personNamesByFacts = new WeakMap<Facts, string[]>();
function paddedPersonNamesOf(facts: Facts): string[] {
  let names = personNamesByFacts.get(facts);
  if (!names) {
    names = [...facts.entities.values()]
      .filter((entity) => entity.type === "person")
      .flatMap((entity) => [entity.name, entity.name.split(" ").at(-1)!, facts.shortNames.get(entity.name) ?? ""])
      .filter((name) => name.length > 1)
      .map((name) => ` ${normalizeAnswer(name)} `);
    personNamesByFacts.set(facts, names);
  }
  return names;
}
