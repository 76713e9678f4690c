import { SECRET, type Role } from "./world";

/**
 * What each role may ever see. Every reply in the matrix (pages, downloads, action results) is scanned
 * for these words; one seen by a role not listed is a leak.
 */
const DEMO_EXPLANATIONS = [
  "The article's first sentence names Wang Yi as China's top diplomat.",
  "Wang gave the quote to the RIA Novosti news agency.",
  "The article dates the full-scale offensive to February 2022.",
];

export const VISIBLE_TO: [string, Role[]][] = [
  [SECRET.draftA, ["teacherA"]],
  [SECRET.draftB, ["teacherB"]],
  [`${SECRET.setB} explanation`, ["teacherB"]],
  [`${SECRET.setB} right answer`, ["teacherB", "learnerA", "learnerB"]],
  [SECRET.articleA, ["teacherA"]],
  [SECRET.articleB, ["teacherB"]],
  [SECRET.articleLearner, ["learnerA"]],
  [SECRET.classA, ["teacherA", "learnerA"]],
  [SECRET.classB, ["teacherB", "learnerB"]],
  ["SECAAAAA", ["teacherA"]],
  ["SECBBBBB", ["teacherB"]],
  ["student@quizwire.test", ["learnerA", "teacherA"]],
  ["learner-b@quizwire.test", ["learnerB", "teacherB"]],
  ["teacher-b@quizwire.test", ["teacherB"]],
  ["Other Learner", ["learnerB", "teacherB"]],
  ["Sam Student", ["learnerA", "teacherA"]],
  ["913579", ["teacherA"]],
  // The demo quiz's explanations: its owner, and learner A, who has finished it.
  ...DEMO_EXPLANATIONS.map((text): [string, Role[]] => [text, ["teacherA", "learnerA"]]),
  // Stored password hashes and session secrets never leave the server.
  ["$argon2", []],
  ["passwordHash", []],
];

/** The words in `body` that `role` may not see (HTML-escaped variants included). */
export function leaksIn(body: string, role: Role): string[] {
  const unescaped = body
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
  return VISIBLE_TO.filter(([words, roles]) => !roles.includes(role) && unescaped.includes(words)).map(
    ([words]) => words,
  );
}
