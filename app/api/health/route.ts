import { checkDatabaseHealth } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

/** Liveness and database status for load balancers and `npm start`'s readiness wait. */
export async function GET() {
  const database = await checkDatabaseHealth();
  return Response.json(
    { status: database.ok ? "ok" : "degraded", database },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
