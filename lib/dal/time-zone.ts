import "server-only";
import { cookies } from "next/headers";

export const TIME_ZONE_COOKIE = "tz";

/** The learner's time zone as their browser reported it (see TimeZoneCookie); UTC until it has. */
export async function viewerTimeZone(): Promise<string> {
  const raw = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const value = raw ? decodeURIComponent(raw) : undefined;
  if (!value) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value;
  } catch {
    return "UTC";
  }
}
