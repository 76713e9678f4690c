/** "more than", "over" before a figure bound it from below; "fewer than", "up to" from above. */
export function boundBefore(before: string): "above" | "below" | undefined {
  if (/(?<!-)\b(?:more than|over|at least|upwards of|in excess of|above|exceeding)\s*[$€£¥]?$/i.test(before))
    return "above";
  // (Not "finished at 11-under 277": a golf score's "under" is par's, not the figure's.)
  if (/(?<!-)\b(?:less than|fewer than|under|below|up to|at most|no more than)\s*[$€£¥]?$/i.test(before))
    return "below";
  return undefined;
}
