import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, signIn, signUp } from "./helpers";
import { expectClean, watchContext } from "./page-watch";

/**
 * The main pages under the production Content-Security-Policy: each one renders and works with no
 * violation and no console error — Next's own scripts, the lazily loaded charts, the QR code, the fonts.
 */

async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** Takes a demo quiz with the keyboard, answering "1" to every choice and a word to the typed question. */
async function takeDemoQuiz(page: Page, title: string): Promise<void> {
  await page.goto("/home");
  await page
    .getByTestId("quiz-card")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
    .getByRole("link", { name: /Take this quiz/ })
    .click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/play\/.+/);
  const answered = page.getByTestId("feedback").or(page.getByTestId("saved-note"));
  for (let index = 0; index < 5; index++) {
    await expect(page.getByText(`Question ${index + 1} of 6`)).toBeVisible();
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await expect(answered).toBeVisible();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByText("Question 6 of 6")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.type("enabler");
  await page.keyboard.press("Enter");
  await expect(answered).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/results\/.+/);
  await expect(page.getByTestId("score")).toBeVisible();
}

test("signed-out pages and the 404 page run under the policy", async ({ page, context }) => {
  const watch = await watchContext(context);
  await visit(page, "/", /quiz you can trust/);
  await visit(page, "/sign-in", /Sign in/);
  await visit(page, "/sign-up", "Create your account");
  await visit(page, "/live", /live game/i);
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  // Client-side navigation works: Next's scripts ran.
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page).toHaveURL(/\/$/);
  expectClean(watch);
});

test("a learner's pages, quizzes and score chart run under the policy", async ({ page, context }) => {
  test.setTimeout(150_000);
  const watch = await watchContext(context);
  await signUp(page, "learner", "Lee Learner");
  await takeDemoQuiz(page, "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025");
  await takeDemoQuiz(page, "China and the Ukraine conflict: results at the end");
  await page.goto("/home");
  // Two scores: the lazily loaded score chart draws.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await visit(page, "/review", "Review");
  await page.goto("/review/session");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit(page, "/progress", "Your progress");
  await visit(page, "/join", "Join a class");
  await visit(page, "/live", /live game/i);
  expectClean(watch);
});

test("a teacher's pages, the print view and the live host screen with its QR code run under the policy", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const watch = await watchContext(context);
  await signIn(page, DEMO_TEACHER);
  await visit(page, "/teacher", "Your question sets");
  const setLink = page
    .getByTestId("quiz-card")
    .filter({ hasText: "China and the Ukraine conflict —" })
    .first()
    .getByRole("link")
    .first();
  const setPath = (await setLink.getAttribute("href"))!.replace(/#.*$/, "");
  await visit(page, setPath, /China and the Ukraine conflict/);
  await visit(page, `${setPath}/print`, /China and the Ukraine conflict/);
  await visit(page, "/teacher/classes", "Your classes");
  await page.getByLabel("New class name").fill(`Policy class ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes\/.+/);
  await expect(page.getByTestId("join-code")).toBeVisible();
  await visit(page, "/teacher/import", "Import questions");
  await visit(page, "/teacher/sets/new", /./);
  await visit(page, "/articles", "Your articles");
  await page.locator('main a[href^="/articles/"]:not([href="/articles/new"])').first().click();
  await expect(page).toHaveURL(/\/articles\/.+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit(page, "/articles/new", /article/i);

  await page.goto(setPath);
  await page.getByRole("form", { name: "Run this set live" }).getByRole("button", { name: "Run live" }).click();
  await expect(page).toHaveURL(/\/teacher\/live\/.+/);
  const qr = page.getByRole("img", { name: "QR code of the join link" }).locator("svg");
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())!.width).toBeGreaterThan(100);
  // The host screen's live stream connects (connect-src 'self'): the player count answers.
  await expect(page.getByTestId("player-count")).toHaveText("0 players");
  expectClean(watch);
});
