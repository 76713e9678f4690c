import { callAction, send, type Reply } from "./http";
import { leaksIn } from "./leaks";
import { expand } from "./payloads";
import { ROLES, type Role } from "./world";

/**
 * Runs the authorization matrix: every role asks for every page and download and calls every server
 * action; each reply is reduced to what the person got (a page, a sign-in redirect, a 403, a 404, an
 * action's result) and scanned for words the role may not see.
 */
export type Outcomes = [anonymous: string, learnerA: string, learnerB: string, teacherA: string, teacherB: string];

export interface Cell {
  row: string;
  role: Role;
  expected: string;
  got: string;
  /** What the reply said (an action's error, a redirect's target), for the report. */
  said: string;
  leaks: string[];
}

export function pageOutcome(reply: Reply): string {
  if (reply.status === 200) return "page";
  if (reply.status >= 300 && reply.status < 400) {
    const target = reply.location.replace(/^https?:\/\/[^/]+/, "").split("?")[0]!;
    return target === "/sign-in" ? "sign-in" : `→${target.replace(/\/[a-z0-9-]{20,}$/, "/…")}`;
  }
  return String(reply.status);
}

export function actionOutcome(reply: Reply): string {
  if (reply.location) return "redirect";
  if (!reply.result) return `HTTP ${reply.status}`;
  if (reply.result.ok) return "ok";
  const error = reply.result.error ?? "";
  if (/sign in/i.test(error) && !reply.result.fieldErrors) return "sign-in";
  if (/only teachers/i.test(error)) return "teachers only";
  if (/not found/i.test(error)) return "not found";
  return "refused";
}

export async function pageCell(
  row: string,
  path: string,
  role: Role,
  cookie: string,
  expected: string,
  ids: Record<string, string>,
  method = "GET",
): Promise<Cell> {
  const reply = await send(expand(path, ids) as string, { method, cookie });
  const said = reply.location || (reply.status === 200 ? "" : reply.body.slice(0, 160));
  return { row, role, expected, got: pageOutcome(reply), said, leaks: leaksIn(reply.body, role) };
}

export async function actionCell(
  row: string,
  actionId: string,
  input: unknown,
  role: Role,
  cookie: string,
  expected: string,
  ids: Record<string, string>,
): Promise<Cell> {
  const sent = expand(input, ids);
  const reply = await callAction(actionId, cookie, sent);
  const said = reply.location || reply.result?.error || reply.body.slice(0, 160);
  return { row, role, expected, got: actionOutcome(reply), said, leaks: leaksIn(reply.body, role, sent) };
}

export function rolesOf(outcomes: Outcomes): [Role, string][] {
  return ROLES.map((role, index) => [role, outcomes[index]!]);
}
