import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { portIsFree, waitForHealthy } from "../../../scripts/lib/port";
import type { Role, World } from "./world";

/**
 * The security tests' own production server (`next start` on the build the e2e run made), on its own
 * port and its own fresh embedded database, so that they can fingerprint the data before and after
 * (the database is read while the server is stopped: one opener at a time).
 */
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const WORK_DIR = path.join(".data", "e2e", "security");
const PGLITE_DIR = path.join(WORK_DIR, "pglite");
const PORT = Number(process.env.E2E_SECURITY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 100);
const AUTH_SECRET = randomBytes(32).toString("hex");
const childEnv = { ...process.env, DATABASE_URL: "", PGLITE_DIR, NEXT_TELEMETRY_DISABLED: "1" };

export const ORIGIN = `http://127.0.0.1:${PORT}`;

function runChild(script: string, args: string[] = []): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { env: childEnv, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return result.stdout;
}

/** A fresh database with the security world in it; returns its ids. */
export async function createWorld(): Promise<World> {
  await rm(WORK_DIR, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  const file = path.join(WORK_DIR, "world.json");
  runChild("tests/e2e/security/world-seed.ts", [file]);
  return JSON.parse(await readFile(file, "utf8")) as World;
}

/** One fingerprint per table; call only while the server is stopped. */
export function fingerprint(): Record<string, string> {
  return JSON.parse(runChild("tests/e2e/security/snapshot.ts")) as Record<string, string>;
}

export interface Server {
  stop(): Promise<void>;
  /** Everything the server printed, to look for stack traces. */
  log(): Promise<string>;
}

export async function startServer(name: string): Promise<Server> {
  if (!(await portIsFree(PORT))) throw new Error(`Port ${PORT} is in use; set E2E_SECURITY_PORT to a free one.`);
  const logFile = path.join(WORK_DIR, `server-${name}.log`);
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(PORT)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...childEnv, PORT: String(PORT), AUTH_SECRET, NODE_ENV: "production" },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (!(await waitForHealthy(`${ORIGIN}/api/health`, 90_000))) {
    child.kill("SIGKILL");
    throw new Error(`The security test server did not become healthy; see ${logFile}.`);
  }
  return {
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      await new Promise<void>((resolve) => log.end(resolve));
    },
    log: () => readFile(logFile, "utf8"),
  };
}

const SESSION_COOKIE = "authjs.session-token";

/** A session cookie's value as signing in sets it (Auth.js's own encoder, the server's secret). */
export function sessionToken(id: string, role: "STUDENT" | "TEACHER"): Promise<string> {
  return encode({ token: { sub: id, role }, secret: AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 3600 });
}

/** The matrix roles' session cookies; signed out is no cookie. */
export async function sessionCookies(world: World): Promise<Record<Role, string>> {
  const cookie = async (id: string, role: "STUDENT" | "TEACHER") => `${SESSION_COOKIE}=${await sessionToken(id, role)}`;
  return {
    anonymous: "",
    learnerA: await cookie(world.users.learnerA, "STUDENT"),
    learnerB: await cookie(world.users.learnerB, "STUDENT"),
    teacherA: await cookie(world.users.teacherA, "TEACHER"),
    teacherB: await cookie(world.users.teacherB, "TEACHER"),
  };
}

/** The build's server-action ids by exported name, from its server-reference manifest. */
export async function actionIds(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node))
    if (entry.exportedName && entry.filename?.includes("lib/actions/")) ids.set(entry.exportedName, id);
  return ids;
}
