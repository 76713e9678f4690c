import { setTimeout as sleep } from "node:timers/promises";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../playwright.config";
import type { RunningServer } from "../../bench/load/servers";
import { quizActionIds, requestsFor, sessionCookie, SESSION_COOKIE } from "../../bench/load/requests";
import type { LoadPlan } from "../../bench/load/plan";
import type { Step } from "../../bench/load/driver";
import { accepted, send, showsStackTrace } from "./http";
import type { Proxy } from "./proxy";
import { DEMO_QUIZ_TITLE } from "../../prisma/seed";

/**
 * PostgreSQL gone for 20 s while the app serves. The app reaches PostgreSQL through a TCP proxy of the
 * test's own (docs/decisions/017-reliability-faults.md); cutting it resets every connection and refuses
 * new ones. During the outage every page, as Chromium shows it, and the answer action must say in words
 * to try again, with no stack trace; afterwards the same server (no restart) must serve them again and
 * take the answer.
 */
export const OUTAGE_SECONDS = 20;

export interface OutageFigures {
  pagesDuringOutage: number;
  actionsDuringOutage: number;
  plainTryAgain: number;
  problems: string[];
  recovered: boolean;
  answerStoredAfter: boolean;
}

const TRY_AGAIN = /try again/i;

/** The page's visible text once it has settled: the words a learner reads. */
async function visibleText(page: Page, url: string): Promise<{ status: number; text: string }> {
  const response = await page.goto(url, { waitUntil: "load" });
  // The error page is drawn by the browser from the server's reply; wait for it (a generous bound, not a timing).
  await page
    .getByText(TRY_AGAIN)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  return { status: response?.status() ?? 0, text: await page.locator("body").innerText() };
}

function judge(label: string, status: number, text: string): string | null {
  if (showsStackTrace(text)) return `${label}: HTTP ${status} shows a stack trace`;
  if (!TRY_AGAIN.test(text)) return `${label}: HTTP ${status} without "try again": ${text.slice(0, 160)}`;
  return null;
}

/** `server` reaches PostgreSQL through `proxy`; both keep running afterwards (the caller stops them). */
export async function outageRun(options: {
  plan: LoadPlan;
  server: RunningServer;
  proxy: Proxy;
  authSecret: string;
  log: (message: string) => void;
}): Promise<OutageFigures> {
  const { plan, server, proxy, authSecret, log } = options;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    const learner = 0;
    const cookies = await Promise.all(plan.learners.map((person) => sessionCookie(person, authSecret)));
    const context = await browser.newContext();
    await context.addCookies([
      { name: SESSION_COOKIE, value: cookies[learner]!.split("=")[1]!, url: server.origin, httpOnly: true },
    ]);
    const page = await context.newPage();
    const requests = requestsFor({ origin: server.origin, plan, cookies, actions: await quizActionIds() });
    // An open attempt with its first half answered: one answer before the outage, one during and after.
    const attemptId = plan.playAttempts[learner]!;
    const last = plan.questions.length - 1;
    const pages: Step[] = [
      requests.page("home page", "/home", learner, 'id="quizzes-heading"'),
      requests.page("play page", `/play/${attemptId}`, learner, DEMO_QUIZ_TITLE),
      requests.page("results page", `/results/${plan.resultAttempts[learner]!}`, learner, 'data-testid="score"'),
    ];
    for (const step of [...pages, requests.answer(attemptId, learner, last - 1)])
      if (!accepted(step, await send(step))) problems.push(`before the outage, the ${step.label} failed`);

    log(`PostgreSQL outage: connections cut for ${OUTAGE_SECONDS} s`);
    await proxy.cut();
    const outageEnds = Date.now() + OUTAGE_SECONDS * 1000;
    const figures = { pagesDuringOutage: 0, actionsDuringOutage: 0, plainTryAgain: 0 };
    while (Date.now() < outageEnds) {
      for (const step of pages) {
        const { status, text } = await visibleText(page, `${server.origin}${step.path}`);
        const problem = judge(step.label, status, text);
        figures.pagesDuringOutage++;
        if (problem) problems.push(problem);
        else figures.plainTryAgain++;
      }
      const reply = await send(requests.answer(attemptId, learner, last));
      const problem = reply.networkError
        ? `answer action: no reply (${reply.networkError})`
        : judge("answer action", reply.status, reply.body);
      figures.actionsDuringOutage++;
      if (problem) problems.push(problem);
      else figures.plainTryAgain++;
    }
    await proxy.restore();
    log("PostgreSQL outage: connections back; the same server must serve again");

    // The first request after the outage may still meet a connection the pool has not yet found dead;
    // a learner pressing "Try again" sends it again. A few presses, not a timing.
    let recovered = false;
    for (let press = 0; press < 5 && !recovered; press++) {
      recovered = accepted(pages[0]!, await send(pages[0]!));
      if (!recovered) await sleep(1000);
    }
    for (const step of pages.slice(1))
      if (!accepted(step, await send(step))) problems.push(`after the outage, the ${step.label} failed`);
    const answer = requests.answer(attemptId, learner, last);
    const answerStoredAfter = accepted(answer, await send(answer));
    if (!recovered) problems.push("after the outage, the home page did not come back");
    if (!answerStoredAfter) problems.push("after the outage, the answer was not taken");
    return { ...figures, problems, recovered, answerStoredAfter };
  } finally {
    await browser.close();
  }
}
