import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlConnection } from "./sql-connection";

/**
 * Applies prisma/migrations/* in order and records them in Prisma's own `_prisma_migrations` table
 * with the same sha256 checksums, so the official `prisma migrate deploy` accepts the same database.
 * We run the SQL ourselves because Prisma's native schema engine cannot be downloaded here
 * (docs/decisions/001-offline-migrations.md).
 */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every instance that migrates this database.
const MIGRATION_LOCK_KEY = 72_617_001;

export interface MigrationReport {
  applied: string[];
  warnings: string[];
}

export async function applyMigrations(db: SqlConnection, migrations: Migration[]): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], warnings: [] };
  // Several app instances may start at once against one PostgreSQL: only one migrates at a time.
  await db.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await db.exec(CREATE_HISTORY_TABLE);
    const rows = await db.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const done = new Map(
      rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]),
    );
    const failed = rows.find((row) => !row.finished_at && !row.rolled_back_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was never resolved; fix the database, ` +
          "then mark it rolled back.",
      );
    }
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          report.warnings.push(`Migration ${migration.name} was edited after it was applied.`);
        }
        continue;
      }
      // PostgreSQL DDL is transactional: a failing migration leaves no trace and no half-applied schema.
      await db
        .exec(
          `BEGIN;\n${migration.sql}\n;\n` +
            `INSERT INTO "_prisma_migrations" ` +
            `(id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) ` +
            `VALUES ('${randomUUID()}', '${migration.checksum}', now(), ` +
            `'${migration.name.replaceAll("'", "''")}', NULL, now(), 1);\nCOMMIT;`,
        )
        .catch(async (error: unknown) => {
          await db.exec("ROLLBACK").catch(() => undefined);
          throw new Error(
            `Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
      report.applied.push(migration.name);
    }
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
  return report;
}
