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
 * Starts a raw statement that runs on a hot path (answering): on PostgreSQL it is prepared once per pooled
 * connection and its plan kept, instead of parsed and planned on every call (planning the answer's one query
 * costs PostgreSQL several times what running it does). Only marked statements are named, so the number of
 * prepared statements per connection stays a handful.
 */
export const PREPARED = "/* prepared */ ";

// The empty name is PostgreSQL's unnamed statement: parsed for this one call, as without a generator.
function preparedStatementName({ sql }: { sql: string }): string {
  if (!sql.startsWith(PREPARED)) return "";
  return `quizwire_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
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
