"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { createAccount } from "@/lib/dal/accounts";
import { UserError } from "@/lib/dal/errors";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { action } from "./safe-action";

const callbackUrl = z
  .string()
  .optional()
  // Only same-site paths: an open redirect after sign-in is a phishing aid.
  .transform((value) => (value && value.startsWith("/") && !value.startsWith("//") ? value : "/home"));

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (code === "rate-limited") {
        throw new UserError("Too many failed sign-in attempts. Wait 15 minutes, then try again.");
      }
      throw new UserError("That email and password do not match an account. Check them and try again.");
    }
    throw error;
  }
  // signIn redirects on success, so this is never reached.
  redirect(redirectTo);
}

export const signInAction = action(signInSchema.extend({ callbackUrl }), async ({ email, password, callbackUrl: to }) =>
  signInOrExplain(email, password, to),
);

export const signUpAction = action(signUpSchema.extend({ callbackUrl }), async ({ callbackUrl: to, ...account }) => {
  await createAccount(account);
  return signInOrExplain(account.email, account.password, to);
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
