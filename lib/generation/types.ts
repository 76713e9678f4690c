/** A generated question, in the shape the CLI prints and storage keeps. */
export type QuestionKind =
  | "who"
  | "role"
  | "who-said"
  | "where"
  | "when"
  | "how-many"
  | "which-organization"
  | "what-happened"
  | "true-false"
  | "fill-in";

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface GeneratedQuestion {
  type: QuestionKind;
  prompt: string;
  /** Choices in display order; empty for fill-in. */
  choices: string[];
  /** Index into `choices`, or the accepted strings for fill-in. */
  answer: number | string[];
  explanation: string;
  evidence: Evidence;
  difficulty: number;
  score: number;
  /** Why the quality gate kept it (and, in reports, why others were dropped). */
  reasons: string[];
  /** The facts it rests on, e.g. "entity:Wang Yi", "sentence:3". */
  factIds: string[];
  /** What it is about, as "person:Wang Yi", "place:Russia", "organization:NATO". */
  topics: string[];
}

export interface ArticleInput {
  /** The article's headline: quoted in explanations, shown with feedback and results. */
  title: string;
  /**
   * What the quiz shows above its questions before they are answered (the set's title). Nothing it
   * answers is asked. Defaults to the headline.
   */
  screenTitle?: string | null;
  text: string;
  publishedAt?: string | null;
  source?: string | null;
}

export interface GenerateOptions {
  count?: number;
  types?: QuestionKind[];
  difficulty?: "easy" | "medium" | "hard" | "mixed";
}

export interface DroppedCandidate {
  type: QuestionKind;
  prompt: string;
  reasons: string[];
}

export interface GenerationResult {
  questions: GeneratedQuestion[];
  dropped: DroppedCandidate[];
  generator: { name: string; version: string };
}
