import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const QUIZ = "China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025";
const PROMPT_START = /top diplomat/i;
const EXPLANATION = "The article's first sentence names Wang Yi as China's top diplomat.";

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

test("a missed question shows on the review page, comes back in the daily review, and says when it is due next", async ({
  page,
}) => {
  await signUp(page, "learner", "Review Learner");

  // Miss the first question of the demo quiz (immediate feedback).
  await page
    .getByTestId("quiz-card")
    .filter({ has: page.getByRole("heading", { name: QUIZ, exact: true }) })
    .getByRole("link", { name: /Take this quiz/ })
    .click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText("Question 1 of 6")).toBeVisible();
  const prompt = (await page.locator("#question-heading").textContent())!.trim();
  expect(prompt).toMatch(PROMPT_START);
  await page.locator("fieldset label").filter({ hasNotText: "Wang Yi" }).first().click();
  const wrongAnswer = (await page
    .locator("fieldset label")
    .filter({ has: page.locator("input:checked") })
    .locator("span")
    .last()
    .textContent())!.trim();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("feedback")).toContainText("Not quite");

  // The in-app reminder appears once a review is due.
  await page.goto("/home");
  await expect(page.getByTestId("review-reminder")).toHaveText(/You have 1 review due today/);

  // The review page: the learner's answer, the right one, the explanation and the evidence in its paragraph.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Review/ })
    .click();
  await expect(page).toHaveURL(/\/review$/);
  const item = page.getByTestId("review-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading", { name: prompt })).toBeVisible();
  await expect(item).toContainText(`Your latest answer: ${wrongAnswer}`);
  await expect(item).toContainText("The right answer: Wang Yi");
  await expect(item).toContainText(EXPLANATION);
  await expect(item.locator("mark")).toContainText("top diplomat Wang Yi");
  await expect(item).toContainText("Hindustan Times");
  await expect(item.getByTestId("card-due")).toHaveText("Due for review now");
  // Filters: a topic the question is about keeps it, another article's filter would not.
  await page.getByLabel("Topic", { exact: true }).selectOption({ label: "Wang Yi (person)" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/topic=person%3AWang\+Yi|topic=person%3AWang%20Yi/);
  await expect(page.getByTestId("review-item")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  // The daily session presents it as a question again; the learner answers with the keyboard.
  await page.getByRole("link", { name: "Start today’s review" }).click();
  await expect(page).toHaveURL(/\/review\/session$/);
  await expect(page.getByTestId("session-counts")).toHaveText(/1 due/);
  const card = page.getByTestId("review-card");
  await expect(card.getByRole("heading", { name: prompt })).toBeVisible();
  await expect(card.getByTestId("feedback")).toHaveCount(0);
  const labels = await card.locator("fieldset label").allTextContents();
  const right = labels.findIndex((label) => label.endsWith("Wang Yi"));
  expect(right).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(right + 1));
  await page.keyboard.press("Enter");
  await expect(card.getByTestId("feedback")).toContainText("Correct");
  await expect(card.getByTestId("feedback")).toContainText(EXPLANATION);
  await expect(card.getByTestId("review-schedule")).toContainText(/Rated (Easy|Good|Hard)/);

  // The learner rates it themselves: Good puts it ten minutes away (FSRS's first learning step).
  await card.getByRole("button", { name: /^3\. Good/ }).click();
  await expect(card.getByRole("button", { name: /^3\. Good/ })).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByTestId("review-schedule")).toContainText("Rated Good (your rating)");
  await expect(card.getByTestId("next-due")).toContainText("in 10 minutes");
  expect(await seriousViolations(page)).toEqual([]);

  await card.getByRole("button", { name: "Next card →" }).click();
  await expect(page.getByTestId("session-done")).toContainText("All caught up");
  await expect(page.getByTestId("session-done")).toContainText("Your next review is due in 10 minutes");

  // Back on the review page the card shows when it is due; progress counts the review.
  await page.goto("/review");
  await expect(page.getByTestId("card-due")).toContainText("Next review");
  await page.goto("/progress");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByTestId("retention")).toHaveText("100%");
  await expect(page.getByTestId("topic-row").filter({ hasText: "Wang Yi" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
