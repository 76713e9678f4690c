import { readFile } from "node:fs/promises";
import { encode } from "next-auth/jwt";
import type { Step } from "./driver";
import { answerFor, type LoadPlan, type PlanLearner } from "./plan";

/**
 * The HTTP requests a learner's browser sends, built by hand: server actions as Next's client calls
 * them (POST to the page with a Next-Action header and the `(previous, input)` arguments as the body),
 * pages and the health check as GETs, and the benchmark's baseline route.
 */
export const SESSION_COOKIE = "authjs.session-token";

/** The build's server-action ids for the quiz actions, from its server-reference manifest. */
export async function quizActionIds(): Promise<{ answerQuestion: string; finishQuiz: string }> {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const idOf = (name: string) => {
    const found = Object.entries(manifest.node).find(
      ([, entry]) => entry.exportedName === name && entry.filename?.endsWith("lib/actions/quiz.ts"),
    );
    if (!found) throw new Error(`The build's server-reference manifest has no ${name} action.`);
    return found[0];
  };
  return { answerQuestion: idOf("answerQuestion"), finishQuiz: idOf("finishQuiz") };
}

/**
 * A session cookie as signing in sets it: Auth.js's own encoder, the same secret as the server, the
 * token fields our jwt callback stores. Saves an argon2 check per learner before the run.
 */
export async function sessionCookie(learner: PlanLearner, secret: string): Promise<string> {
  const token = await encode({
    token: { sub: learner.id, name: learner.name, email: learner.email, role: "STUDENT" },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 3600,
  });
  return `${SESSION_COOKIE}=${token}`;
}

const actionOk = (reply: { status: number; body: string }) =>
  reply.status !== 200
    ? `HTTP ${reply.status}`
    : /(^|\n)1:\{"ok":true/.test(reply.body)
      ? null
      : `unexpected reply: ${reply.body.slice(0, 160)}`;

export interface RequestFactory {
  answer(attemptId: string, learner: number, position: number): Step;
  finish(attemptId: string): Step;
  baseline(attemptId: string, learner: number, position: number): Step;
  page(label: string, path: string, learner: number, expect: string): Step;
  health(): Step;
}

export function requestsFor(options: {
  origin: string;
  plan: LoadPlan;
  cookies: string[];
  actions: { answerQuestion: string; finishQuiz: string };
}): RequestFactory {
  const { origin, plan, cookies, actions } = options;
  const action = (id: string, attemptId: string, learner: number, input: object) => ({
    origin,
    method: "POST" as const,
    path: `/play/${attemptId}`,
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      cookie: cookies[learner]!,
    },
    body: JSON.stringify(["$undefined", input]),
  });
  const learnerByAttempt = new Map(plan.answerAttempts);
  return {
    answer(attemptId, learner, position) {
      const question = plan.questions[position]!;
      const given = answerFor(question, learner, position);
      return {
        label: "answerQuestion",
        ...action(actions.answerQuestion, attemptId, learner, {
          attemptId,
          questionId: question.id,
          ...given,
          elapsedMs: 4000 + position * 250,
        }),
        check: actionOk,
      };
    },
    finish(attemptId) {
      return {
        label: "finishQuiz",
        ...action(actions.finishQuiz, attemptId, learnerByAttempt.get(attemptId) ?? 0, { attemptId }),
        check: (reply) =>
          reply.status === 200 && String(reply.headers["x-action-redirect"] ?? "").startsWith(`/results/${attemptId}`)
            ? null
            : `HTTP ${reply.status}, redirect ${String(reply.headers["x-action-redirect"])}: ${reply.body.slice(0, 120)}`,
      };
    },
    baseline(attemptId, learner, position) {
      const question = plan.questions[position]!;
      return {
        label: "baseline",
        origin,
        method: "POST",
        path: "/api/bench/answer",
        headers: { "content-type": "application/json", cookie: cookies[learner]! },
        body: JSON.stringify({ attemptId, questionId: question.id, ...answerFor(question, learner, position) }),
        check: (reply) =>
          reply.status === 200 && reply.body.startsWith('{"ok":true')
            ? null
            : `HTTP ${reply.status}: ${reply.body.slice(0, 120)}`,
      };
    },
    page(label, path, learner, expect) {
      return {
        label,
        origin,
        method: "GET",
        path,
        headers: { accept: "text/html", cookie: cookies[learner]! },
        check: (reply) =>
          reply.status === 200 && reply.body.includes(expect)
            ? null
            : `HTTP ${reply.status}${reply.status === 200 ? `, no "${expect}" in the page` : ""}`,
      };
    },
    health() {
      return {
        label: "/api/health",
        origin,
        method: "GET",
        path: "/api/health",
        headers: {},
        check: (reply) => (reply.status === 200 ? null : `HTTP ${reply.status}`),
      };
    },
  };
}
