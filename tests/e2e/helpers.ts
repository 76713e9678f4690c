import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "quizwire-demo";
export const DEMO_STUDENT = "student@quizwire.test";
export const DEMO_TEACHER = "teacher@quizwire.test";
// argon2 hashing (19 MiB a time) on two cores shared with other builds: the first sign-up after the server
// starts took over 5 s here. Not a timing assertion, just patience.
const ACCOUNT_ACTION_TIMEOUT = 20_000;

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/, { timeout: ACCOUNT_ACTION_TIMEOUT });
}

export async function signOut(page: Page): Promise<void> {
  await page.locator("summary", { hasText: "Account menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** A brand-new account, so a test starts from an empty slate. */
export async function signUp(page: Page, role: "learner" | "teacher", name = "Test Person"): Promise<string> {
  const email = uniqueEmail(role);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long test password");
  await page.getByText(role === "teacher" ? "A teacher" : "A learner", { exact: true }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/home$/, { timeout: ACCOUNT_ACTION_TIMEOUT });
  return email;
}
