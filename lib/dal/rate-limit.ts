import "server-only";
import { db } from "@/lib/db";

/**
 * Failure counters in fixed windows, stored in the database so that every app instance shares them.
 * A key is blocked once it has `limit` failures inside the current window.
 */
export interface Limit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/** Seconds until the key may try again, or 0 when it is not blocked. */
export async function secondsBlocked({ key, limit, windowSeconds }: Limit): Promise<number> {
  const bucket = await db().rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.count < limit) return 0;
  const reopensAt = bucket.windowStart.getTime() + windowSeconds * 1000;
  return Math.max(0, Math.ceil((reopensAt - Date.now()) / 1000));
}

/** Counts one failure, atomically, starting a new window when the old one has passed. */
export async function recordFailure({ key, windowSeconds }: Limit): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END`;
}

export async function clearFailures(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}
