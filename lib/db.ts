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

// One client per process, kept on globalThis so dev-server reloads do not open a second one
// (PGlite allows only one opener of a data directory).
const holder = globalThis as typeof globalThis & { __quizwireDatabase?: Database };

function open(): Database {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL }) });
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  const pglite = new PGlite(PGLITE_DIR);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
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
