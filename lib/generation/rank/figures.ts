/**
 * Figures a how-many question asks, compared: one figure asked twice (rounded or not, or a share and its rest to
 * 100) is one fact (rank/diversity.ts keeps one).
 */
import type { Candidate } from "../candidates";

export interface Figure {
  value: number;
  unit: string;
  /** Written as a round figure ("nearly _____" keyed "8%"): it stands for any figure that rounds to it. */
  approximate: boolean;
}

const figures = new WeakMap<Candidate, Figure | undefined>();

/** A how-many answer's number and unit ("61.07%" → 61.07 and "%"; "61 percent" → 61 and "%"), or undefined. */
export function figureOf(candidate: Candidate): Figure | undefined {
  if (candidate.type !== "how-many") return undefined;
  if (figures.has(candidate)) return figures.get(candidate);
  const figure = readFigure(candidate);
  figures.set(candidate, figure);
  return figure;
}

function readFigure(candidate: Candidate): Figure | undefined {
  const figure = /^([$£€]?)(\d[\d,]*(?:\.\d+)?)\s*(%|per ?cent\b|[a-z]+)?/i.exec(candidate.answer);
  if (!figure) return undefined;
  const unit = `${figure[1]}${(figure[3] ?? "").toLowerCase().replace(/^per ?cent$/, "%")}`;
  const value = Number(figure[2]!.replace(/,/g, ""));
  const approximate = Number.isInteger(value) && HEDGED.test(candidate.stem.split("_____")[0] ?? "");
  return { value, unit, approximate };
}

const HEDGED = /\b(?:nearly|almost|about|around|roughly|approximately|close to|some)\s+[$£€]?$/i;

/** What a round figure stands for: "nearly 8%" is 7.5% to 8.5%, "about 1,000" is 500 to 1,500. */
function roundingStep(value: number): number {
  let step = 1;
  while (value >= step * 10 && value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * "the MPLA had secured 61.07%" and "the opposition split the other 39%": one share and its rest to 100 are one
 * fact (judged rounds 10 and 11: the second was rejected by both judges).
 */
export const complements = (a: Figure, b: Figure) =>
  a.unit === "%" && b.unit === "%" && Math.abs(a.value + b.value - 100) <= 0.6;

/**
 * One figure written twice, rounded or not: within 1% of each other, in the same unit (not 1.5 and 1.55); or a
 * round figure the stem hedges and one it rounds ("fell 7.8%" and "was off nearly 8%": judged round 15, both judges).
 */
export const sameFigure = (a: Figure, b: Figure) =>
  a.unit === b.unit &&
  (Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value) ||
    // (Only with a unit: "about 20 miles" and "22 states" are two figures.)
    (a.unit !== "" &&
      [a, b].some((round) => round.approximate && Math.abs(a.value - b.value) <= roundingStep(round.value) / 2)));
