/**
 * Stage 3 — candidates. Every question the article's facts allow, before the quality gate.
 * In: the article (title, text, published date, source) and its facts.
 * Out: Candidates — each with its kind, prompt and stem, answer and accepted forms, distractors (from
 * distractors/), evidence sentence, explanation, and the problems found while building it (a blank in the
 * dateline, an unresolved pronoun…), which the gate reads with its own.
 *
 * One file per question kind: roles.ts (who holds a role, what role someone holds), quotations.ts (who
 * said it), blanks.ts (where, which organisation, when, how many, who: a sentence with one fact blanked),
 * fill-in.ts (the blank to type), true-false.ts (the sentence as written or with one fact swapped),
 * statements.ts (comparisons and causes judged whole, a long sentence's main clause), events.ts (what
 * happened: the lead's event among events of its kind), counts.ts (spelled counts and counting ordinals);
 * quantity-forms.ts asks a size of change or a target as such, and never a change without its unit.
 * stems.ts cuts long sentences to the clause around the blank; blank-checks.ts holds the blank's rules.
 */
import type { Facts } from "../facts";
import type { ArticleInput } from "../types";
import { explainAcronyms } from "./acronyms";
import { blankCandidates } from "./blanks";
import { introduceSurnames } from "./full-names";
import { countCandidates } from "./counts";
import { refineQuantityQuestions } from "./quantity-forms";
import { eventCandidates } from "./events";
import type { Candidate } from "./candidate";
import { quotationCandidates } from "./quotations";
import { roleCandidates } from "./roles";
import { statementCandidates } from "./statements";

export { BLANK, type Candidate } from "./candidate";
export { MIN_BLANK_STEM_WORDS, UNRESOLVED_REFERENCE } from "./stems";

export function buildCandidates(article: ArticleInput, facts: Facts): Candidate[] {
  const candidates = refineQuantityQuestions([
    ...roleCandidates(article, facts),
    ...quotationCandidates(article, facts),
    ...blankCandidates(article, facts),
    ...statementCandidates(article, facts),
    ...eventCandidates(article, facts),
    ...countCandidates(article, facts),
  ]);
  explainAcronyms(candidates, article.text);
  introduceSurnames(candidates, facts);
  return candidates;
}
