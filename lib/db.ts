import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/**
 * The one place that decides which database the app talks to: PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite data directory. Everything else just uses `db()`.
 */
interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Called with every SQL statement the client sends. Tests count them; the app never sets it. */
  onStatement?: (sql: string) => void;
}

// One client per process, kept on globalThis so dev-server reloads do not open a second one
// (PGlite allows only one opener of a data directory).
const holder = globalThis as typeof globalThis & { __quizwireDatabase?: Database };

function clientFor(adapter: PrismaPg | PrismaPGlite, { onStatement }: DatabaseOptions): PrismaClient {
  if (!onStatement) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => onStatement(event.query));
  return prisma as unknown as PrismaClient;
}

/**
 * Starts a raw statement that runs on a hot path (answering). On PostgreSQL, such statements and Prisma's
 * relation reads (one statement with a lateral join per relation: what the quiz and results pages load) are
 * prepared once per pooled connection and their plans kept, instead of parsed and planned on every call:
 * planning those costs PostgreSQL several times what running them does (measured: 2.9 ms a call unprepared,
 * 0.5 ms prepared, for both the answer's read and the quiz page's). Other statements stay unnamed.
 */
export const PREPARED = "/* prepared */ ";

// Bounds the statements each connection keeps: after this many distinct texts, new ones go unnamed.
const MAX_PREPARED_STATEMENTS = 200;
const preparedNames = new Map<string, string>();

// The empty name is PostgreSQL's unnamed statement: parsed for this one call, as without a generator.
function preparedStatementName({ sql }: { sql: string }): string {
  const known = preparedNames.get(sql);
  if (known) return known;
  const hot = sql.startsWith(PREPARED) || sql.includes(" JOIN LATERAL ");
  if (!hot || preparedNames.size >= MAX_PREPARED_STATEMENTS) return "";
  const name = `quizwire_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
  preparedNames.set(sql, name);
  return name;
}

function open(options: DatabaseOptions = {}): Database {
  const { DATABASE_URL, DATABASE_POOL_MAX, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const prisma = clientFor(
      new PrismaPg(
        { connectionString: DATABASE_URL, max: DATABASE_POOL_MAX },
        { statementNameGenerator: preparedStatementName },
      ),
      options,
    );
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  const pglite = new PGlite(PGLITE_DIR);
  const prisma = clientFor(new PrismaPGlite(pglite), options);
  return {
    prisma,
    kind: "pglite",
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export function database(): Database {
  holder.__quizwireDatabase ??= open();
  return holder.__quizwireDatabase;
}

/** The Prisma client. Only lib/dal may call this. */
export function db(): PrismaClient {
  return database().prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.__quizwireDatabase;
  holder.__quizwireDatabase = undefined;
  await current?.close();
}

/** Closes the open client, if any, and opens the configured database again with `options`. */
export async function reopenDatabase(options: DatabaseOptions): Promise<void> {
  await closeDatabase();
  holder.__quizwireDatabase = open(options);
}
