/** What bench/load/seed.ts put in the database, as the load runs need it. */
export interface PlanQuestion {
  id: string;
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_IN" | "WHO_SAID";
  choices: { id: string; isCorrect: boolean }[];
  acceptedAnswers: string[];
}

export interface PlanLearner {
  id: string;
  email: string;
  name: string;
}

export interface LoadPlan {
  setId: string;
  questions: PlanQuestion[];
  learners: PlanLearner[];
  demoStudent: PlanLearner;
  /** Open, unanswered attempts for the answer runs, learners interleaved: [attemptId, learner index]. */
  answerAttempts: [string, number][];
  /** Per learner: an open attempt with half its questions answered (the play page). */
  playAttempts: string[];
  /** Per learner: a finished attempt (the results page); each learner has finished one more the day before. */
  resultAttempts: string[];
}

/** How the benchmark's learners answer: right three times in four, in a fixed pattern. */
export function answerFor(question: PlanQuestion, learner: number, position: number) {
  const right = (learner + position) % 4 !== 0;
  if (question.type === "FILL_IN") return { text: right ? question.acceptedAnswers[0]! : "no idea" };
  const choice = question.choices.find((candidate) => candidate.isCorrect === right) ?? question.choices[0]!;
  return { choiceId: choice.id };
}
