import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

/** The few raw-SQL operations that migrations and setup need, over either database. */
export interface SqlConnection {
  readonly kind: "pglite" | "postgres";
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPgliteConnection(dataDir: string): Promise<SqlConnection> {
  const db = await PGlite.create(dataDir);
  return pgliteConnection(db);
}

export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    kind: "pglite",
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await db.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async close() {
      await db.close();
    },
  };
}

export async function openPostgresConnection(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return {
    kind: "postgres",
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async close() {
      await client.end();
    },
  };
}

/** Runs `work` on the server's `postgres` maintenance database with the name of the database in `url`. */
async function onMaintenanceDatabase<T>(
  url: string,
  work: (admin: SqlConnection, name: string, quoted: string) => Promise<T>,
): Promise<T> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = await openPostgresConnection(maintenance.toString());
  try {
    return await work(admin, name, `"${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.close();
  }
}

/** Creates the PostgreSQL database named in `url` when it does not exist yet. Returns true if it was created. */
export function ensurePostgresDatabase(url: string): Promise<boolean> {
  return onMaintenanceDatabase(url, async (admin, name, quoted) => {
    const rows = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rows.length > 0) return false;
    await admin.exec(`CREATE DATABASE ${quoted}`);
    return true;
  });
}

/** Drops a PostgreSQL database (used by tests and migration creation for their throwaway databases). */
export function dropPostgresDatabase(url: string): Promise<void> {
  return onMaintenanceDatabase(url, (admin, _name, quoted) =>
    admin.exec(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`),
  );
}

/** Turns a driver error into one sentence a person can act on. */
export function describeConnectionError(error: unknown, url?: string): string {
  const code = (error as { code?: string }).code;
  const where = url ? describeServer(url) : "the database";
  switch (code) {
    case "ECONNREFUSED":
      return (
        `Could not connect to PostgreSQL at ${where}: connection refused. ` +
        "Is the server running? Check DATABASE_URL."
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Could not connect to PostgreSQL at ${where}: unknown host. Check DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Could not connect to PostgreSQL at ${where}: timed out. Check DATABASE_URL and your network.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user or password in DATABASE_URL.`;
    case "3D000":
      return `The database in DATABASE_URL does not exist on ${where}.`;
    default:
      return `Database error at ${where}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "the configured server";
  }
}
