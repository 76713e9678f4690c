import { request } from "undici";
import { openPostgresConnection } from "../../lib/db/sql-connection";
import { DEMO_PASSWORD } from "../../prisma/seed";
import type { LoadPlan } from "./plan";
import type { RequestFactory } from "./requests";
import { SESSION_COOKIE } from "./requests";

/**
 * What two instances on one PostgreSQL must get right, checked over HTTP against both: every answer
 * stored once (also when the same answer reaches both at once), sign-in limits counted across both,
 * and a session from one accepted by the other.
 */
export interface ScaleOutChecks {
  answersStored: { expected: number; stored: number };
  doubleSubmissions: { attempts: number; storedOnce: number; sameReply: number };
  signInLimit: { failures: string; nextSignIn: string; held: boolean };
  sessionAcrossInstances: boolean;
}

async function countAnswers(databaseUrl: string, attemptIds: string[]): Promise<number> {
  const connection = await openPostgresConnection(databaseUrl);
  try {
    const rows = await connection.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM "Answer" WHERE "attemptId" = ANY($1)`,
      [attemptIds],
    );
    return Number(rows[0]?.count ?? 0);
  } finally {
    await connection.close();
  }
}

/** The same answer sent to both instances at the same moment, for each attempt: one row each, one verdict. */
async function doubleSubmit(
  factories: [RequestFactory, RequestFactory],
  attempts: [string, number][],
  databaseUrl: string,
): Promise<ScaleOutChecks["doubleSubmissions"]> {
  let sameReply = 0;
  await Promise.all(
    attempts.map(async ([attemptId, learner]) => {
      const replies = await Promise.all(
        factories.map(async (factory) => {
          const step = factory.answer(attemptId, learner, 0);
          const reply = await request(`${step.origin}${step.path}`, {
            method: step.method,
            headers: step.headers,
            body: step.body,
          });
          const body = await reply.body.text();
          return step.check({ status: reply.statusCode, headers: reply.headers, body })
            ? "failed"
            : (/"isCorrect":(true|false)/.exec(body)?.[1] ?? "no verdict");
        }),
      );
      if (replies[0] === replies[1] && replies[0] !== "failed") sameReply++;
    }),
  );
  const connection = await openPostgresConnection(databaseUrl);
  try {
    const rows = await connection.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM (SELECT "attemptId" FROM "Answer" WHERE "attemptId" = ANY($1)
       GROUP BY "attemptId" HAVING count(*) = 1) AS once`,
      [attempts.map(([id]) => id)],
    );
    return { attempts: attempts.length, storedOnce: Number(rows[0]?.count ?? 0), sameReply };
  } finally {
    await connection.close();
  }
}

/** One credentials sign-in through Auth.js on `origin`: the error code, or the session cookie. */
async function signIn(origin: string, email: string, password: string, clientIp: string) {
  const csrf = await request(`${origin}/api/auth/csrf`, { headers: { "x-forwarded-for": clientIp } });
  const { csrfToken } = (await csrf.body.json()) as { csrfToken: string };
  const csrfCookie = ([] as string[]).concat(csrf.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]);
  const reply = await request(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookie.join("; "),
      "x-forwarded-for": clientIp,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/home` }).toString(),
  });
  await reply.body.dump();
  const location = String(reply.headers.location ?? "");
  const session = ([] as string[])
    .concat(reply.headers["set-cookie"] ?? [])
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  return { code: new URL(location, origin).searchParams.get("code") ?? (session ? "signed-in" : location), session };
}

export async function checkScaleOut(options: {
  origins: [string, string];
  factories: [RequestFactory, RequestFactory];
  plan: LoadPlan;
  databaseUrl: string;
  answeredAttempts: string[];
  answersAccepted: number;
  freshAttempts: [string, number][];
}): Promise<ScaleOutChecks> {
  const { origins, plan, databaseUrl } = options;
  const stored = await countAnswers(databaseUrl, options.answeredAttempts);
  const doubleSubmissions = await doubleSubmit(options.factories, options.freshAttempts, databaseUrl);

  // Five wrong passwords for one account, alternating instances; then the right one, on either.
  const target = plan.learners[plan.learners.length - 1]!;
  const ip = "203.0.113.18";
  const failures: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++)
    failures.push((await signIn(origins[attempt % 2]!, target.email, "not the password", ip)).code);
  const next = await signIn(origins[1], target.email, DEMO_PASSWORD, ip);

  // A session made by one instance, used on the other.
  const other = plan.learners[plan.learners.length - 2]!;
  const session = await signIn(origins[0], other.email, DEMO_PASSWORD, "203.0.113.19");
  let sessionAcrossInstances = false;
  if (session.session) {
    const home = await request(`${origins[1]}/home`, { headers: { cookie: session.session } });
    // React separates adjacent text with <!-- --> in server-rendered HTML.
    const body = (await home.body.text()).replaceAll("<!-- -->", "");
    sessionAcrossInstances = home.statusCode === 200 && body.includes(`Hello, ${other.name.split(" ")[0]}`);
  }

  return {
    answersStored: { expected: options.answersAccepted, stored },
    doubleSubmissions,
    signInLimit: {
      failures: failures.join(", "),
      nextSignIn: next.code,
      held: failures.every((code) => code === "invalid") && next.code === "rate-limited",
    },
    sessionAcrossInstances,
  };
}

export function scaleOutSummary(checks: ScaleOutChecks): string {
  const { answersStored, doubleSubmissions, signInLimit } = checks;
  const mark = (ok: boolean) => (ok ? "✓" : "✗");
  return [
    `- ${mark(answersStored.stored === answersStored.expected)} Every answer stored once: ${answersStored.stored} rows for ${answersStored.expected} accepted answers.`,
    `- ${mark(doubleSubmissions.storedOnce === doubleSubmissions.attempts && doubleSubmissions.sameReply === doubleSubmissions.attempts)} The same answer sent to both instances at once, ${doubleSubmissions.attempts} times: stored once ${doubleSubmissions.storedOnce} times, the same verdict from both ${doubleSubmissions.sameReply} times.`,
    `- ${mark(signInLimit.held)} Sign-in limit across instances: five wrong passwords alternating A, B, A, B, A answered ${signInLimit.failures}; the right password next, on B: ${signInLimit.nextSignIn}.`,
    `- ${mark(checks.sessionAcrossInstances)} A session signed in on A is accepted by B (its home page greets the learner).`,
  ].join("\n");
}
