import type { Candidate } from "../candidates";
import type { Facts } from "../facts";
import { LEAD_FACT } from "../lead";
import { diversityMemo, selectDiverse } from "./diversity";
import type { Scored } from "./score";

/** How many questions a short quiz may give up, one at a time, to let others in. */
const MAX_SWAPS = 6;
/** The best-scored questions are the story's main facts: never given up. */
const KEPT_BEST = 3;

/**
 * The diverse selection, then, for a quiz short of `count`, a search: a kept question that blocks two
 * others (a place every other stem shows, a figure two sentences repeat) is left out where that lets more
 * questions in. Greedy selection keeps the best question first, and in a short article that one can cost
 * two (a tornado story's "Which place: … in Texas and _____" showed "Kansas", which the sentence on the toll by state
 * names: that toll could not be asked beside it).
 * The lead's facts and the three best questions are never given up.
 */
export function selectWithUnblocking(
  pool: Scored[],
  facts: Facts,
  count: number,
): { kept: Scored[]; nearDuplicate: (item: Scored) => boolean } {
  // selectDiverse writes masked stems into the items it keeps: each trial starts from the stems as built.
  const built = new Map<Scored, Candidate>(pool.map((item) => [item, item.candidate]));
  const memo = diversityMemo();
  const trial = (items: Scored[]) => {
    const selection = selectDiverse(items, facts, count, memo);
    const shown = new Map(selection.kept.map((item) => [item, item.candidate]));
    for (const [item, candidate] of built) item.candidate = candidate;
    return { ...selection, shown };
  };
  let best = trial(pool);
  const givenUp = new Set<Scored>();
  for (let swap = 0; swap < MAX_SWAPS && best.kept.length < count; swap++) {
    // Nothing left out but the kept questions' facts asked again: no swap can add a question.
    const current = best;
    if (pool.every((item) => current.kept.includes(item) || current.nearDuplicate(item))) break;
    const removable = [...best.kept]
      .sort((a, b) => b.score - a.score)
      .slice(KEPT_BEST)
      .filter((item) => !item.candidate.notes.includes(LEAD_FACT))
      .reverse();
    let better: typeof best | undefined;
    for (const item of removable) {
      const next = trial(pool.filter((other) => other !== item && !givenUp.has(other)));
      if (next.kept.length > best.kept.length && kindsOf(next.kept) >= kindsOf(best.kept)) {
        better = next;
        givenUp.add(item);
        break;
      }
    }
    if (!better) break;
    best = better;
  }
  for (const [item, candidate] of best.shown) item.candidate = candidate;
  return { kept: best.kept, nearDuplicate: best.nearDuplicate };
}

// A swap never narrows the quiz: two figures in place of a typed word would leave it fewer kinds of question.
const kindsOf = (kept: Scored[]) => new Set(kept.map((item) => item.candidate.type)).size;
