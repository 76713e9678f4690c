/**
 * npm run bench:live [-- --players 200 --note "…"] — one live game with simulated players on the
 * production server and PostgreSQL: each player is a signed-in account with its own event stream and
 * answers through the real server action. Measures the time from the host's "next" to the question
 * reaching every player (p50/p95/p99), answers accepted within the window, and answers lost (sent but
 * neither stored nor refused in words; must be 0). Then the same with two app instances on one
 * database, players split between them, the host on the first. Baseline in the same run: the round
 * trip of GET /api/health. Appends to bench/RESULTS.md.
 *
 * Env: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/quizwire_bench_live; dropped
 * and made afresh), BENCH_LIVE_PORTS (default 3520,3521).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, openSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { dropPostgresDatabase, ensurePostgresDatabase } from "../lib/db/sql-connection";
import { waitForHealthy } from "../scripts/lib/port";
import { actionIds, percentile, Session } from "./live-client";

const { values: args } = parseArgs({
  options: { players: { type: "string", default: "200" }, note: { type: "string", default: "" } },
});
const PLAYERS = Number(args.players);
const SECONDS_PER_QUESTION = 30;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/quizwire_bench_live";
const PORTS = (process.env.BENCH_LIVE_PORTS ?? "3520,3521").split(",").map(Number);
const QUIZ = "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025";

const servers: ChildProcess[] = [];

async function startServer(port: number): Promise<string> {
  const log = openSync(`.data/bench-live-${port}.log`, "w");
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
  });
  servers.push(child);
  const base = `http://localhost:${port}`;
  if (!(await waitForHealthy(`${base}/api/health`, 300_000)))
    throw new Error(`the server on port ${port} did not start (see .data/bench-live-${port}.log)`);
  return base;
}

async function stopServers(): Promise<void> {
  await Promise.all(
    servers.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inBatches<T>(items: T[], size: number, work: (item: T, index: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map((item, offset) => work(item, start + offset)));
}

interface RoundView {
  id: string;
  number: number;
  type: string;
  choices: { id: string; text: string }[];
}

interface PlayerState {
  session: Session;
  close: () => void;
  seen: Map<number, number>;
  status: string;
  round: RoundView | null;
}

interface RunResult {
  instances: number;
  delivery: number[];
  sent: number;
  accepted: number;
  refused: Map<string, number>;
  failed: number;
  stored: number;
  attempts: number;
  answerMs: number[];
  healthMs: number[];
}

async function healthRoundTrips(base: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    await (await fetch(`${base}/api/health`)).text();
    times.push(performance.now() - started);
  }
  return times;
}

async function playOneGame(bases: string[], sessions: Session[], ids: Record<string, string>, db: pg.Client) {
  const host = new Session(bases[0]!);
  const signIn = await host.action(ids.signInAction!, "/sign-in", {
    email: "teacher@quizwire.test",
    password: "quizwire-demo",
    callbackUrl: "/home",
  });
  if (!signIn.redirect) throw new Error(`host sign-in failed: ${JSON.stringify(signIn.result)}`);
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "QuestionSet" WHERE title = $1 LIMIT 1`, [QUIZ]);
  const setId = rows[0]!.id;
  const created = await host.action(ids.createLiveGameAction!, `/teacher/sets/${setId}`, {
    setId,
    secondsPerQuestion: String(SECONDS_PER_QUESTION),
    speedBonus: "on",
  });
  const gameId = created.redirect?.split("/").pop();
  if (!gameId) throw new Error(`could not create the game: ${JSON.stringify(created.result)}`);
  const pin = (await db.query<{ pin: string }>(`SELECT pin FROM "LiveGame" WHERE id = $1`, [gameId])).rows[0]!.pin;
  const hostPage = `/teacher/live/${gameId}`;
  const command = async (name: string) => {
    const reply = await host.action(ids.hostLiveCommandAction!, hostPage, { gameId, command: name });
    if (!reply.result?.ok) throw new Error(`host ${name}: ${JSON.stringify(reply.result)}`);
  };

  // Players: each joins on its own instance and keeps a stream open there.
  const players: PlayerState[] = [];
  await inBatches(sessions, 20, async (session) => {
    const joined = await session.action(ids.joinLiveGameAction!, "/live", { pin });
    if (!joined.redirect) throw new Error(`join failed: ${JSON.stringify(joined.result)}`);
    const state: PlayerState = { session, close: () => undefined, seen: new Map(), status: "", round: null };
    state.close = await session.stream(`/api/live/${gameId}/events`, (event, data) => {
      if (event !== "view") return;
      const view = data as { status: string; round: RoundView | null };
      state.status = view.status;
      state.round = view.round;
      if (view.status === "QUESTION" && view.round && !state.seen.has(view.round.number))
        state.seen.set(view.round.number, performance.now());
    });
    players.push(state);
  });

  const result: Omit<RunResult, "instances" | "healthMs"> = {
    delivery: [],
    sent: 0,
    accepted: 0,
    refused: new Map(),
    failed: 0,
    stored: 0,
    attempts: 0,
    answerMs: [],
  };
  const waitFor = async (test: () => boolean, what: string, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(5);
    }
  };

  const questions = (
    await db.query<{ n: number }>(`SELECT cardinality("questionIds") AS n FROM "LiveGame" WHERE id = $1`, [gameId])
  ).rows[0]!.n;
  for (let number = 1; number <= questions; number++) {
    const started = performance.now();
    await command(number === 1 ? "start" : "next");
    await waitFor(() => players.every((player) => player.seen.has(number)), `question ${number} to reach everyone`);
    for (const player of players) result.delivery.push(player.seen.get(number)! - started);
    // A class answers over a few seconds, not all in the same millisecond.
    await Promise.all(
      players.map(async (player, index) => {
        const round = player.round!;
        await sleep(200 + ((index * 37) % 4000));
        const given =
          round.choices.length > 0
            ? { choiceId: round.choices[index % round.choices.length]!.id }
            : { text: index % 2 ? "enabler" : "sanctions" };
        const sentAt = performance.now();
        result.sent++;
        try {
          const reply = await player.session.action(ids.answerLiveAction!, `/live/${gameId}`, {
            gameId,
            roundId: round.id,
            ...given,
          });
          result.answerMs.push(performance.now() - sentAt);
          if (reply.result?.ok) result.accepted++;
          else if (reply.result?.error)
            result.refused.set(reply.result.error, (result.refused.get(reply.result.error) ?? 0) + 1);
          else result.failed++;
        } catch {
          result.failed++;
        }
      }),
    );
    await waitFor(() => players.every((player) => player.status === "REVEAL"), `the answers of question ${number}`);
    await sleep(300);
  }
  await command("next");
  await waitFor(() => players.every((player) => player.status === "FINISHED"), "the final results");
  for (const player of players) player.close();
  result.stored = Number(
    (
      await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "LiveAnswer" a JOIN "LiveRound" r ON a."roundId" = r.id WHERE r."gameId" = $1`,
        [gameId],
      )
    ).rows[0]!.n,
  );
  result.attempts = Number(
    (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Attempt" WHERE "liveGameId" = $1`, [gameId])).rows[0]!.n,
  );
  await command("close");
  return result;
}

async function signUpPlayers(base: string, ids: Record<string, string>): Promise<Session[]> {
  const sessions: Session[] = [];
  const all = Array.from({ length: PLAYERS }, (_, index) => index);
  await inBatches(all, 4, async (index) => {
    const session = new Session(base);
    const reply = await session.action(ids.signUpAction!, "/sign-up", {
      name: `Bench Player ${index + 1}`,
      email: `bench-${index + 1}@example.test`,
      password: "bench live password",
      role: "STUDENT",
      callbackUrl: "/home",
    });
    if (!reply.redirect) throw new Error(`sign-up failed: ${JSON.stringify(reply.result)}`);
    sessions.push(session);
  });
  return sessions;
}

function describeRun(run: RunResult): string[] {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const refused = [...run.refused].map(([why, count]) => `${count} × "${why}"`).join("; ") || "none";
  const lost = run.sent - run.stored - [...run.refused.values()].reduce((sum, count) => sum + count, 0);
  return [
    `- ${run.instances === 1 ? "One instance" : `${run.instances} instances on one PostgreSQL (players split evenly, host on the first)`}: ` +
      `question delivery after the host's "next" **p50 ${ms(percentile(run.delivery, 0.5))}, p95 ${ms(percentile(run.delivery, 0.95))}, p99 ${ms(percentile(run.delivery, 0.99))}** ` +
      `(${run.delivery.length} deliveries; baseline GET /api/health round trip p50 ${ms(percentile(run.healthMs, 0.5))}, p95 ${ms(percentile(run.healthMs, 0.95))})`,
    `  - answers: ${run.sent} sent, **${run.accepted} accepted** within the ${SECONDS_PER_QUESTION} s window, refused in words: ${refused}, ` +
      `failed: ${run.failed}, stored: ${run.stored}, **lost: ${lost}**; answer action p50 ${ms(percentile(run.answerMs, 0.5))}, p95 ${ms(percentile(run.answerMs, 0.95))}; ` +
      `${run.attempts} finished attempts written at the end`,
  ];
}

async function main(): Promise<void> {
  await dropPostgresDatabase(DATABASE_URL);
  await ensurePostgresDatabase(DATABASE_URL);
  const db = new pg.Client({ connectionString: DATABASE_URL });
  const runs: RunResult[] = [];
  try {
    const first = await startServer(PORTS[0]!);
    await db.connect();
    const ids = actionIds();
    console.log(`Signing up ${PLAYERS} players…`);
    const accounts = await signUpPlayers(first, ids);
    for (const bases of [[first], [first, await startServer(PORTS[1]!)]]) {
      console.log(`Playing one game on ${bases.length} instance(s)…`);
      // Players split evenly over the instances; the same session cookie works on each.
      const sessions = accounts.map((session, index) => session.on(bases[index % bases.length]!));
      const played = await playOneGame(bases, sessions, ids, db);
      runs.push({ instances: bases.length, healthMs: await healthRoundTrips(bases[0]!), ...played });
      for (const line of describeRun(runs.at(-1)!)) console.log(line);
    }
  } finally {
    await db.end().catch(() => undefined);
    await stopServers();
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
  const report = [
    `\n## Live game — ${new Date().toISOString().slice(0, 10)}`,
    `Machine: ${machine}. ${PLAYERS} signed-in players (event streams and real server-action calls from one load-generating process on the same machine), production server (next start) on PostgreSQL, ${SECONDS_PER_QUESTION} s per question, the demo quiz's 6 questions (one typed).${args.note ? ` ${args.note}` : ""}`,
    "",
    ...runs.flatMap(describeRun),
    "",
  ].join("\n");
  appendFileSync("bench/RESULTS.md", report);
  console.log(report);
  await dropPostgresDatabase(DATABASE_URL);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  await stopServers();
  process.exit(1);
});
