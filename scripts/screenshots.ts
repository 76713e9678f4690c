/**
 * npx tsx scripts/screenshots.ts [baseUrl] [--only=pages|live] — captures the README's screenshots
 * from a running app (npm start) with the demo data, desktop and phone widths.
 */
import { chromium, type Browser } from "@playwright/test";
import { chromiumPath } from "../playwright.config";

const base = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "http://localhost:3000";
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const [suffix, viewport] of only === "live"
  ? []
  : ([
      ["", { width: 1280, height: 800 }],
      ["-phone", { width: 390, height: 844 }],
    ] as const)) {
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
    await page.getByRole("link", { name: /Take this quiz.*China and the Ukraine conflict — / }).click();
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
if (only !== "pages") await liveGame(browser);
await browser.close();
console.log("Wrote docs/screenshots/*.png");

/** A live game of the demo quiz: the projector during a question and after it, and a phone. */
async function liveGame(browser: Browser): Promise<void> {
  const host = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await host.goto(`${base}/sign-in`);
  await host.getByLabel("Email").fill("teacher@quizwire.test");
  await host.getByLabel("Password").fill("quizwire-demo");
  await host.getByRole("button", { name: "Sign in" }).click();
  await host.waitForURL(/\/home$/);
  await host.goto(`${base}/teacher`);
  await host.getByRole("link", { name: /Run live.*China and the Ukraine conflict — / }).click();
  await host.getByRole("button", { name: "Run live" }).click();
  await host.waitForURL(/\/teacher\/live\/.+/);
  const pin = (await host.getByTestId("game-pin").textContent())!.replace(/\D/g, "");
  const phones = [];
  for (const name of ["Maya Chen", "Leo Park", "Sam Student"]) {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    if (name === "Sam Student") {
      await phone.goto(`${base}/sign-in`);
      await phone.getByLabel("Email").fill("student@quizwire.test");
      await phone.getByLabel("Password").fill("quizwire-demo");
      await phone.getByRole("button", { name: "Sign in" }).click();
    } else {
      await phone.goto(`${base}/sign-up`);
      await phone.getByLabel("Your name").fill(name);
      await phone.getByLabel("Email").fill(`${name.split(" ")[0]!.toLowerCase()}-${Date.now()}@example.test`);
      await phone.getByLabel("Password").fill("a long demo password");
      await phone.getByText("A learner", { exact: true }).click();
      await phone.getByRole("button", { name: "Create account" }).click();
    }
    await phone.waitForURL(/\/home$/);
    await phone.goto(`${base}/live?pin=${pin}`);
    await phone.getByRole("button", { name: "Join the game" }).click();
    await phone.getByTestId("lobby-message").waitFor();
    phones.push(phone);
  }
  await host.getByText("3 players").waitFor();
  await host.screenshot({ path: "docs/screenshots/live-host-lobby.png" });
  await host.keyboard.press("Enter");
  await phones[0]!.getByRole("button", { name: /Wang Yi/ }).click();
  await phones[1]!.getByRole("button", { name: /Wang Yi/ }).click();
  await host.getByText("2 of 3 answered").waitFor();
  await host.screenshot({ path: "docs/screenshots/live-host-question.png" });
  await phones[2]!.screenshot({ path: "docs/screenshots/live-phone-question.png" });
  await phones[2]!.getByRole("button", { name: /Qin Gang/ }).click();
  await host.getByTestId("right-answer").waitFor();
  await host.screenshot({ path: "docs/screenshots/live-host-reveal.png" });
  await phones[2]!.getByTestId("live-result").waitFor();
  await phones[2]!.screenshot({ path: "docs/screenshots/live-phone-result.png" });
  for (const page of [host, ...phones]) await page.close();
}
