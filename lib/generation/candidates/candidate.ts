import { aliasesOf } from "../gazetteer";
import type { DistractorPick } from "../distractors";
import type { Facts } from "../facts";
import { longDate } from "../parse";
import type { ArticleInput, QuestionKind } from "../types";

/**
 * Every question the article's facts allow, before the quality gate. Each candidate carries what
 * the gate needs to judge it: its answer, distractors, evidence sentence and the stem shown.
 */
export interface Candidate {
  type: QuestionKind;
  prompt: string;
  /** The part of the prompt a learner reads as the question text (quoted sentence or stem). */
  stem: string;
  answer: string;
  accepted: string[];
  distractors: DistractorPick;
  evidence: { start: number; end: number; text: string };
  sentence: number;
  /** The sentence before, shown ahead of a short stem for context; it counts as shown by this question. */
  context?: number;
  paragraph: number;
  entity: string;
  explanation: string;
  problems: string[];
  notes: string[];
}

/** What marks the answer's place in a blanked sentence. */
export const BLANK = "_____";

/** Fields a builder gives; the rest have defaults (aliases accepted, no problems or notes yet). */
export type CandidateFields = Omit<Candidate, "type" | "problems" | "notes" | "accepted" | "paragraph"> & {
  accepted?: string[];
  problems?: string[];
  notes?: string[];
};

// Every field written out in one order, not spread from the builder's: candidates of every kind then share one
// shape, and the gate's and the ranking's reads of them stay fast (a spread gave each builder's key order its own).
export function makeCandidate(facts: Facts, type: QuestionKind, fields: CandidateFields): Candidate {
  return candidateOf(facts, type, fields, fields.distractors);
}

/**
 * A candidate whose distractors are chosen when first read (by the gate, a true/false form or the ranking), once:
 * choosing stand-ins costs more than the rest of a candidate, and the gate drops most candidates without them.
 */
export function makeCandidateChoosingLater(
  facts: Facts,
  type: QuestionKind,
  fields: Omit<CandidateFields, "distractors">,
  choose: () => DistractorPick,
): Candidate {
  // The distractors passed beside the fields, not spread into a copy of them: that copy cost more than the rest.
  return candidateOf(facts, type, fields, new ChosenWhenRead(choose));
}

function candidateOf(
  facts: Facts,
  type: QuestionKind,
  fields: Omit<CandidateFields, "distractors">,
  distractors: DistractorPick,
): Candidate {
  return {
    type,
    prompt: fields.prompt,
    stem: fields.stem,
    answer: fields.answer,
    accepted: fields.accepted ?? aliasesOf(fields.answer),
    distractors,
    evidence: fields.evidence,
    sentence: fields.sentence,
    context: fields.context,
    paragraph: facts.sentences[fields.sentence]!.paragraph,
    entity: fields.entity,
    explanation: fields.explanation,
    problems: fields.problems ?? [],
    notes: fields.notes ?? [],
  };
}

/**
 * Distractors chosen when first read. A class, its getters on the prototype: a getter written into each candidate
 * made every candidate a slow dictionary of properties for the gate and the ranking that read them.
 */
class ChosenWhenRead implements DistractorPick {
  private chosen: DistractorPick | undefined;
  constructor(private readonly choose: () => DistractorPick) {}
  get options(): string[] {
    return this.pick().options;
  }
  get fromArticle(): number {
    return this.pick().fromArticle;
  }
  private pick(): DistractorPick {
    return (this.chosen ??= this.choose());
  }
}

/** The article as explanations cite it; without the date where the sentence already starts "As of <date>". */
export function sourceLine(article: ArticleInput, withDate = true): string {
  return article.publishedAt && withDate
    ? `“${article.title}” (${longDate(article.publishedAt)})`
    : `“${article.title}”`;
}

/** "As of 1 April 2025, " where the article has a date: facts that change are told with their date. */
export const asOfLine = (article: ArticleInput): string =>
  article.publishedAt ? `As of ${longDate(article.publishedAt)}, ` : "";

/** The title the quiz shows above every question: the set's title, else the headline. */
export const shownTitleOf = (article: ArticleInput): string => article.screenTitle ?? article.title;
