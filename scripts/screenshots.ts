/**
 * npx tsx scripts/screenshots.ts [baseUrl] — captures the README's screenshots from a running app
 * (npm start) with the demo data, desktop and phone widths.
 */
import { chromium } from "@playwright/test";
import { chromiumPath } from "../playwright.config";

const base = process.argv[2] ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const [suffix, viewport] of [
  ["", { width: 1280, height: 800 }],
  ["-phone", { width: 390, height: 844 }],
] as const) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${base}/`);
  await page.screenshot({ path: `docs/screenshots/landing${suffix}.png` });
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill("student@quizwire.test");
  await page.getByLabel("Password").fill("quizwire-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  if (suffix === "") {
    // Take the demo quiz once so the home shows scores and the play and results pages can be shown.
    await page.getByRole("link", { name: /Take this quiz.*China, Russia/ }).click();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/play\/.+/);
    // A wrong answer on purpose, so the review pages have a missed question to show.
    await page.locator("fieldset label").filter({ hasNotText: "Wang Yi" }).first().click();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByTestId("feedback").waitFor();
    await page.screenshot({ path: "docs/screenshots/quiz-feedback.png" });
    await page.getByRole("button", { name: /Finish quiz/ }).click();
    await page.waitForURL(/\/results\/.+/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "docs/screenshots/results.png" });
    await page.goto(`${base}/review`);
    await page.screenshot({ path: "docs/screenshots/review-missed.png", fullPage: true });
    await page.goto(`${base}/review/session`);
    await page.getByTestId("review-card").waitFor();
    await page.screenshot({ path: "docs/screenshots/review-session.png" });
    await page.getByTestId("review-card").locator("fieldset label").filter({ hasText: "Wang Yi" }).click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByTestId("review-schedule").waitFor();
    await page.screenshot({ path: "docs/screenshots/review-session-answered.png", fullPage: true });
    await page.goto(`${base}/progress`);
    await page.screenshot({ path: "docs/screenshots/progress.png", fullPage: true });
    await page.goto(`${base}/home`);
  }
  await page.screenshot({ path: `docs/screenshots/learner-home${suffix}.png` });
  await page.context().clearCookies();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill("teacher@quizwire.test");
  await page.getByLabel("Password").fill("quizwire-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  await page.goto(`${base}/articles`);
  await page.getByRole("link", { name: /constructive role/ }).click();
  await page.waitForURL(/\/articles\/.+/);
  await page.screenshot({ path: `docs/screenshots/article-preview${suffix}.png`, fullPage: suffix === "" });
  if (suffix === "") {
    await page.getByRole("button", { name: "Make a quiz from this" }).click();
    await page.waitForURL(/\/teacher\/sets\/.+/);
    await page.getByText("Evidence in the article").first().click();
    await page.screenshot({ path: "docs/screenshots/review-questions.png", fullPage: false });
  }
  await page.close();
}
await browser.close();
console.log("Wrote docs/screenshots/*.png");
