import "server-only";
import { database } from "@/lib/db";

export interface DatabaseHealth {
  ok: boolean;
  kind: "postgres" | "pglite";
  latencyMs: number;
  migrations?: number;
  error?: string;
}

/** Public by design (no viewer): it reveals only whether the database answers and how fast. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const { prisma, kind } = database();
  const started = performance.now();
  try {
    const rows = await prisma.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return {
      ok: true,
      kind,
      latencyMs: Math.round(performance.now() - started),
      migrations: Number(rows[0]?.count ?? 0),
    };
  } catch {
    return {
      ok: false,
      kind,
      latencyMs: Math.round(performance.now() - started),
      error: "The database did not answer.",
    };
  }
}
