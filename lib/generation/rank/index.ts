/**
 * Stage 6 — rank. The questions of the quiz, from the candidates that passed the gate.
 * In: the passing candidates, the facts, and the options (how many, which difficulty).
 * Out: the questions in article order — each with its choices in a stable seeded order, the answer's
 * index (or the accepted forms for fill-in), difficulty, score, the reasons it ranked where it did, the
 * facts it rests on and its topics — and the candidates left out, with why.
 *
 * score.ts scores centrality (lead paragraph, how often the entity is named) and difficulty;
 * diversity.ts spreads the quiz over sentences, entities and kinds, never letting one question answer
 * another (masks.ts hides a shared answer where two must share a sentence); unblock.ts lets a short quiz
 * give up a question that keeps out two.
 */
import type { Candidate } from "../candidates";
import type { Facts } from "../facts";
import { shuffled } from "../shared/random";
import { topicsOf } from "../topics";
import type { DroppedCandidate, GeneratedQuestion, GenerateOptions } from "../types";
import { score } from "./score";
import { selectWithUnblocking } from "./unblock";

const DIFFICULTY_BANDS = { easy: [0, 0.45], medium: [0.3, 0.65], hard: [0.5, 1] } as const;

export function rankQuestions(
  passing: Candidate[],
  facts: Facts,
  options: GenerateOptions,
): { questions: GeneratedQuestion[]; dropped: DroppedCandidate[] } {
  const band = options.difficulty && options.difficulty !== "mixed" ? DIFFICULTY_BANDS[options.difficulty] : undefined;
  const pool = passing
    .map((candidate) => score(candidate, facts))
    .filter((item) => !band || (item.difficulty >= band[0] && item.difficulty <= band[1]))
    .sort((a, b) => b.score - a.score || a.candidate.evidence.start - b.candidate.evidence.start);
  const { kept, nearDuplicate } = selectWithUnblocking(pool, facts, options.count ?? 10);
  const dropped: DroppedCandidate[] = [];
  for (const item of pool) {
    if (!kept.includes(item)) {
      dropped.push({
        type: item.candidate.type,
        prompt: item.candidate.prompt,
        reasons: [nearDuplicate(item) ? "near-duplicate of a kept question" : "ranked below the kept questions"],
      });
    }
  }
  const questions = kept
    .sort((a, b) => a.candidate.evidence.start - b.candidate.evidence.start)
    .map(({ candidate, score: value, difficulty, notes }) => {
      const arranged =
        candidate.type === "fill-in" ? { choices: [], answer: candidate.accepted } : arrangeChoices(candidate);
      return {
        type: candidate.type,
        prompt: candidate.prompt,
        choices: arranged.choices,
        answer: arranged.answer,
        explanation: candidate.explanation,
        evidence: candidate.evidence,
        difficulty,
        score: value,
        reasons: notes.length ? notes : ["passes every check"],
        factIds: [`sentence:${candidate.sentence}`, `entity:${candidate.entity}`],
        topics: topicsOf(facts, candidate.evidence, candidate.entity),
      };
    });
  return { questions, dropped };
}

/** Choices in a stable, per-question order; returns the choices and the answer's index. */
function arrangeChoices(candidate: Candidate): { choices: string[]; answer: number } {
  if (candidate.type === "true-false")
    return { choices: ["True", "False"], answer: candidate.answer === "True" ? 0 : 1 };
  const choices = shuffled(
    [candidate.answer, ...candidate.distractors.options],
    `${candidate.type}:${candidate.evidence.start}:${candidate.answer}`,
  );
  return { choices, answer: choices.indexOf(candidate.answer) };
}
