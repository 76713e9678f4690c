import type { Session } from "next-auth";

/** The session the mocked Auth.js `auth()` returns in integration tests. */
export const testSession: { current: Session | null } = { current: null };

export function signInAs(
  user: { id: string; name: string; email: string; role: "STUDENT" | "TEACHER" | "ADMIN" } | null,
): void {
  testSession.current = user ? { user, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
}
