import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";
import { DEMO_STUDENT, signIn } from "./helpers";

// The demo quiz (prisma/seed.ts) has the sample article's default set title; the headline shows with feedback.
const DEMO_TITLE = "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025";
const HEADLINE = "China ready to play 'constructive role' in ending Ukraine conflict, says top diplomat Wang Yi";
const HEADLINE_END = "Ukraine conflict, says top diplomat Wang Yi";

// The demo quiz's answers (tests/../prisma/seed.ts); choices are shuffled per attempt, so we find them by text.
const ANSWERS = ["Wang Yi", "RIA Novosti", "May", "False", "February 2022"];
const EXPLANATIONS = [
  "The article's first sentence names Wang Yi as China's top diplomat.",
  "Wang gave the quote to the RIA Novosti news agency.",
  "The article dates the full-scale offensive to February 2022.",
  'NATO members called Beijing a "decisive enabler"',
];

async function pressChoice(page: Page, text: string): Promise<void> {
  const labels = page.locator("fieldset label");
  const texts = await labels.allTextContents();
  const position = texts.findIndex(
    (label) => label.replace(/^[A-F]/, "").trim() === text || label.includes(` ${text}`) || label.endsWith(text),
  );
  expect(position, `choice "${text}" among ${texts.join(" | ")}`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(position + 1));
}

/** Every page, RSC payload and server-action reply the browser receives (not the static JS bundles). */
function collectBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (response: Response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/text\/html|text\/x-component|application\/json/.test(type)) return;
    try {
      bodies.push(await response.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  return bodies;
}

function expectNoKeys(bodies: string[]): void {
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    for (const explanation of EXPLANATIONS) expect(body).not.toContain(explanation);
    expect(body).not.toMatch(/isCorrect|correctChoiceId|acceptedAnswers|correctAnswers/);
  }
}

/** Signs in and starts the quiz with the keyboard only: type, Tab/focus and Enter, no clicks. */
async function openQuiz(page: Page, title: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(DEMO_STUDENT);
  await page.keyboard.press("Tab");
  await page.keyboard.type("quizwire-demo");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/home$/);
  await page
    .getByTestId("quiz-card")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
    .getByRole("link", { name: /Take this quiz/ })
    .focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Start quiz" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/play\/.+/);
  await expect(page.getByText(/Question \d of 6/)).toBeVisible();
}

test("immediate feedback: keyboard only, reload resumes, results explain every answer with its source", async ({
  page,
}) => {
  const bodies = collectBodies(page);
  await openQuiz(page, DEMO_TITLE);
  await expect(page.getByText("Question 1 of 6 · 0 answered")).toBeVisible();
  // Nothing sent so far — pages, RSC payloads, action replies — carries an explanation or the key.
  expectNoKeys(bodies);
  // Above the questions: the set's title, the source and the date, not the headline.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  await expect(page.getByTestId("quiz-source")).toHaveText("Hindustan Times (AFP), 1 April 2025");
  for (const body of bodies) expect(body).not.toContain(HEADLINE_END);

  // Q1 right, Q2 deliberately wrong, Q3 right — keys only.
  await pressChoice(page, ANSWERS[0]!);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("Correct");
  await expect(page.getByTestId("feedback")).toContainText(EXPLANATIONS[0]!);
  await expect(page.getByTestId("feedback").locator("mark")).toContainText(
    "top diplomat Wang Yi told Russian state media",
  );
  // The headline comes with the feedback.
  await expect(page.getByTestId("feedback")).toContainText(`From “${HEADLINE}”`);
  await page.keyboard.press("Enter");

  await expect(page.getByText("Question 2 of 6")).toBeVisible();
  await pressChoice(page, "TASS");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("Not quite");
  await expect(page.getByTestId("feedback")).toContainText("The right answer: RIA Novosti");
  await page.keyboard.press("Enter");

  await pressChoice(page, ANSWERS[2]!);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("Correct");

  // Reload mid-quiz: the attempt resumes at the first unanswered question.
  await page.reload();
  await expect(page.getByText("Question 4 of 6 · 3 answered")).toBeVisible();
  await pressChoice(page, ANSWERS[3]!);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("Correct");
  await page.keyboard.press("Enter");
  await pressChoice(page, ANSWERS[4]!);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await page.keyboard.press("Enter");

  // Q6 is typed: Tab to the box, type with different case and punctuation.
  await expect(page.getByText("Question 6 of 6")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Enabler.");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("Correct");
  await expect(page.getByTestId("feedback")).toContainText("accepted as “enabler”");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/results\/.+/);
  await expect(page.getByTestId("score")).toHaveText("5 of 6 correct");
  await expect(page.getByTestId("percentile")).toContainText("percentile");
  await expect(page.getByTestId("result-question")).toHaveCount(6);
  await expect(page.getByTestId("result-question").nth(1)).toContainText("Your answer: TASS");
  await expect(page.getByTestId("result-question").nth(1)).toContainText(EXPLANATIONS[1]!);
  await expect(page.getByText("Hindustan Times (AFP)").first()).toBeVisible();
  await expect(page.getByText("1 April 2025").first()).toBeVisible();
  const resultsAxe = await new AxeBuilder({ page }).analyze();
  expect(
    resultsAxe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
  ).toEqual([]);

  // The learner's home now lists the quiz with its best and last score.
  await page.getByRole("link", { name: "Back to your home" }).click();
  await expect(
    page
      .getByTestId("taken-row")
      .filter({ hasText: "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025" }),
  ).toContainText("83%");
});

test("feedback at the end: nothing is revealed before finishing, then everything is", async ({ page }) => {
  const bodies = collectBodies(page);
  await openQuiz(page, "China and the Ukraine conflict: results at the end");
  for (const answer of ANSWERS) {
    await pressChoice(page, answer);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("saved-note")).toBeVisible();
    await expect(page.getByTestId("feedback")).toHaveCount(0);
    await page.keyboard.press("Enter");
  }
  await page.keyboard.press("Tab");
  await page.keyboard.type("enabler");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("saved-note")).toBeVisible();
  // Every response so far, including the answers' server-action replies, kept the key to itself.
  expectNoKeys(bodies);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/results\/.+/);
  await expect(page.getByTestId("score")).toHaveText("6 of 6 correct");
  for (const explanation of EXPLANATIONS)
    await expect(page.getByText(explanation, { exact: false }).first()).toBeVisible();
});

test("a shared quiz link sends a signed-out visitor to sign in and back to the quiz", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  const link = await page
    .getByRole("link", { name: /Take this quiz/ })
    .first()
    .getAttribute("href");
  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(DEMO_STUDENT);
  await page.getByLabel("Password").fill("quizwire-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${link}$`));
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
});
