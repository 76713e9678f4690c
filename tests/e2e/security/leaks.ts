import { SECRET, type Role } from "./world";

/**
 * What each role may ever see. Every reply in the matrix (pages, downloads, action results) is scanned
 * for these words; one seen by a role not listed is a leak. What the caller sent itself and the reply
 * hands back under the same name (a form's typed values, shown again next to its error) is not: it is
 * taken out before the scan, and only as the exact pair the caller sent, so anything else still counts.
 */
const DEMO_EXPLANATIONS = [
  "The article's first sentence names Wang Yi as China's top diplomat.",
  "Wang gave the quote to the RIA Novosti news agency.",
  "The article dates the full-scale offensive to February 2022.",
];

export interface Visibility {
  words: string;
  roles: Role[];
  /** A credential that shows these words to whoever presents it (a class's join code shows its name). */
  unlockedBy?: string;
}

const rule = (words: string, roles: Role[], unlockedBy?: string): Visibility => ({ words, roles, unlockedBy });

export const VISIBLE_TO: Visibility[] = [
  rule(SECRET.draftA, ["teacherA"]),
  rule(SECRET.draftB, ["teacherB"]),
  rule(`${SECRET.setB} explanation`, ["teacherB"]),
  rule(`${SECRET.setB} right answer`, ["teacherB", "learnerA", "learnerB"]),
  rule(SECRET.articleA, ["teacherA"]),
  rule(SECRET.articleB, ["teacherB"]),
  rule(SECRET.articleLearner, ["learnerA"]),
  rule(SECRET.classA, ["teacherA", "learnerA"], SECRET.joinCodeA),
  rule(SECRET.classB, ["teacherB", "learnerB"], SECRET.joinCodeB),
  rule(SECRET.answerA, ["learnerA", "teacherA"]),
  rule(SECRET.joinCodeA, ["teacherA"]),
  rule(SECRET.joinCodeB, ["teacherB"]),
  rule("student@quizwire.test", ["learnerA", "teacherA"]),
  rule("learner-b@quizwire.test", ["learnerB", "teacherB"]),
  rule("teacher-b@quizwire.test", ["teacherB"]),
  rule("Other Learner", ["learnerB", "teacherB"]),
  rule("Sam Student", ["learnerA", "teacherA"]),
  // The learner of the answer-key test, who has played teacher A's demo quiz.
  rule("Key Checker", ["teacherA"]),
  rule("player@quizwire.test", ["teacherA"]),
  rule("913579", ["teacherA"]),
  // The demo quiz's explanations: its owner, and learner A, who has finished it.
  ...DEMO_EXPLANATIONS.map((text) => rule(text, ["teacherA", "learnerA"])),
  // Stored password hashes and session secrets never leave the server.
  rule("$argon2", []),
  rule("passwordHash", []),
];

function unescapeHtml(body: string): string {
  return body.replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

/** The string fields of what the caller sent, by name (nested objects flattened; arrays' strings kept). */
export function sentFields(sent: unknown): [name: string, value: string][] {
  if (!sent || typeof sent !== "object") return [];
  return Object.entries(sent).flatMap(([name, value]): [string, string][] =>
    typeof value === "string" ? [[name, value]] : [],
  );
}

/**
 * The reply with the caller's own fields taken out where it returns them as they were sent:
 * `"name":"value"` in JSON, byte for byte. A value the reply repeats anywhere else stays in.
 */
export function withoutEcho(body: string, sent: unknown): string {
  let rest = body;
  for (const [name, value] of sentFields(sent))
    rest = rest.replaceAll(`${JSON.stringify(name)}:${JSON.stringify(value)}`, "");
  return rest;
}

/** The words in `body` that `role` may not see (HTML-escaped variants included); `sent` is what the caller sent. */
export function leaksIn(body: string, role: Role, sent?: unknown): string[] {
  const scanned = unescapeHtml(withoutEcho(body, sent));
  const presented = JSON.stringify(sent ?? null);
  return VISIBLE_TO.filter(
    ({ words, roles, unlockedBy }) =>
      !roles.includes(role) && !(unlockedBy && presented.includes(unlockedBy)) && scanned.includes(words),
  ).map(({ words }) => words);
}
