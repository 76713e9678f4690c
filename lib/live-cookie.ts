import "server-only";
import { cookies } from "next/headers";
import type { LiveIdentity } from "@/lib/dal/live-snapshot";

/**
 * A guest's live-game identity: a random token in an httpOnly cookie (the database keeps only its
 * hash). It lasts a school day at most and means nothing once the game is closed.
 */
export const GUEST_COOKIE = "quizwire-live-guest";
const MAX_AGE_SECONDS = 12 * 60 * 60;

export async function liveIdentity(): Promise<LiveIdentity> {
  return { guestToken: (await cookies()).get(GUEST_COOKIE)?.value ?? null };
}

export async function keepGuestToken(token: string): Promise<void> {
  (await cookies()).set(GUEST_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
    secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https:") === true,
  });
}
