import type { Outcomes } from "./matrix-run";

/**
 * Who gets what: one row per page, download and server action the app has (the test fails when
 * app/ or a "use server" file gains one without a row here). Columns are anonymous, learner A (has
 * attempts at teacher A's quiz, in teacher A's class, plays in teacher A's live game), learner B,
 * teacher A (owns the records asked for) and teacher B. Outcomes: "page" (200 with the content),
 * "sign-in" (sent to sign in), "403", "404", "→/path" (sent elsewhere); for actions, "ok",
 * "redirect", "sign-in", "teachers only", "not found" or "refused" (the input was refused in words).
 */
export const PAGES: Record<string, { path: string; method?: string; expect: Outcomes }[]> = {
  "/": [{ path: "/", expect: ["page", "page", "page", "page", "page"] }],
  "/sign-in": [{ path: "/sign-in", expect: ["page", "→/home", "→/home", "→/home", "→/home"] }],
  "/sign-up": [{ path: "/sign-up", expect: ["page", "→/home", "→/home", "→/home", "→/home"] }],
  "/home": [{ path: "/home", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/join": [{ path: "/join", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/live": [{ path: "/live", expect: ["page", "page", "page", "page", "page"] }],
  "/live/[gameId]": [{ path: "/live/{{liveA}}", expect: ["→/live", "page", "→/live", "→/live", "→/live"] }],
  "/play/[attemptId]": [{ path: "/play/{{attemptA}}", expect: ["sign-in", "page", "404", "404", "404"] }],
  "/progress": [{ path: "/progress", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/quiz/[setId]": [
    { path: "/quiz/{{demoSet}}", expect: ["sign-in", "page", "page", "page", "page"] },
    // A draft has no quiz page yet, not even for its owner (who previews it at /teacher/sets/[id]).
    { path: "/quiz/{{draftA}}", expect: ["sign-in", "404", "404", "404", "404"] },
  ],
  "/results/[attemptId]": [{ path: "/results/{{attemptADone}}", expect: ["sign-in", "page", "404", "404", "404"] }],
  "/review": [{ path: "/review", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/review/session": [{ path: "/review/session", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/articles": [{ path: "/articles", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/articles/new": [{ path: "/articles/new", expect: ["sign-in", "page", "page", "page", "page"] }],
  "/articles/[id]": [
    { path: "/articles/{{articleA}}", expect: ["sign-in", "404", "404", "page", "404"] },
    { path: "/articles/{{articleLearner}}", expect: ["sign-in", "page", "404", "404", "404"] },
  ],
  "/teacher": [{ path: "/teacher", expect: ["sign-in", "403", "403", "page", "page"] }],
  "/teacher/assignments/[id]": [
    { path: "/teacher/assignments/{{assignmentA}}", expect: ["sign-in", "403", "403", "page", "404"] },
  ],
  "/teacher/assignments/[id]/results.csv": [
    { path: "/teacher/assignments/{{assignmentA}}/results.csv", expect: ["sign-in", "404", "404", "page", "404"] },
  ],
  "/teacher/assignments/[id]/results.xlsx": [
    { path: "/teacher/assignments/{{assignmentA}}/results.xlsx", expect: ["sign-in", "404", "404", "page", "404"] },
  ],
  "/teacher/classes": [{ path: "/teacher/classes", expect: ["sign-in", "403", "403", "page", "page"] }],
  "/teacher/classes/[id]": [{ path: "/teacher/classes/{{classA}}", expect: ["sign-in", "403", "403", "page", "404"] }],
  "/teacher/import": [{ path: "/teacher/import", expect: ["sign-in", "403", "403", "page", "page"] }],
  "/teacher/live/[gameId]": [{ path: "/teacher/live/{{liveA}}", expect: ["sign-in", "403", "403", "page", "404"] }],
  "/teacher/sets/[id]": [
    { path: "/teacher/sets/{{draftA}}", expect: ["sign-in", "403", "403", "page", "404"] },
    { path: "/teacher/sets/{{demoSet}}", expect: ["sign-in", "403", "403", "page", "404"] },
  ],
  "/teacher/sets/[id]/export/[format]": ["json", "csv", "gift", "aiken", "moodle-xml", "qti"].map((format) => ({
    path: `/teacher/sets/{{draftA}}/export/${format}`,
    expect: ["sign-in", "404", "404", "page", "404"] as Outcomes,
  })),
  "/teacher/sets/[id]/print": [
    { path: "/teacher/sets/{{draftA}}/print", expect: ["sign-in", "403", "403", "page", "404"] },
  ],
  "/teacher/sets/new": [{ path: "/teacher/sets/new", expect: ["sign-in", "403", "403", "page", "page"] }],
  "/api/auth/[...nextauth]": [{ path: "/api/auth/session", expect: ["page", "page", "page", "page", "page"] }],
  "/api/bench/answer": [{ path: "/api/bench/answer", method: "POST", expect: ["404", "404", "404", "404", "404"] }],
  "/api/health": [{ path: "/api/health", expect: ["page", "page", "page", "page", "page"] }],
  "/api/live/[gameId]/events": [{ path: "/api/live/{{liveA}}/events", expect: ["404", "page", "404", "page", "404"] }],
};

const q = { type: "MULTIPLE_CHOICE", prompt: "Which one is right?", explanation: "Because.", choices: ["A", "B"] };

/** Each action with an input aimed at A's records (teacher A's, or learner A's). */
export const ACTIONS: Record<string, { input: unknown; expect: Outcomes }> = {
  updateLeaderboardOptIn: { input: { optIn: "false" }, expect: ["sign-in", "ok", "ok", "ok", "ok"] },
  importPastedArticle: { input: { text: "" }, expect: ["sign-in", "refused", "refused", "refused", "refused"] },
  importUploadedArticle: { input: {}, expect: ["sign-in", "refused", "refused", "refused", "refused"] },
  importArticleFromLink: { input: { url: "" }, expect: ["sign-in", "refused", "refused", "refused", "refused"] },
  toggleRemoval: {
    input: { articleId: "{{articleA}}", start: "{{articleARemoval}}", restored: "true" },
    expect: ["sign-in", "not found", "not found", "ok", "not found"],
  },
  saveArticleDetails: {
    input: { articleId: "{{articleA}}", title: "QWSECRET-ARTICLE-A headline", publishedAt: "" },
    expect: ["sign-in", "not found", "not found", "ok", "not found"],
  },
  generateSetFromArticle: {
    input: { articleId: "{{articleA}}", count: "5", types: ["who"], difficulty: "mixed" },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "not found"],
  },
  signInAction: {
    input: { email: "student@quizwire.test", password: "wrong password" },
    expect: ["refused", "refused", "refused", "refused", "refused"],
  },
  signUpAction: {
    input: { name: "Dup", email: "student@quizwire.test", password: "a long password", role: "STUDENT" },
    expect: ["refused", "refused", "refused", "refused", "refused"],
  },
  signOutAction: { input: {}, expect: ["redirect", "redirect", "redirect", "redirect", "redirect"] },
  createClassAction: {
    input: { name: "" },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "refused"],
  },
  // Learner B joins A's class with its code in their turn (joinClassAction, below), so teacher A, whose turn
  // comes last, removes a real member.
  removeStudentAction: {
    input: { classId: "{{classA}}", userId: "{{learnerB}}" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  archiveClassAction: {
    input: { classId: "{{classA}}", value: "false" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  assignSetAction: {
    input: {
      classId: "{{classA}}",
      setId: "{{draftA}}",
      opensAt: "{{now}}",
      dueAt: "{{nextWeek}}",
      feedbackMode: "END",
    },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  startAssignmentAction: {
    input: { assignmentId: "{{assignmentA}}" },
    expect: ["sign-in", "redirect", "not found", "not found", "not found"],
  },
  createLiveGameAction: {
    input: { setId: "{{demoSet}}", secondsPerQuestion: "20" },
    expect: ["sign-in", "teachers only", "teachers only", "redirect", "not found"],
  },
  hostLiveCommandAction: {
    input: { gameId: "{{liveA}}", command: "pause" },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "not found"],
  },
  removeLivePlayerAction: {
    input: { gameId: "{{liveA}}", playerId: "no-such-player" },
    expect: ["sign-in", "teachers only", "teachers only", "not found", "not found"],
  },
  // Only a player of the game gets as far as looking for the round (learner A plays in it).
  answerLiveAction: {
    input: { gameId: "{{liveA}}", roundId: "none", choiceId: "{{demoChoice}}" },
    expect: ["refused", "not found", "refused", "refused", "refused"],
  },
  editQuestionAction: {
    input: { questionId: "{{draftAQuestion}}", ...q, prompt: "QWSECRET-DRAFT-A question: which one?", correct: "0" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  addQuestionAction: {
    input: { setId: "{{draftA}}", ...q, prompt: "QWSECRET-DRAFT-A added?", correct: "1" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  moveQuestionAction: {
    input: { questionId: "{{draftAQuestion}}", direction: "down" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  regenerateDistractorsAction: {
    input: { questionId: "{{draftAQuestion}}" },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "not found"],
  },
  regenerateQuestionAction: {
    input: { questionId: "{{draftAQuestion}}" },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "not found"],
  },
  reorderQuestionsAction: {
    input: { setId: "{{draftA}}", order: ["{{draftAQuestion}}"] },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "not found"],
  },
  duplicateSetAction: {
    input: { setId: "{{draftA}}" },
    expect: ["sign-in", "teachers only", "teachers only", "redirect", "not found"],
  },
  renameSetAction: {
    input: { setId: "{{draftA}}", title: "A renamed draft" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  createEmptySetAction: {
    input: { title: "" },
    expect: ["sign-in", "teachers only", "teachers only", "refused", "refused"],
  },
  saveQuizSettings: {
    input: { setId: "{{draftA}}", status: "DRAFT", feedbackMode: "END", layout: "ONE_PER_SCREEN" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  deleteQuestionAction: {
    input: { questionId: "{{draftAQuestion}}" },
    expect: ["sign-in", "teachers only", "teachers only", "ok", "not found"],
  },
  startQuiz: {
    input: { setId: "{{draftA}}" },
    expect: ["sign-in", "not found", "not found", "not found", "not found"],
  },
  answerQuestion: {
    input: { attemptId: "{{attemptA}}", questionId: "{{demoQuestion}}", choiceId: "{{demoChoice}}", elapsedMs: 900 },
    expect: ["sign-in", "ok", "not found", "not found", "not found"],
  },
  finishQuiz: {
    input: { attemptId: "{{attemptA}}" },
    expect: ["sign-in", "redirect", "not found", "not found", "not found"],
  },
  // Learner A's other card was reviewed just now; its review can still be re-rated.
  changeReviewRating: {
    input: { logId: "{{logA}}", rating: "easy" },
    expect: ["sign-in", "ok", "not found", "not found", "not found"],
  },
  answerReview: {
    input: { cardId: "{{cardA}}", version: "0", choiceId: "{{demoChoice}}", elapsedMs: 900 },
    expect: ["sign-in", "ok", "not found", "not found", "not found"],
  },
  suspendCard: {
    input: { cardId: "{{cardA}}", value: "false" },
    expect: ["sign-in", "ok", "not found", "not found", "not found"],
  },
  retireCard: {
    input: { cardId: "{{cardA}}", value: "false" },
    expect: ["sign-in", "ok", "not found", "not found", "not found"],
  },
  saveReviewSettings: { input: { staleDays: "90", reminders: "on" }, expect: ["sign-in", "ok", "ok", "ok", "ok"] },
  importSetAction: { input: {}, expect: ["sign-in", "teachers only", "teachers only", "refused", "refused"] },
  // Joining goes last in each role's turn: whoever joins A's class or game may then use it, which would change
  // what that role's rows above find. The code and the PIN are the credentials: anyone signed in who has them may
  // join, except the class's owner and the game's host; a game without guests sends the signed-out to sign in.
  joinClassAction: { input: { code: "SECAAAAAAA" }, expect: ["sign-in", "ok", "ok", "refused", "ok"] },
  joinLiveGameAction: {
    input: { pin: "913579" },
    expect: ["sign-in", "redirect", "redirect", "refused", "redirect"],
  },
};
