import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_STUDENT, signIn, signUp } from "./helpers";

const sample = readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8");
const HEADLINE = "China ready to play 'constructive role' in ending Ukraine conflict, says top diplomat Wang Yi";
// A new set's default title: the topic and the date (a pasted article has no source), no answers.
const TITLE = "China and the Ukraine conflict — 1 Apr 2025";

test("a teacher makes a quiz from the sample article and reviews questions, explanations and highlighted evidence", async ({
  page,
}) => {
  // A whole journey (generate, review, rename twice, publish, play) on two shared cores.
  test.slow();
  await signUp(page, "teacher", "Gen Teacher");
  await page.goto("/articles/new");
  // The article's real headline names Wang Yi; the quiz shows the set's title instead, so his
  // quotations are still asked as "who said it?".
  await page.getByLabel("Headline (optional)").fill(HEADLINE);
  await page.getByLabel("Article text").fill(sample);
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await expect(page.getByRole("heading", { name: "Make a quiz from this article" })).toBeVisible();

  // A bad count is explained next to the field and nothing is generated.
  await page.getByLabel("Number of questions").fill("50");
  await page.getByRole("button", { name: "Make a quiz from this" }).click();
  await expect(page.getByTestId("count-error")).toHaveText(/at most 30 questions/);

  await page.getByLabel("Number of questions").fill("10");
  await page.getByRole("button", { name: "Make a quiz from this" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/.+/, { timeout: 20_000 });

  // The set is named after the story's topic and date, with no answer in it, and warns of nothing.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId("title-warnings")).toHaveCount(0);

  const questions = page.getByTestId("review-question");
  await expect(questions).toHaveCount(10);
  await expect(page.getByRole("heading", { name: /Who said: “China is ready, taking into account/ })).toBeVisible();
  const first = questions.first();
  await expect(first.getByText("Explanation:")).toBeVisible();
  await first.getByText("Evidence in the article").click();
  const evidence = first.getByTestId("evidence");
  await expect(evidence).toBeVisible();
  expect(sample).toContain((await evidence.textContent())!.trim());
  // Every choice question marks its answer with a word, not only a colour.
  await expect(page.getByText("✓ Correct").first()).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );

  // Renamed to a title that shows an answer, the set page lists the questions it gives away.
  const titleField = page.getByLabel("Set title (shown above every question)");
  await titleField.fill("ab");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByTestId("title-error")).toHaveText(/at least 3 characters/);
  await titleField.fill("Wang Yi speaks in Moscow");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wang Yi speaks in Moscow");
  const warnings = page.getByTestId("title-warnings");
  await expect(warnings).toContainText("The title answers");
  await expect(warnings.getByRole("listitem").filter({ hasText: /Who said: “China is ready/ })).toContainText(
    "The title shows its answer, “Wang Yi”.",
  );
  // Renamed back, the warning goes.
  await titleField.fill(TITLE);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId("title-warnings")).toHaveCount(0);

  // Publish it, all questions on one page, and a learner takes it there.
  await page.getByLabel("Questions are shown").selectOption("ALL_ON_ONE_PAGE");
  await page.getByLabel("Publish for learners").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Published: learners can take it")).toBeVisible();

  const learner = await page.context().browser()!.newPage();
  await signIn(learner, DEMO_STUDENT);
  // Newest first: the set this test just published.
  await learner
    .getByRole("link", { name: /Take this quiz.*China and the Ukraine conflict — 1 Apr 2025/ })
    .first()
    .click();
  await learner.getByRole("button", { name: "Start quiz" }).click();
  await expect(learner.getByRole("button", { name: /^Submit answer \d+$/ })).toHaveCount(10);
  // The player shows the set's title, the source and the date; the headline waits for the feedback.
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(learner.getByTestId("quiz-source")).toHaveText(/1 April 2025/);
  await expect(learner.getByText(HEADLINE)).toHaveCount(0);
  expect(await learner.content()).not.toContain("Ukraine conflict, says top diplomat Wang Yi");
  const firstQuestion = learner.locator("main ol > li").first();
  await firstQuestion.locator("fieldset label").first().click();
  await firstQuestion.getByRole("button", { name: "Submit answer 1", exact: true }).click();
  await expect(firstQuestion.getByTestId("feedback")).toBeVisible();
  // The headline comes with the feedback, any answer to a question still to come in it hidden.
  await expect(firstQuestion.getByTestId("feedback")).toContainText(
    /From “China ready to play .+ says top diplomat Wang Yi”/,
  );
  await learner.getByRole("button", { name: /Finish quiz/ }).click();
  await expect(learner).toHaveURL(/\/results\/.+/);
  await expect(learner.getByTestId("result-question")).toHaveCount(10);
  // The results name the set and, under it, the article by its headline.
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(learner.locator("main header")).toContainText(`From “${HEADLINE}”`);
  await learner.close();
});

test("a short article gives fewer questions than asked, and the set page says why instead of padding the quiz", async ({
  page,
}) => {
  await signUp(page, "teacher", "Short Teacher");
  await page.goto("/articles/new");
  await page.getByLabel("Headline (optional)").fill("A new TV guide for set-top boxes");
  await page.getByLabel("Article text").fill(readFileSync("tests/fixtures/articles/pasted/engadget.txt", "utf8"));
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await page.getByLabel("Number of questions").fill("10");
  await page.getByRole("button", { name: "Make a quiz from this" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/.+\?asked=10/, { timeout: 20_000 });
  const made = await page.getByTestId("review-question").count();
  expect(made).toBeGreaterThan(0);
  expect(made).toBeLessThan(10);
  await expect(page.getByRole("status").filter({ hasText: "You asked for 10 questions" })).toContainText(
    `gave ${made} that pass our quality checks`,
  );
  await expect(page.getByRole("link", { name: "make a set from this article and another one" })).toHaveAttribute(
    "href",
    "/teacher/sets/new",
  );

  // Its questions share sentences, so a learner's feedback hides what later questions ask until they are
  // answered. (The set's title names neither Verizon nor version 1.9, so both are asked.)
  await page.getByLabel("Publish for learners").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Published: learners can take it")).toBeVisible();
  const learner = await page.context().browser()!.newPage();
  await signIn(learner, DEMO_STUDENT);
  await learner
    // The set is named after the story's topic ("TV guide"), not its headline.
    .getByRole("link", { name: /Take this quiz.*TV guide/ })
    .first()
    .click();
  await learner.getByRole("button", { name: "Start quiz" }).click();
  await expect(learner.getByText(/Which organisation completes this sentence/)).toBeVisible();
  await learner.getByText("Verizon", { exact: true }).click();
  await learner.getByRole("button", { name: /^Submit answer/ }).click();
  const feedback = learner.getByTestId("feedback");
  await expect(feedback).toContainText("Correct");
  await expect(feedback.getByTestId("withheld-note")).toContainText("answer questions you have not answered yet");
  await expect(feedback).toContainText("[hidden for now]");
  await expect(feedback).not.toContainText("Director of Product Management");
  await expect(feedback).not.toContainText("version 1.9");
  await learner.close();
});
