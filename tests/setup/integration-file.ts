import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrations";
import { dropPostgresDatabase, ensurePostgresDatabase, openPostgresConnection } from "@/lib/db/sql-connection";
import { closeDatabase } from "@/lib/db";
import { testSession } from "./session";

// Integration tests call the DAL directly, outside a request: the session is whatever the test
// signed in as (tests/setup/session.ts). Everything below it — Prisma, the database — is real.
vi.mock("@/lib/auth", () => ({
  auth: async () => testSession.current,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));

let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  if (process.env.QUIZWIRE_TEST_DATABASE === "postgres") {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    // Named after the database in TEST_DATABASE_URL (quizwire_test when that is the server's `postgres`).
    const prefix = url.pathname.slice(1) && url.pathname !== "/postgres" ? url.pathname.slice(1) : "quizwire_test";
    url.pathname = `/${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await ensurePostgresDatabase(url.toString());
    const connection = await openPostgresConnection(url.toString());
    await applyMigrations(connection, await readMigrations());
    await connection.close();
    process.env.DATABASE_URL = url.toString();
    cleanup = () => dropPostgresDatabase(url.toString());
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "quizwire-test-"));
    await cp(inject("pgliteTemplate"), dir, { recursive: true });
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = dir;
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await closeDatabase();
  await cleanup();
});
