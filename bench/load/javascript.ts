import { readFile } from "node:fs/promises";
import { request } from "undici";
import { measureFirstLoadJs, type RouteToMeasure } from "./first-load-js";
import type { LoadPlan } from "./plan";
import { firstLoadTable } from "./report";
import { SESSION_COOKIE, sessionCookie } from "./requests";

/** The budgets (KB of gzip on the wire): the quiz a learner plays, and the learner's home. */
export const JS_BUDGETS: Record<string, number> = {
  "quiz (play)": 120,
  "learner home": 160,
  "learner home with scores chart": 160,
};

/** What every route loads before any code of ours: the framework's root chunks, gzip as served. */
async function frameworkFloor(origin: string): Promise<number> {
  const manifest = JSON.parse(await readFile(".next/build-manifest.json", "utf8")) as { rootMainFiles: string[] };
  let bytes = 0;
  for (const file of manifest.rootMainFiles) {
    const reply = await request(`${origin}/_next/${file}`, { headers: { "accept-encoding": "gzip" } });
    bytes += (await reply.body.arrayBuffer()).byteLength;
  }
  return bytes;
}

export async function measureJavaScript(origin: string, plan: LoadPlan, authSecret: string): Promise<string> {
  const cookieFor = async (learner: LoadPlan["demoStudent"]) => [
    { name: SESSION_COOKIE, value: (await sessionCookie(learner, authSecret)).split("=")[1]!, url: origin },
  ];
  const newcomer = await cookieFor(plan.demoStudent);
  // Learner 1 has answered and finished quizzes in the runs: their home shows the scores chart.
  const regular = await cookieFor(plan.learners[1]!);
  const routes: RouteToMeasure[] = [
    { name: "landing", path: "/" },
    { name: "learner home", path: "/home", cookies: newcomer },
    { name: "learner home with scores chart", path: "/home", cookies: regular },
    { name: "quiz start", path: `/quiz/${plan.setId}`, cookies: regular },
    { name: "quiz (play)", path: `/play/${plan.playAttempts[1]}`, cookies: regular },
    { name: "results", path: `/results/${plan.resultAttempts[1]}`, cookies: regular },
    { name: "review", path: "/review", cookies: regular },
    { name: "progress", path: "/progress", cookies: regular },
  ];
  const results = await measureFirstLoadJs(origin, routes);
  const floor = await frameworkFloor(origin);
  return [
    "### First-load JavaScript per route",
    "",
    "Chromium (Debian), a fresh browser context per route. First load: the scripts the page's HTML names, bytes " +
      "of gzip body on the wire (headers not counted), KB = 1,000 bytes. On demand: scripts fetched after the page " +
      "is shown, until the network is idle (the charts' code, when the page has a chart to show).",
    "",
    firstLoadTable(results, JS_BUDGETS),
    "",
    `Framework floor: the root chunks every route loads (React DOM, the Next.js client router and runtime) are ` +
      `${(floor / 1000).toFixed(1)} KB gzip before any code of ours.`,
  ].join("\n");
}
