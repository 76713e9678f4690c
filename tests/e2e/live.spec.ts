import escapeStringRegexp from "escape-string-regexp";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_TEACHER, signIn, signUp } from "./helpers";

const QUIZ = "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025";
const FIRST_EXPLANATION = "The article's first sentence names Wang Yi as China's top diplomat.";
const KEY_FIELDS = /correctChoiceIds|correctAnswers|isCorrect|"explanation"/;

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

/** A new learner on a phone-sized screen, signed in, in their own browser context. */
async function newPlayer(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signUp(page, "learner", name);
  return page;
}

async function choose(player: Page, text: string): Promise<void> {
  await player.getByRole("list", { name: "Choices" }).getByRole("button", { name: text }).click();
  // The last answer in closes the question at once, so the result may already have replaced the receipt.
  await expect(player.getByTestId("answer-in").or(player.getByTestId("live-result"))).toBeVisible();
}

/** Moves the game on from the host's keyboard once the host screen shows question `number` (or the results). */
async function press(host: Page, key: string, showing: string): Promise<void> {
  await expect(host.getByTestId("question-number")).toHaveText(showing);
  await host.keyboard.press(key);
}

/** What the game's event stream sends this player right now (the first `view` event), read in the page. */
async function streamedView(player: Page, gameId: string): Promise<string> {
  return player.evaluate(async (url) => {
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!/event: view\ndata: .*\n\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    return text;
  }, `/api/live/${gameId}/events`);
}

test("a live game: host and three phones, a reload mid-game, the podium, then history and review", async ({
  browser,
}) => {
  // Four browser contexts, a reload and four accessibility scans on two shared cores: 2.1–2.6 minutes in CI.
  test.setTimeout(300_000);
  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const host = await hostContext.newPage();
  host.on("dialog", (dialog) => void dialog.accept());
  await signIn(host, DEMO_TEACHER);
  const [ana, ben, cy] = await Promise.all([
    newPlayer(browser, "Ana Live"),
    newPlayer(browser, "Ben Live"),
    newPlayer(browser, "Cy Live"),
  ]);

  // Run live from the teacher's list: guests are off unless the teacher turns them on.
  await host.goto("/teacher");
  await host.getByRole("link", { name: new RegExp(`Run live.*${escapeStringRegexp(QUIZ)}`) }).click();
  const form = host.getByRole("form", { name: "Run this set live" });
  await expect(form.getByLabel(/Let guests play/)).not.toBeChecked();
  await form.getByLabel("Seconds per question").fill("90");
  await form.getByLabel(/Speed bonus/).uncheck();
  await form.getByRole("button", { name: "Run live" }).click();
  await expect(host).toHaveURL(/\/teacher\/live\/.+/);
  const gameId = host.url().split("/").pop()!;
  const pin = (await host.getByTestId("game-pin").textContent())!.replace(/\D/g, "");
  expect(pin).toMatch(/^\d{6}$/);
  await expect(host.getByRole("img", { name: "QR code of the join link" })).toBeVisible();

  // Ana comes by the join link (the QR code's target), the others type the PIN.
  await ana.goto(`/live?pin=${pin}`);
  await ana.getByRole("button", { name: "Join the game" }).click();
  for (const player of [ben, cy]) {
    await player.goto("/home");
    await player.getByRole("link", { name: "Join a live game" }).click();
    await player.getByLabel("Game PIN").fill(`${pin.slice(0, 3)} ${pin.slice(3)}`);
    await player.getByRole("button", { name: "Join the game" }).click();
  }
  for (const player of [ana, ben, cy]) await expect(player.getByTestId("lobby-message")).toContainText("You're in");
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/live?pin=${pin}`);
  await visitor.getByLabel("Nickname (guests)").fill("Sneaky");
  await visitor.getByRole("button", { name: "Join the game" }).click();
  await expect(visitor.getByTestId("form-error")).toHaveText(/for signed-in players/);
  await expect(host.getByTestId("player-count")).toHaveText("3 players");
  await expect(host.getByRole("list", { name: "Players" })).toContainText("Cy Live");
  expect(await seriousViolations(host)).toEqual([]);
  expect(await seriousViolations(ana)).toEqual([]);

  // Question 1, started from the keyboard. Nothing sent to a phone while it is open holds the key.
  await host.keyboard.press("Enter");
  await expect(host.getByTestId("live-question")).toContainText("top diplomat");
  await expect(ana.getByTestId("player-question-number")).toHaveText("Question 1 of 6");
  const open = await streamedView(ana, gameId);
  expect(open).toContain('"status":"QUESTION"');
  expect(open).not.toMatch(KEY_FIELDS);
  expect(open).not.toContain(FIRST_EXPLANATION);
  expect(await ana.content()).not.toContain(FIRST_EXPLANATION);
  expect(await seriousViolations(host)).toEqual([]);
  expect(await seriousViolations(ana)).toEqual([]);
  await choose(ana, "Wang Yi");
  await expect(host.getByTestId("answered-count")).toHaveText("1 of 3 answered");
  await choose(ben, "Qin Gang");
  await choose(cy, "Wang Yi");

  // Everyone in: the answers, the explanation with its sentence, and the top five on the projector.
  await expect(host.getByTestId("right-answer")).toHaveText(/Right answer: Wang Yi/);
  await expect(host.getByTestId("distribution")).toContainText("Qin Gang: 1 answer");
  await expect(host.getByTestId("live-explanation")).toContainText(FIRST_EXPLANATION);
  await expect(host.getByTestId("live-explanation")).toContainText("top diplomat Wang Yi told Russian state media");
  await expect(host.getByTestId("standings").getByRole("listitem")).toHaveCount(3);
  await expect(ana.getByTestId("live-result")).toContainText("Correct");
  await expect(ana.getByTestId("your-rank")).toContainText("1st of 3");
  await expect(ben.getByTestId("live-result")).toContainText("Not quite");
  await expect(ben.getByTestId("live-result")).toContainText(FIRST_EXPLANATION);
  expect(await seriousViolations(host)).toEqual([]);
  expect(await seriousViolations(ben)).toEqual([]);

  // Question 2: Ben's phone reloads before he answers, and he is back on the same question.
  await press(host, "n", "Question 1 of 6");
  await expect(ben.getByTestId("player-question-number")).toHaveText("Question 2 of 6");
  await ben.reload();
  await expect(ben.getByTestId("player-question-number")).toHaveText("Question 2 of 6");
  await choose(ben, "TASS");
  await choose(ana, "RIA Novosti");
  await choose(cy, "RIA Novosti");
  await expect(host.getByTestId("right-answer")).toHaveText(/RIA Novosti/);

  // Question 3: pause and resume.
  await press(host, "n", "Question 2 of 6");
  await expect(cy.getByTestId("player-question-number")).toHaveText("Question 3 of 6");
  await expect(host.getByRole("button", { name: /Pause/ })).toBeVisible();
  await press(host, "p", "Question 3 of 6");
  await expect(cy.getByTestId("paused")).toBeVisible();
  await expect(host.getByRole("timer")).toHaveAccessibleName(/Paused/);
  await expect(host.getByRole("button", { name: /Resume/ })).toBeVisible();
  await host.keyboard.press("p");
  await expect(cy.getByTestId("paused")).toBeHidden();
  for (const player of [ana, ben, cy]) await choose(player, "May");
  await expect(host.getByTestId("right-answer")).toHaveText(/May/);

  // Question 4: the host skips before Cy answers.
  await press(host, "n", "Question 3 of 6");
  await choose(ana, "False");
  await choose(ben, "False");
  await expect(host.getByTestId("answered-count")).toHaveText("2 of 3 answered");
  await press(host, "s", "Question 4 of 6");
  await expect(host.getByTestId("right-answer")).toHaveText(/False/);
  await expect(cy.getByTestId("live-result")).toContainText("No answer");

  // Question 5, then the typed question 6.
  await press(host, "n", "Question 4 of 6");
  for (const player of [ana, ben, cy]) await choose(player, "February 2022");
  await expect(host.getByTestId("right-answer")).toHaveText(/February 2022/);
  await press(host, "n", "Question 5 of 6");
  for (const [player, typed] of [
    [ana, "enabler"],
    [ben, "Enabler."],
    [cy, "sanctions"],
  ] as const) {
    await player.getByLabel("Your answer").fill(typed);
    await player.getByRole("button", { name: "Send answer" }).click();
    await expect(player.getByTestId("answer-in").or(player.getByTestId("live-result"))).toBeVisible();
  }
  await expect(ben.getByTestId("live-result")).toContainText("accepted as “enabler”");
  await expect(cy.getByTestId("live-result")).toContainText("Not quite");

  // The podium and the full table.
  await expect(host.getByRole("button", { name: /Final results/ })).toBeVisible();
  await press(host, "n", "Question 6 of 6");
  await expect(host.getByTestId("podium")).toContainText("Ana Live");
  await expect(host.getByTestId("final-table").locator("tbody tr")).toHaveCount(3);
  await expect(host.getByTestId("final-table").locator("tbody tr").first()).toContainText("Ana Live");
  await expect(ana.getByTestId("live-final")).toContainText("You finished 1st of 3");
  expect(await seriousViolations(host)).toEqual([]);
  expect(await seriousViolations(ana)).toEqual([]);

  // The game is in each player's history, and what they missed is in their review.
  await ben.getByRole("link", { name: "Back to your home" }).click();
  await expect(ben.getByTestId("taken-row").filter({ hasText: QUIZ })).toContainText("67%");
  await ben.goto("/review");
  await expect(ben.getByTestId("review-item")).toHaveCount(2);
  await expect(ben.getByTestId("review-item").filter({ hasText: "Who is described as" })).toContainText("Qin Gang");
  await cy.goto("/home");
  await expect(cy.getByTestId("taken-row").filter({ hasText: QUIZ })).toContainText("67%");
  await cy.goto("/review");
  await expect(cy.getByTestId("review-item")).toHaveCount(1);
  await expect(cy.getByTestId("review-item")).toContainText("sanctions");
  await ana.goto("/home");
  await expect(ana.getByTestId("taken-row").filter({ hasText: QUIZ })).toContainText("100%");

  // (Keys wait, as the buttons do, until the last command is in: "Close game" shows with the results before it is.)
  await expect(host.getByRole("button", { name: /Close game/ })).toBeEnabled();
  await host.keyboard.press("c");
  await expect(host.getByText("The game is closed.")).toBeVisible();
});

test("guests, when the host allows them: a checked nickname, a game, and gone once the game closes", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const host = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  host.on("dialog", (dialog) => void dialog.accept());
  await signIn(host, DEMO_TEACHER);
  await host.goto("/teacher");
  await host.getByRole("link", { name: /Run live.*results at the end/ }).click();
  const form = host.getByRole("form", { name: "Run this set live" });
  await form.getByLabel(/Let guests play/).check();
  await form.getByRole("button", { name: "Run live" }).click();
  await expect(host).toHaveURL(/\/teacher\/live\/.+/);
  const pin = (await host.getByTestId("game-pin").textContent())!.replace(/\D/g, "");

  const guest = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await guest.goto(`/live?pin=${pin}`);
  await guest.getByRole("button", { name: "Join the game" }).click();
  await expect(guest.getByTestId("nickname-error")).toHaveText(/Pick a nickname/);
  await guest.getByLabel("Nickname (guests)").fill("Q");
  await guest.getByRole("button", { name: "Join the game" }).click();
  await expect(guest.getByTestId("nickname-error")).toHaveText(/at least 2 characters/);
  await guest.getByLabel("Nickname (guests)").fill("Zed Guest");
  await guest.getByRole("button", { name: "Join the game" }).click();
  await expect(guest.getByTestId("lobby-message")).toContainText("You're in, Zed Guest!");

  const twin = await (await browser.newContext()).newPage();
  await twin.goto(`/live?pin=${pin}`);
  await twin.getByLabel("Nickname (guests)").fill("zed guest");
  await twin.getByRole("button", { name: "Join the game" }).click();
  await expect(twin.getByTestId("nickname-error")).toHaveText(/already uses that nickname/);

  await expect(host.getByRole("list", { name: "Players" })).toContainText("Zed Guest(guest)");
  await host.keyboard.press("Enter");
  await choose(guest, "Wang Yi");
  await expect(guest.getByTestId("live-result")).toContainText("Correct");
  await expect(host.getByTestId("right-answer")).toBeVisible();
  await host.keyboard.press("e");
  await expect(guest.getByTestId("live-final")).toContainText("You finished 1st of 1");
  // (Keys wait, as the buttons do, until the last command is in: "Close game" shows with the results before it is.)
  await expect(host.getByRole("button", { name: /Close game/ })).toBeEnabled();
  await host.keyboard.press("c");
  await expect(host.getByText("Guests and their answers have been erased")).toBeVisible();
  await expect(host.getByTestId("final-table")).not.toContainText("Zed Guest");
  await expect(guest.getByText("This game is over.")).toBeVisible();
  await guest.reload();
  await expect(guest).toHaveURL(/\/live\?ended=1$/);
});
