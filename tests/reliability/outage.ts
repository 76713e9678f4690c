import { setTimeout as sleep } from "node:timers/promises";
import { seedDatabase, startServer } from "../../bench/load/servers";
import { quizActionIds, requestsFor, sessionCookie } from "../../bench/load/requests";
import type { Step } from "../../bench/load/driver";
import { accepted, send, showsStackTrace, type Reply } from "./http";
import { startProxy } from "./proxy";
import { DEMO_QUIZ_TITLE } from "../../prisma/seed";

/**
 * PostgreSQL gone for 20 s while the app serves. The app reaches PostgreSQL through a TCP proxy of the
 * test's own (docs/decisions/017-reliability-faults.md); cutting it resets every connection and refuses
 * new ones. During the outage every page and action must answer with words that say to try again, no
 * stack trace; afterwards the same server (no restart) must serve them again and take the answer.
 */
export const OUTAGE_SECONDS = 20;

export interface OutageFigures {
  requestsDuringOutage: number;
  plainTryAgain: number;
  problems: string[];
  recovered: boolean;
  answerStoredAfter: boolean;
}

const TRY_AGAIN = /try again/i;

/** What a person would see in the reply: the text of the page or the action's error, enough to judge it. */
function judgeOutageReply(label: string, reply: Reply): string | null {
  if (reply.networkError) return `${label}: no reply at all (${reply.networkError})`;
  if (showsStackTrace(reply.body)) return `${label}: HTTP ${reply.status} shows a stack trace`;
  if (!TRY_AGAIN.test(reply.body))
    return `${label}: HTTP ${reply.status} without "try again": ${reply.body.slice(0, 160)}`;
  return null;
}

export async function outageRun(options: {
  postgresUrl: string;
  proxyPort: number;
  port: number;
  authSecret: string;
  log: (message: string) => void;
}): Promise<OutageFigures> {
  const { postgresUrl, proxyPort, port, authSecret, log } = options;
  const target = new URL(postgresUrl);
  process.env.BENCH_LEARNERS = "5";
  process.env.BENCH_ATTEMPTS_PER_LEARNER = "1";
  log("PostgreSQL outage: seeding");
  const plan = await seedDatabase({ DATABASE_URL: postgresUrl }, "reliability-outage");
  const proxy = await startProxy(proxyPort, { host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(postgresUrl);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxyPort);
  const server = await startServer({
    name: "reliability-outage",
    port,
    databaseEnv: { DATABASE_URL: viaProxy.toString() },
    authSecret,
  }).catch(async (error: unknown) => {
    await proxy.close();
    throw error;
  });
  const problems: string[] = [];
  try {
    const cookies = await Promise.all(plan.learners.map((learner) => sessionCookie(learner, authSecret)));
    const requests = requestsFor({ origin: server.origin, plan, cookies, actions: await quizActionIds() });
    const [attemptId, learner] = plan.answerAttempts[0]!;
    const steps: Step[] = [
      requests.page("home page", "/home", learner, 'id="quizzes-heading"'),
      requests.page("play page", `/play/${plan.playAttempts[learner]!}`, learner, DEMO_QUIZ_TITLE),
      requests.page("results page", `/results/${plan.resultAttempts[learner]!}`, learner, 'data-testid="score"'),
      requests.answer(attemptId, learner, 0),
    ];
    for (const step of steps)
      if (!accepted(step, await send(step))) problems.push(`before the outage, the ${step.label} failed`);

    log(`PostgreSQL outage: connections cut for ${OUTAGE_SECONDS} s`);
    await proxy.cut();
    const outageEnds = Date.now() + OUTAGE_SECONDS * 1000;
    let requestsDuringOutage = 0;
    let plainTryAgain = 0;
    while (Date.now() < outageEnds) {
      for (const step of [...steps.slice(0, 3), requests.answer(attemptId, learner, 1)]) {
        const problem = judgeOutageReply(step.label, await send(step));
        requestsDuringOutage++;
        if (problem) problems.push(problem);
        else plainTryAgain++;
      }
      await sleep(1000);
    }
    await proxy.restore();
    log("PostgreSQL outage: connections back; the same server must serve again");

    // The first request after the outage may still meet a connection the pool has not yet found dead;
    // a learner pressing "Try again" sends it again. A few presses, not a timing.
    let recovered = false;
    for (let press = 0; press < 5 && !recovered; press++) {
      recovered = accepted(steps[0]!, await send(steps[0]!));
      if (!recovered) await sleep(1000);
    }
    for (const step of steps.slice(1, 3))
      if (!accepted(step, await send(step))) problems.push(`after the outage, the ${step.label} failed`);
    const answer = requests.answer(attemptId, learner, 1);
    const answerStoredAfter = accepted(answer, await send(answer));
    if (!recovered) problems.push("after the outage, the home page did not come back");
    if (!answerStoredAfter) problems.push("after the outage, the answer was not taken");
    return { requestsDuringOutage, plainTryAgain, problems, recovered, answerStoredAfter };
  } finally {
    await server.stop();
    await proxy.close();
  }
}
