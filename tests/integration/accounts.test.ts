import { describe, expect, it } from "vitest";
import { checkCredentials, createAccount } from "@/lib/dal/accounts";
import { UserError } from "@/lib/dal/errors";
import { db } from "@/lib/db";
import { makeUser } from "../setup/factories";

describe("accounts", () => {
  it("stores a hashed password, never the password itself", async () => {
    const user = await makeUser();
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(user.password);
  });

  it("treats emails case-insensitively and refuses a taken one with a field message", async () => {
    const user = await makeUser();
    const attempt = createAccount({
      name: "Copy",
      email: user.email.toUpperCase(),
      password: "another password",
      role: "STUDENT",
    });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ field: "email", message: expect.stringContaining("already exists") });
  });

  it("signs in with the right password and refuses a wrong one or an unknown email alike", async () => {
    const user = await makeUser("TEACHER");
    const ok = await checkCredentials(` ${user.email.toUpperCase()} `, user.password, "10.0.0.1");
    expect(ok).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: "TEACHER" } });
    expect(await checkCredentials(user.email, "wrong password", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.test", "whatever", "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an account after 5 failures, even against the right password, and counts in the database", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      expect(await checkCredentials(user.email, `wrong ${i}`, `10.1.0.${i}`)).toMatchObject({ reason: "invalid" });
    }
    const locked = await checkCredentials(user.email, user.password, "10.1.0.99");
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(locked.ok === false && locked.reason === "rate-limited" && locked.retryAfterSeconds).toBeGreaterThan(800);
    const bucket = await db().rateLimitBucket.findUniqueOrThrow({ where: { key: `sign-in:account:${user.email}` } });
    expect(bucket.count).toBe(5);
  });

  it("limits one IP spraying many accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < 30; i++) await checkCredentials(`spray${i}@example.test`, "guess", ip);
    const victim = await makeUser();
    expect(await checkCredentials(victim.email, victim.password, ip)).toMatchObject({ reason: "rate-limited" });
    expect(await checkCredentials(victim.email, victim.password, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the account's failures", async () => {
    const user = await makeUser();
    for (let i = 0; i < 4; i++) await checkCredentials(user.email, "wrong", "10.3.0.1");
    expect(await checkCredentials(user.email, user.password, "10.3.0.2")).toMatchObject({ ok: true });
    expect(await db().rateLimitBucket.findUnique({ where: { key: `sign-in:account:${user.email}` } })).toBeNull();
  });
});
