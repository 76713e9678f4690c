import { mkdir } from "node:fs/promises";
import path from "node:path";
import { env } from "../../lib/env";
import { applyMigrations, readMigrations, type MigrationReport } from "../../lib/db/migrations";
import {
  describeConnectionError,
  ensurePostgresDatabase,
  openPgliteConnection,
  openPostgresConnection,
  type SqlConnection,
} from "../../lib/db/sql-connection";

/** Where this process's database lives, in words for logs. */
export function describeDatabase(): string {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const url = new URL(DATABASE_URL);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  }
  return `embedded PGlite in ${PGLITE_DIR}`;
}

/** Opens the configured database for scripts, creating it when needed. Throws errors with readable messages. */
export async function openConfiguredDatabase(): Promise<SqlConnection> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (!DATABASE_URL) {
    await mkdir(path.dirname(path.resolve(PGLITE_DIR)), { recursive: true });
    return openPgliteConnection(PGLITE_DIR);
  }
  try {
    await ensurePostgresDatabase(DATABASE_URL);
    return await openPostgresConnection(DATABASE_URL);
  } catch (error) {
    throw new Error(describeConnectionError(error, DATABASE_URL));
  }
}

export async function migrateConfiguredDatabase(db: SqlConnection): Promise<MigrationReport> {
  return applyMigrations(db, await readMigrations());
}
