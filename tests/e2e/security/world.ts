import type { DemoKey } from "./answer-keys";

/** The fixed world the security tests run in: who is who, and the words only the right people may see. */
export const SECRET = {
  draftA: "QWSECRET-DRAFT-A",
  draftB: "QWSECRET-DRAFT-B",
  setB: "QWSECRET-SET-B",
  articleA: "QWSECRET-ARTICLE-A",
  articleB: "QWSECRET-ARTICLE-B",
  articleLearner: "QWSECRET-ARTICLE-LEARNER",
  classA: "QWSECRET-CLASS-A",
  classB: "QWSECRET-CLASS-B",
  /** Learner A's typed (wrong) answer in their finished attempt. */
  answerA: "QWSECRET-ANSWER-A",
  joinCodeA: "SECAAAAAAA",
  joinCodeB: "SECBBBBBBB",
} as const;

export interface World {
  /** The matrix's four people, and the learner the answer-key test plays as. */
  users: { teacherA: string; learnerA: string; teacherB: string; learnerB: string; player: string };
  demoSetId: string;
  demoQuestionId: string;
  demoChoiceId: string;
  /** Where the passage cleaning removed from article A starts (what restoring it names). */
  articleARemoval: number;
  /** The demo quiz's questions in play order, with what must stay hidden until each is answered. */
  demoKeys: DemoKey[];
  /** The database's fingerprint right after seeding. */
  fingerprint: Record<string, string>;
}

export const ROLES = ["anonymous", "learnerA", "learnerB", "teacherA", "teacherB"] as const;
export type Role = (typeof ROLES)[number];

/** Ids the seed fixes, by name; `{{name}}` in the bad-input corpus stands for them. */
export function worldIds(world: World): Record<string, string> {
  return {
    demoSet: world.demoSetId,
    demoQuestion: world.demoQuestionId,
    demoChoice: world.demoChoiceId,
    teacherA: world.users.teacherA,
    learnerA: world.users.learnerA,
    teacherB: world.users.teacherB,
    learnerB: world.users.learnerB,
    draftA: "sec-draft-a",
    draftAQuestion: "sec-draft-a-q1",
    draftAChoice: "sec-draft-a-c1",
    setB: "sec-set-b",
    setBQuestion: "sec-set-b-q1",
    setBChoice: "sec-set-b-c1",
    draftB: "sec-draft-b",
    draftBQuestion: "sec-draft-b-q1",
    articleA: "sec-article-a",
    articleB: "sec-article-b",
    articleLearner: "sec-article-learner",
    articleARemoval: String(world.articleARemoval),
    attemptA: "sec-attempt-a",
    attemptADone: "sec-attempt-a-done",
    attemptB: "sec-attempt-b",
    cardA: "sec-card-a",
    cardB: "sec-card-b",
    cardA2: "sec-card-a2",
    logA: "sec-log-a",
    classA: "sec-class-a",
    classB: "sec-class-b",
    assignmentA: "sec-assignment-a",
    liveA: "sec-live-a",
    livePlayerA: "sec-live-player-a",
    livePin: "913579",
  };
}
