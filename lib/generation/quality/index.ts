/**
 * Stage 5 — the quality gate. Every candidate is judged by the same named rules (checks.ts), each of
 * which records its reason in plain words.
 * In: the candidates (with the problems found while they were built and by the headline stage), the
 * facts, and the question kinds asked for.
 * Out: the candidates that pass every rule, and the dropped ones with every reason they failed.
 */
import type { Candidate } from "../candidates";
import type { Facts } from "../facts";
import { COUNTRY_BY_NAME } from "../gazetteer";
import { normalizeAnswer } from "../shared/normalize";
import type { DroppedCandidate, QuestionKind } from "../types";
import { QUALITY_CHECKS, stemWords, type GateView } from "./checks";
import { PLACE_CHECKS } from "./place-checks";
import { sentenceVerdict } from "./sentence-checks";
import { TYPE_CHECKS } from "./type-checks";

export { stemWords } from "./checks";
export { TYPE_CHECKS } from "./type-checks";

/** Every rule of the gate, in the order their reasons are recorded. */
const ALL_CHECKS = [...QUALITY_CHECKS, ...PLACE_CHECKS, ...TYPE_CHECKS];
// A blank's choices are worked out when first read (candidates/blanks.ts): the rules that read them are asked
// last, and only of a candidate nothing else has failed, so a dropped one lists fewer reasons but costs no choices.
const CHECKS_BEFORE_CHOICES = ALL_CHECKS.filter((check) => !check.readsChoices);
const CHOICE_CHECKS = ALL_CHECKS.filter((check) => check.readsChoices);

// Keyed by the stem itself (as stemWords is): a choice, a typed and a true/false question often share one, and
// the stem string built afresh per candidate cost more to hash than the lookup.
const paddedStems = new Map<string, string>();

/** The stem normalised (its blank a space), with a space at each end. */
function paddedStemOf(stem: string): string {
  let padded = paddedStems.get(stem);
  if (padded === undefined) {
    padded = ` ${normalizeAnswer(stem.replace("_____", " "))} `;
    if (paddedStems.size > 20_000) paddedStems.clear();
    paddedStems.set(stem, padded);
  }
  return padded;
}

/** Problems that disqualify a candidate, in plain words. */
export function problemsOf(candidate: Candidate, facts: Facts): string[] {
  const view: GateView = {
    candidate,
    facts,
    stem: paddedStemOf(candidate.stem),
    answer: normalizeAnswer(candidate.answer),
    country: COUNTRY_BY_NAME.get(candidate.answer.toLowerCase()),
    stemWords: stemWords(candidate),
    verdict: sentenceVerdict(facts, candidate.sentence),
  };
  const problems = [...candidate.problems];
  for (const check of CHECKS_BEFORE_CHOICES) if (check.fails(view)) problems.push(check.reason);
  if (problems.length > 0) return problems;
  for (const check of CHOICE_CHECKS) if (check.fails(view)) problems.push(check.reason);
  return problems;
}

/** The candidates of the kinds asked for that pass every rule, and the rest with their reasons. */
export function applyQualityGate(
  candidates: Candidate[],
  facts: Facts,
  types: QuestionKind[] | undefined,
): { passing: Candidate[]; dropped: DroppedCandidate[] } {
  const passing: Candidate[] = [];
  const dropped: DroppedCandidate[] = [];
  for (const candidate of candidates) {
    if (types && !types.includes(candidate.type)) continue;
    const problems = problemsOf(candidate, facts);
    if (problems.length) dropped.push({ type: candidate.type, prompt: candidate.prompt, reasons: problems });
    else passing.push(candidate);
  }
  return { passing, dropped };
}
