import { expect, test } from "@playwright/test";
import { DEMO_STUDENT, signOut, uniqueEmail } from "./helpers";

test("a new learner signs up, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("signup");
  await page.goto("/");
  await page.getByRole("link", { name: "Create a free account" }).click();
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("analytical engine");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Hello, Ada" })).toBeVisible();

  await signOut(page);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("analytical engine");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Ada" })).toBeVisible();
});

test("a wrong password gets a clear message and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_STUDENT);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(/email and password do not match/);
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_STUDENT);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-up mistakes are explained next to each field and nothing typed is lost", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Grace");
  await page.getByLabel("Email").fill("grace@");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("email-error")).toHaveText(/Enter a valid email address/);
  await expect(page.getByTestId("password-error")).toHaveText(/at least 8 characters/);
  await expect(page.getByLabel("Your name")).toHaveValue("Grace");
  await expect(page.getByLabel("Email")).toHaveValue("grace@");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill(DEMO_STUDENT);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("email-error")).toHaveText(/already exists/);
  await expect(page.getByTestId("password-error")).toHaveCount(0);
});

test("the learner is sent back to the page they asked for after signing in", async ({ page }) => {
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteacher/);
});
