import { buildCandidates, type Candidate } from "@/lib/generation/candidates";
import type { Facts } from "@/lib/generation/facts";
import { markHeadlineAnswers } from "@/lib/generation/headline";
import type { ArticleInput } from "@/lib/generation/types";

/** The candidates as the quality gate sees them: built (stage 3), then marked by the headline (stage 4). */
export function candidatesOf(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates = buildCandidates(article, facts);
  markHeadlineAnswers(candidates, facts, article.title);
  return candidates;
}
