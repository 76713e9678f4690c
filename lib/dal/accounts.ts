import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearFailures, recordFailure, secondsBlocked, type Limit } from "./rate-limit";
import { UserError } from "./errors";
import type { Role } from "@/lib/generated/prisma/enums";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const FAILURE_WINDOW_SECONDS = 15 * 60;
// Per account: stops password guessing against one person. Per IP: stops one machine spraying many accounts.
const accountLimit = (email: string): Limit => ({
  key: `sign-in:account:${email}`,
  limit: 5,
  windowSeconds: FAILURE_WINDOW_SECONDS,
});
const ipLimit = (ip: string): Limit => ({ key: `sign-in:ip:${ip}`, limit: 30, windowSeconds: FAILURE_WINDOW_SECONDS });

export type CredentialCheck =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * The sign-in check behind Auth.js's credentials provider. Called before any session exists, so
 * it is the one DAL function without a viewer; the rate limits are its guard.
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialCheck> {
  const normalizedEmail = normalizeEmail(email);
  const limits = [accountLimit(normalizedEmail), ipLimit(ip)];
  const wait = Math.max(...(await Promise.all(limits.map(secondsBlocked))));
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };

  const user = await db().user.findUnique({ where: { email: normalizedEmail } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await Promise.all(limits.map(recordFailure));
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(accountLimit(normalizedEmail).key);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  role: "STUDENT" | "TEACHER";
}

/** Creates an account. Sign-up is open to anyone, so it is also viewer-free; admins are made by seed only. */
export async function createAccount(input: NewAccount): Promise<SignedInUser> {
  const email = normalizeEmail(input.email);
  try {
    const user = await db().user.create({
      data: { name: input.name.trim(), email, passwordHash: await hashPassword(input.password), role: input.role },
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserError("An account with this email already exists. Sign in instead.", "email");
    }
    throw error;
  }
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
