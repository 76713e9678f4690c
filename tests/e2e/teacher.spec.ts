import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, signIn, signUp } from "./helpers";

const article = readFileSync("tests/fixtures/articles/pasted/fox-news.txt", "utf8");
const TITLE = `Classroom quiz ${Date.now().toString(36)}`;
const EDITED = "Edited by the teacher: who is this question about?";

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

test("a teacher goes from a new article to an assigned quiz; a student joins by code and takes it; the teacher reads results and item analysis and downloads the CSV", async ({
  page,
  browser,
}) => {
  // The whole classroom loop in one test, across two browsers: minutes on two busy cores.
  test.setTimeout(180_000);

  // 1. A set from a new article.
  await signIn(page, DEMO_TEACHER);
  await page.goto("/articles/new");
  await page.getByLabel("Headline (optional)").fill(TITLE);
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await page.getByLabel("Number of questions").fill("8");
  await page.getByRole("button", { name: "Make a quiz from this" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/.+/, { timeout: 30_000 });
  const questions = page.getByTestId("review-question");
  await expect(questions).toHaveCount(8);
  const setId = new URL(page.url()).pathname.split("/").at(-1)!;
  // The set is named after the article (an article added before keeps its first headline).
  const setTitle = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  // 2. Edit the first question's wording; a blank explanation is refused with a reason first.
  const first = questions.first();
  await first.getByText("Edit question 1").click();
  await first.getByLabel("Question", { exact: true }).fill(EDITED);
  await first.getByLabel("Explanation").fill("");
  await first.getByRole("button", { name: "Save question" }).click();
  await expect(first.getByText("Explain why the answer is right.")).toBeVisible();
  await expect(first.getByLabel("Question", { exact: true })).toHaveValue(EDITED);
  await first.getByLabel("Explanation").fill("The article names this person in its first paragraph.");
  await first.getByRole("button", { name: "Save question" }).click();
  await expect(first.getByRole("heading", { name: `1. ${EDITED}` })).toBeVisible();

  // 3. Publish.
  await page.getByLabel("Publish for learners").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Published: learners can take it")).toBeVisible();

  // 4. A class, and the set assigned to it with answers shown at the end.
  await page.goto("/teacher/classes");
  await page.getByLabel("New class name").fill(`Period 3 ${TITLE}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes\/.+/);
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await page.getByLabel("Question set", { exact: true }).selectOption(setId);
  await page.getByLabel("Students see the answers").selectOption("END");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByText("✓ Assigned.")).toBeVisible();
  await expect(page.getByTestId("assignment-row")).toContainText(setTitle);
  expect(await seriousViolations(page)).toEqual([]);

  // 5. A student joins with the code (typed loosely) and takes it from their home.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, "learner", "Pat Pupil");
  await student.goto("/join");
  await student.getByLabel("Class code").fill(code.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByTestId("joined")).toContainText(`You joined Period 3 ${TITLE}`);
  await student.goto("/home");
  const assignment = student.getByTestId("assignment").filter({ hasText: setTitle });
  await expect(assignment).toContainText("To do");
  await assignment.getByRole("button", { name: /^Start/ }).click();
  await expect(student).toHaveURL(/\/play\/.+/);
  await expect(student.getByRole("heading", { name: EDITED })).toBeVisible();
  for (let index = 0; index < 8; index++) {
    await expect(student.getByText(`Question ${index + 1} of 8`)).toBeVisible();
    const typed = student.getByLabel("Your answer");
    if (await typed.isVisible()) await typed.fill("a guess");
    else await student.locator("fieldset label").first().click();
    await student.getByRole("button", { name: "Submit answer" }).click();
    await expect(student.getByTestId("saved-note")).toBeVisible();
    if (index < 7) await student.getByRole("button", { name: "Next question →" }).click();
  }
  await student.getByRole("button", { name: "Finish quiz" }).click();
  await expect(student).toHaveURL(/\/results\/.+/);
  await expect(student.getByTestId("result-question")).toHaveCount(8);
  await studentContext.close();

  // 6. The teacher reads the results and item analysis, and downloads the CSV.
  await page.reload();
  await page
    .getByTestId("assignment-row")
    .filter({ hasText: setTitle })
    .getByRole("link", { name: /^Results/ })
    .click();
  await expect(page.getByTestId("completion")).toHaveText("1 of 1 students");
  await expect(page.getByTestId("student-result")).toContainText("Pat Pupil");
  await expect(page.getByTestId("item-stats")).toHaveCount(8);
  await expect(page.getByTestId("item-stats").first()).toContainText(EDITED);
  await expect(page.getByTestId("facility").first()).toHaveText(/^(0|100)%$/);
  expect(await seriousViolations(page)).toEqual([]);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toContain("Student,Email,Latest score (%)");
  expect(csv).toContain("Pat Pupil");
});
