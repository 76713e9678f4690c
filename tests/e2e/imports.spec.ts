import { expect as baseExpect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

// Two shared cores: a sign-up (password hashing) or an import can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });

// Moodle's own GIFT test file (tests/fixtures/moodle/README.md), uploaded the way a teacher would.
const MOODLE_GIFT = "tests/fixtures/moodle/gift/questions.gift.txt";

test("a teacher imports Moodle's GIFT test file and reads, in words, what was refused and what changed", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Moodle Mover");
  await page.getByLabel("Email").fill(uniqueEmail("moodle"));
  await page.getByLabel("Password").fill("a long test password");
  await page.getByText("A teacher", { exact: true }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/teacher/import");
  await page.getByLabel("Question file").setInputFiles(MOODLE_GIFT);
  await page.getByRole("button", { name: "Import" }).click();

  const problems = page.getByTestId("import-problems");
  await expect(problems.getByRole("heading", { level: 2 })).toHaveText(
    "Nothing was imported: 4 problems (5 valid questions)",
  );
  const refusals = problems.getByTestId("import-refusals").getByRole("listitem");
  await expect(refusals).toHaveText([
    /Question 1 “Q8” \(line 2\): essay questions are not supported/,
    /Question 2 “Moodle activities” \(line 5\): matching questions are not supported/,
    /Question 4 “colours” \(line 22\): multiple-response questions are not supported/,
    /Question 5 “Q5” \(line 31\): numerical questions are not supported/,
  ]);

  await page.getByText("If some questions have problems, import the valid ones anyway").click();
  await page.getByLabel("Question file").setInputFiles(MOODLE_GIFT);
  await page.getByRole("button", { name: "Import" }).click();

  const outcome = page.getByTestId("import-skipped");
  await expect(outcome.getByRole("heading", { level: 2 })).toHaveText("Imported 5 questions; skipped 4");
  await expect(outcome.getByTestId("import-refusals").getByRole("listitem")).toHaveCount(4);
  await expect(outcome.getByRole("heading", { name: "Imported with changes (3 questions)" })).toBeVisible();
  await expect(outcome.getByTestId("import-notes")).toContainText(
    "“Cat” (50%) earned partial credit in Moodle; Quizwire has no partial credit, so it counts as wrong",
  );
  await expect(outcome.getByTestId("import-notes")).toContainText('the stray “";” after its answers was left out');

  await outcome.getByRole("link", { name: "Open the imported set" }).click();
  await expect(
    page.getByRole("heading", { name: "1. What's between orange and green in the spectrum?", exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "3. 42 is the Absolute Answer to everything.", exact: true }),
  ).toBeVisible();
  await expect(page.getByText("[plain]")).toHaveCount(0);
  await expect(page.getByText("_____")).toHaveCount(0);
});
