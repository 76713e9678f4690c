import type { Candidate } from "../candidates";
import type { Facts } from "../facts";
import { HEADLINE_NAMED } from "../headline";
import { LEAD_FACT } from "../lead";
import { stemWords } from "../quality";
import type { QuestionKind } from "../types";

/**
 * Centrality and difficulty: a question on the lead paragraph, on an entity the article keeps returning
 * to, with stand-ins from the article itself, ranks higher; each kind starts from its own base.
 */
const BASE_SCORE: Record<QuestionKind, number> = {
  who: 0.62,
  role: 0.66,
  "who-said": 0.74,
  where: 0.64,
  when: 0.64,
  "how-many": 0.66,
  "which-organization": 0.64,
  "what-happened": 0.7,
  "true-false": 0.6,
  "fill-in": 0.56,
};

const BASE_DIFFICULTY: Record<QuestionKind, number> = {
  who: 0.4,
  role: 0.35,
  "who-said": 0.5,
  where: 0.35,
  when: 0.5,
  "how-many": 0.6,
  "which-organization": 0.45,
  "what-happened": 0.3,
  "true-false": 0.3,
  "fill-in": 0.7,
};
const DOER = /_____\s+(?:struck|scored|netted|won|beat|defeated|killed|shot|stabbed|attacked|sealed|clinched|broke)\b/;

/** The highest raw score: the best base, lead paragraph, lead fact, salient, distractors from the article. */
const MAX_RAW_SCORE = 0.74 + 0.15 + 0.12 + 0.08 + 0.05;

export interface Scored {
  candidate: Candidate;
  score: number;
  difficulty: number;
  notes: string[];
}

export function score(candidate: Candidate, facts: Facts): Scored {
  const notes: string[] = [];
  let value = BASE_SCORE[candidate.type];
  if (candidate.paragraph <= 1) {
    value += 0.15;
    notes.push("lead paragraph");
  } else if (candidate.paragraph <= 4) {
    value += 0.07;
    notes.push("early in the article");
  }
  const mentions = facts.entities.get(candidate.entity)?.mentions ?? 1;
  if (mentions >= 3) {
    value += 0.08;
    notes.push(`salient (${mentions} mentions)`);
  } else if (mentions === 2) value += 0.04;
  // The lead's facts (headline, first two sentences) are what the story is about: they rank first.
  if (candidate.notes.includes(LEAD_FACT)) {
    value += 0.12;
    notes.push(LEAD_FACT);
  }
  if (candidate.distractors.fromArticle >= 2) {
    value += 0.05;
    notes.push("distractors from the article");
  }
  // "… until _____ struck an away goal": who did the deed the story reports, before who said so (judged rounds 16
  // to 19: the scorer of the decisive goal went unasked while the coach who spoke of it was asked).
  if ((candidate.type === "who" || candidate.type === "fill-in") && DOER.test(candidate.stem)) {
    value += 0.03;
    notes.push("who did the deed");
  }
  if (candidate.notes.includes(HEADLINE_NAMED)) {
    value -= 0.1;
    notes.push(HEADLINE_NAMED);
  }
  // A product or coined name is a detail; people, places and numbers are what a story is about.
  if (facts.entities.get(candidate.entity)?.type === "term") value -= 0.06;
  const length = stemWords(candidate);
  if (length > 28) value -= 0.05;
  let difficulty = BASE_DIFFICULTY[candidate.type];
  if (candidate.paragraph > 4) difficulty += 0.1;
  if (candidate.distractors.fromArticle >= 2) difficulty += 0.1;
  if (mentions >= 3) difficulty -= 0.1;
  return {
    candidate,
    // Scaled by the highest raw score, not cut off at 1: the order stays, and no bonus ties the best.
    score: Math.round(Math.min(1, value / MAX_RAW_SCORE) * 100) / 100,
    difficulty: Math.round(Math.max(0.05, Math.min(0.95, difficulty)) * 100) / 100,
    notes,
  };
}
