import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "../../scripts/lib/build-fingerprint";
import { portIsFree, waitForHealthy } from "../../scripts/lib/port";
import { dropPostgresDatabase, ensurePostgresDatabase } from "../../lib/db/sql-connection";
import type { LoadPlan } from "./plan";

/** The production build, the databases and the `next start` processes the load benchmark runs against. */
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
export const WORK_DIR = path.join(".data", "bench");

/** Database settings for the app and the seed script: one of PostgreSQL or a PGlite data directory. */
export type DatabaseEnv = { DATABASE_URL: string } | { DATABASE_URL: ""; PGLITE_DIR: string };

export async function buildIfNeeded(): Promise<void> {
  if (await buildIsCurrent()) return;
  console.log("• Building the app (production build, about a minute)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("The build failed; the messages above say why.");
  await recordBuild();
}

/** Migrates and seeds the database in a child process (the app's env is read once per process). */
export async function seedDatabase(databaseEnv: DatabaseEnv, name: string): Promise<LoadPlan> {
  await mkdir(WORK_DIR, { recursive: true });
  const planFile = path.join(WORK_DIR, `plan-${name}.json`);
  // Not spawnSync: the reliability test seeds both databases at once.
  const seed = spawn(process.execPath, ["--import", "tsx", "bench/load/seed.ts", planFile], {
    stdio: "inherit",
    env: { ...process.env, ...databaseEnv },
  });
  const status = await new Promise<number | null>((resolve) => seed.once("exit", resolve));
  if (status !== 0) throw new Error(`Seeding the ${name} database failed; the messages above say why.`);
  return JSON.parse(await readFile(planFile, "utf8")) as LoadPlan;
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
  /** kill -9: no shutdown, as when the machine or the process dies (the reliability test). */
  kill(): Promise<void>;
}

/** `next start` on `port`, with the benchmark's baseline route switched on. */
export async function startServer(options: {
  name: string;
  port: number;
  databaseEnv: DatabaseEnv;
  authSecret: string;
}): Promise<RunningServer> {
  const { name, port } = options;
  if (!(await portIsFree(port)))
    throw new Error(`Port ${port} is in use. Free it or set BENCH_PORTS to three free ports.`);
  await mkdir(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, `server-${name}.log`);
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...options.databaseEnv,
      PORT: String(port),
      AUTH_SECRET: options.authSecret,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      QUIZWIRE_BENCH_BASELINE: "1",
    },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  if (!(await waitForHealthy(`${origin}/api/health`, 60_000))) {
    child.kill("SIGKILL");
    throw new Error(`The ${name} server did not become healthy; see ${logFile}.`);
  }
  return {
    origin,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      log.end();
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
      log.end();
    },
  };
}

/** A PostgreSQL database of its own for this run: created now, dropped by the returned function. */
export async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname}_${Date.now().toString(36)}`;
  await ensurePostgresDatabase(url.toString());
  return { url: url.toString(), drop: () => dropPostgresDatabase(url.toString()) };
}

export async function freshPgliteDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = path.join(WORK_DIR, `pglite-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
