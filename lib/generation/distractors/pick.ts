import { ORGANIZATION_HEAD_WORDS } from "../data/organization-words.data";
import { COUNTRIES, COUNTRY_BY_NAME, ORGANIZATION_BY_NAME, namesOfCountry } from "../gazetteer";
import { shortName } from "../shared/names";
import { normalizeAnswer } from "../shared/normalize";
import { shuffled } from "../shared/random";

/**
 * Wrong answers of the same kind and granularity as the right one: from the article first, then
 * from the gazetteers. Never the answer or one of its aliases, and never something the evidence
 * sentence itself names (it could be right too, or give the answer away).
 */
export interface DistractorPick {
  options: string[];
  fromArticle: number;
}

const HEAD_WORDS = new Set(ORGANIZATION_HEAD_WORDS);

const surnames = new Map<string, string>();
function surnameOf(name: string): string {
  let known = surnames.get(name);
  if (known === undefined) {
    known = normalizeAnswer(shortName(name));
    if (surnames.size > 10_000) surnames.clear();
    surnames.set(name, known);
  }
  return known;
}

// Every name a country goes by ("Britain", "UK", "United Kingdom"), normalised, for checking a sentence.
const NAMES_OF_COUNTRY = new Map<unknown, string[]>(
  COUNTRIES.map((country) => [
    country,
    namesOfCountry(country)
      .map(normalizeAnswer)
      .filter((form) => form.length > 2),
  ]),
);

export function acceptable(candidate: string, answer: string, normalizedEvidence: string): boolean {
  return acceptableAgainst(
    candidate,
    normalizeAnswer(answer),
    COUNTRY_BY_NAME.get(answer.toLowerCase()),
    ` ${normalizedEvidence} `,
  );
}

/**
 * What the checks below need of a stand-in, worked out once per name: the same gazetteer names are
 * weighed for every blank of every article.
 */
interface StandIn {
  normalized: string;
  padded: string;
  country: unknown;
  /** Every other name its country goes by, padded (" britain "). */
  countryNames: string[];
  /** Its organisation's aliases longer than a short acronym, padded (" meta "). */
  aliases: string[];
  /** " meyer " for "Urban Meyer"; empty for figures and one-word names. */
  surname: string;
}
const standIns = new Map<string, StandIn>();
function standIn(candidate: string): StandIn {
  let known = standIns.get(candidate);
  if (!known) {
    const normalized = normalizeAnswer(candidate);
    const country = COUNTRY_BY_NAME.get(candidate.toLowerCase());
    const organization = ORGANIZATION_BY_NAME.get(candidate.toLowerCase());
    // ("Finance Ministry" has no surname: "ministry" in "The Health Ministry says" is no name already shown.)
    const surname =
      normalized.includes(" ") && !/\d/.test(normalized) && !HEAD_WORDS.has(normalized.split(" ").at(-1)!)
        ? surnameOf(candidate)
        : "";
    known = {
      normalized,
      padded: ` ${normalized} `,
      country,
      countryNames: country ? (NAMES_OF_COUNTRY.get(country) ?? []).map((name) => ` ${name} `) : [],
      // (Not a short acronym such as "WHO", which reads as a word once lower-cased.)
      aliases: (organization?.aliases ?? [])
        .filter((alias) => alias.length > 3)
        .map((alias) => ` ${normalizeAnswer(alias)} `),
      surname: surname.length > 2 ? ` ${surname} ` : "",
    };
    if (standIns.size > 20_000) standIns.clear();
    standIns.set(candidate, known);
  }
  return known;
}

/** `paddedEvidence` is the normalised evidence with a space at each end, so whole words match. */
function acceptableAgainst(candidate: string, b: string, answerCountry: unknown, paddedEvidence: string): boolean {
  const { normalized: a, country, countryNames, aliases, surname } = standIn(candidate);
  if (!a || a === b) return false;
  if (country && country === answerCountry) return false;
  // "the ___, Britain and the European Union": the United Kingdom is named there already, as Britain.
  if (includesAny(paddedEvidence, countryNames)) return false;
  // "opposed by OpenAI, Meta and ___": Facebook is Meta, named there already.
  if (includesAny(paddedEvidence, aliases)) return false;
  if (a.includes(b) || b.includes(a)) return false;
  // "Urban Meyer" is shown as "Meyer" where the article says "Meyer": a surname already in the sentence is out too.
  // Only for names: "$200 billion" shares "billion" with "$400 billion" and is still a fair stand-in.
  // "Wang Yi" is "Wang" for short (family name first): the short form is what the sentence would show.
  if (surname && paddedEvidence.includes(surname)) return false;
  return !paddedEvidence.includes(a);
}

/** Whether `text` contains one of `parts` (a loop, not `some` with a closure: this runs per stand-in). */
function includesAny(text: string, parts: string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

// A blank in a series passes the whole article as its evidence, once per item: normalised once.
let lastEvidence = "";
let lastPadded = "  ";

/** `fromWorld` may be a function: the gazetteer lists are shuffled only when the article runs short. */
export function pick(
  answer: string,
  evidence: string,
  fromArticle: string[],
  fromWorld: Iterable<string> | (() => Iterable<string>),
  seed: string,
  count = 3,
): DistractorPick {
  const chosen: string[] = [];
  if (evidence !== lastEvidence) [lastEvidence, lastPadded] = [evidence, ` ${normalizeAnswer(evidence)} `];
  const against: Against = {
    normalizedAnswer: normalizeAnswer(answer),
    answerCountry: COUNTRY_BY_NAME.get(answer.toLowerCase()),
    paddedEvidence: lastPadded,
    an: articleBefore(answer, evidence),
  };
  consider(chosen, count, against, shuffled(fromArticle, seed));
  const articleCount = chosen.length;
  // World lists come in the caller's order of preference (nearest first), already shuffled within it.
  if (chosen.length < count)
    consider(chosen, count, against, typeof fromWorld === "function" ? fromWorld() : fromWorld);
  return { options: chosen, fromArticle: articleCount };
}

/** The answer and evidence every stand-in of one pick is weighed against. */
interface Against {
  normalizedAnswer: string;
  answerCountry: unknown;
  paddedEvidence: string;
  /** "after an _____ investigation": true for "an", false for "a", undefined where no article stands before it. */
  an: boolean | undefined;
}

/**
 * Whether the sentence writes "an" (true) or "a" (false) just before the answer, where that agrees with how
 * the answer is said: every stand-in must take the same article ("after an FBI investigation" takes no "Secret
 * Service"; "had a 93 per cent pass rate" no 88).
 */
function articleBefore(answer: string, evidence: string): boolean | undefined {
  const at = evidence.indexOf(answer);
  if (at <= 0) return undefined;
  const article = /\b([Aa]n?)\s+$/.exec(evidence.slice(Math.max(0, at - 4), at))?.[1];
  if (!article) return undefined;
  const an = article.toLowerCase() === "an";
  return takesAn(answer) === an ? an : undefined;
}

// Acronyms said as words ("NASA", "OPEC") and words that start with a vowel letter but not a vowel sound.
const WORD_ACRONYM = /^[A-Z][AEIOU][A-Z]{2,}|^[AEIOU][A-Z]{2,}[AEIOU]/;
const VOWEL_LETTER_CONSONANT_SOUND = /^(?:uni|use|usu|uk|ug|ur|eu|ew|one|once)/i;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** Whether "an" goes before `phrase` as it is said ("an FBI", "an 88", "a NASA", "a European"). */
export function takesAn(phrase: string): boolean {
  const word = phrase.split(/[\s-]/)[0] ?? "";
  if (/^\d/.test(word)) return /^8|^1[18](?:\b|,\d{3}\b|\d{3}\b)/.test(word.replace(/^\$/, ""));
  if (/^[A-Z]{2,}$/.test(word) && !WORD_ACRONYM.test(word)) return /^[AEFHILMNORSX]/.test(word);
  if (SILENT_H.test(word)) return true;
  return /^[aeiou]/i.test(word) && !VOWEL_LETTER_CONSONANT_SOUND.test(word);
}

// Module-level functions, not closures made per pick and per stand-in: pick runs for every blank of every
// article, and each closure costs an allocation (and, under tsx, a name-setting call).
function consider(chosen: string[], count: number, against: Against, list: Iterable<string>): void {
  for (const candidate of list) {
    if (chosen.length >= count) return;
    const { normalizedAnswer, answerCountry, paddedEvidence, an } = against;
    if (
      (an === undefined || takesAn(candidate) === an) &&
      acceptableAgainst(candidate, normalizedAnswer, answerCountry, paddedEvidence) &&
      !sameAsChosen(chosen, candidate)
    )
      chosen.push(candidate);
  }
}

/** "Mistral" and "Mistral AI" are one stand-in, not two. */
function sameAsChosen(chosen: string[], candidate: string): boolean {
  for (const existing of chosen) {
    const a = standIn(existing).padded;
    const b = standIn(candidate).padded;
    if (a.includes(b) || b.includes(a)) return true;
  }
  return false;
}
