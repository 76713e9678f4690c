import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp } from "./helpers";
import { expectClean, expectNoInjection, watchContext, type PageWatch } from "./page-watch";

/**
 * Markup typed into every field a person controls comes back as text on every page that shows it.
 * Each payload would set window.__xss, open a dialog or leave an element behind if it were rendered.
 */
const TAG = Date.now().toString(36);
const HEADLINE = `Storm <img src=x onerror="window.__xss='headline'"> ${TAG}`;
const PROMPT = `Which tag <script>window.__xss='prompt'</script> was used?`;
const CHOICES = [
  `<img src=x onerror="alert('choice')">`,
  `javascript:window.__xss='choice'`,
  `<svg onload="window.__xss='svg'">`,
  "Plain words",
] as const;
const EXPLANATION = `Because <iframe srcdoc="<script>parent.__xss='explanation'</script>"></iframe> said so.`;
const CLASS_NAME = `Period <script>alert('class')</script>`;
const LEARNER = `Pat <img src=x onerror=alert(1)>`;
const ARTICLE = `${readFileSync("tests/fixtures/articles/pasted/fox-news.txt", "utf8")}

Officials said <script>window.__xss='article'</script> and <img src=x onerror=alert('article')> on Monday.`;

// A publisher's page whose markup tries to smuggle script, and a javascript: link as its address.
let site: Server;
let siteUrl: string;
const HOSTILE_PAGE = `<!doctype html><html><head><title>Hostile &lt;b&gt;page</title>
<meta property="og:url" content="javascript:window.__xss='og-url'">
<link rel="canonical" href="javascript:alert('canonical')"></head><body><article><h1>Council vote ${TAG}</h1>
${ARTICLE.split("\n\n")
  .map((paragraph) => `<p>${paragraph.replace(/</g, "&lt;")}</p>`)
  .join("\n")}
<p><img src=x onerror="window.__xss='page'"><script>window.__xss='page-script'</script></p></article></body></html>`;

test.beforeAll(async () => {
  site = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HOSTILE_PAGE);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/news/council-vote`;
});

test.afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
});

async function newWatchedPage(browser: Browser, watches: PageWatch[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  watches.push(await watchContext(context));
  return context.newPage();
}

/** The page shows `text` literally, and nothing injected ran or was built. */
async function expectShownAsText(page: Page, text: string): Promise<void> {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await expectNoInjection(page);
}

async function answerTheRest(page: Page, from: number, total: number): Promise<void> {
  for (let index = from; index < total; index++) {
    await expect(page.getByText(`Question ${index + 1} of ${total}`)).toBeVisible();
    const typed = page.getByLabel("Your answer");
    if (await typed.isVisible()) await typed.fill("a guess");
    else await page.locator("fieldset label").first().click();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByTestId("saved-note")).toBeVisible();
    if (index < total - 1) await page.getByRole("button", { name: "Next question →" }).click();
  }
}

test("markup in articles, questions, choices, explanations, class and learner names shows as text everywhere", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const watches: PageWatch[] = [];
  const teacher = await newWatchedPage(browser, watches);
  await signUp(teacher, "teacher", "Tia <b>Bold</b> Teacher");
  await expectShownAsText(teacher, "Tia <b>Bold</b> Teacher");

  // 1. An article from a hostile page: its javascript: address is not kept as a link.
  await teacher.goto("/articles/new");
  await teacher.getByRole("tab", { name: "From a link" }).click();
  await teacher.getByLabel("Article link").fill(siteUrl);
  await teacher.getByRole("button", { name: "Fetch and preview" }).click();
  // The page's title, "Hostile &lt;b&gt;page", is decoded once and then shown as the text it is.
  await expect(teacher.getByRole("heading", { name: "Hostile <b>page" })).toBeVisible({ timeout: 30_000 });
  await expectShownAsText(teacher, `Council vote ${TAG}`);
  // Tags left in the text are struck through as "Leftover HTML code", shown as the characters they are.
  await expectShownAsText(teacher, "<img src=x onerror=alert('article')>");
  await expect(teacher.getByRole("link", { name: "127.0.0.1" })).toHaveAttribute("href", siteUrl);

  // 2. A pasted article with markup in its headline and text: the preview shows it as typed.
  await teacher.goto("/articles/new");
  await teacher.getByLabel("Headline (optional)").fill(HEADLINE);
  await teacher.getByLabel("Article text").fill(ARTICLE);
  await teacher.getByRole("button", { name: "Clean and preview" }).click();
  await expect(teacher.getByRole("heading", { name: HEADLINE })).toBeVisible();
  await expectShownAsText(teacher, "<img src=x onerror=alert('article')>");

  // 3. A quiz from it; question 1 rewritten with markup in every field.
  await teacher.getByLabel("Number of questions").fill("5");
  await teacher.getByRole("button", { name: "Make a quiz from this" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/sets\/.+/, { timeout: 30_000 });
  const setPath = new URL(teacher.url()).pathname;
  // The set is titled by its topic; renamed to the headline with its markup, it is shown as text everywhere.
  await teacher.getByLabel("Set title (shown above every question)").fill(HEADLINE);
  await teacher.getByRole("button", { name: "Rename" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  const first = teacher.getByTestId("review-question").first();
  await first.getByText("Edit question 1").click();
  await first.getByLabel("Type").selectOption({ label: "Multiple choice" });
  await first.getByLabel("Question", { exact: true }).fill(PROMPT);
  for (const [index, choice] of CHOICES.entries())
    await first.getByLabel(`Choice ${index + 1}`, { exact: true }).fill(choice);
  await first.getByLabel("Choice 4 is the right answer").check();
  await first.getByLabel("Explanation").fill(EXPLANATION);
  await first.getByRole("button", { name: "Save question" }).click();
  await expect(first.getByRole("heading", { name: `1. ${PROMPT}` })).toBeVisible();
  await teacher.reload();
  await expectShownAsText(teacher, PROMPT);
  await expectShownAsText(teacher, EXPLANATION);
  await teacher.getByLabel("Publish for learners").check();
  await teacher.getByRole("button", { name: "Save settings" }).click();
  await expect(teacher.getByText("Published: learners can take it")).toBeVisible();

  // 4. The print view, and the exports: downloads, never rendered, with the markup escaped in the XML ones.
  await teacher.goto(`${setPath}/print`);
  await expectShownAsText(teacher, PROMPT);
  await expectShownAsText(teacher, CHOICES[0]);
  for (const format of ["json", "csv", "gift", "aiken", "moodle-xml", "qti"]) {
    const download = await teacher.request.get(`${setPath}/export/${format}`);
    expect(download.status(), format).toBe(200);
    expect(download.headers()["content-disposition"], format).toMatch(/^attachment/);
    expect(download.headers()["x-content-type-options"], format).toBe("nosniff");
    expect(download.headers()["content-type"], format).not.toMatch(/text\/html/);
    if (format === "moodle-xml") expect(await download.text()).not.toContain("<script>");
  }

  // 5. A class with markup in its name; the set assigned to it.
  await teacher.goto("/teacher/classes");
  await teacher.getByLabel("New class name").fill(CLASS_NAME);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/classes\/.+/);
  await expectShownAsText(teacher, CLASS_NAME);
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  await teacher.getByLabel("Question set", { exact: true }).selectOption(setPath.split("/").at(-1)!);
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByText("✓ Assigned.")).toBeVisible();
  await expectShownAsText(teacher, HEADLINE);
  await teacher.goto("/teacher/classes");
  await expectShownAsText(teacher, CLASS_NAME);
  await teacher.goto("/teacher");
  await expectShownAsText(teacher, HEADLINE);
  await teacher.goto("/articles");
  await expectShownAsText(teacher, HEADLINE);

  // 6. A learner with markup in their name joins, plays (answering question 1 wrong), and reads the results.
  const learner = await newWatchedPage(browser, watches);
  await signUp(learner, "learner", LEARNER);
  await expectShownAsText(learner, LEARNER);
  await learner.goto("/join");
  await learner.getByLabel("Class code").fill(code);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByTestId("joined")).toContainText(`You joined ${CLASS_NAME}`);
  await expectNoInjection(learner);
  await learner.goto("/home");
  const assignment = learner.getByTestId("assignment").filter({ hasText: HEADLINE });
  await expectShownAsText(learner, HEADLINE);
  await assignment.getByRole("button", { name: /^Start/ }).click();
  await expect(learner).toHaveURL(/\/play\/.+/);
  await expect(learner.getByRole("heading", { name: PROMPT })).toBeVisible();
  for (const choice of CHOICES) await expectShownAsText(learner, choice);
  await learner.locator("fieldset label").filter({ hasText: "onerror" }).click();
  await learner.getByRole("button", { name: "Submit answer" }).click();
  // This assignment shows answers at the end: the explanation comes on the results page.
  await expect(learner.getByTestId("saved-note")).toBeVisible();
  await learner.getByRole("button", { name: "Next question →" }).click();
  await answerTheRest(learner, 1, 5);
  await learner.getByRole("button", { name: "Finish quiz" }).click();
  await expect(learner).toHaveURL(/\/results\/.+/);
  await expectShownAsText(learner, PROMPT);
  await expectShownAsText(learner, EXPLANATION);
  await expectShownAsText(learner, CHOICES[0]);
  await learner.goto("/review");
  await expectShownAsText(learner, PROMPT);
  await expectShownAsText(learner, CHOICES[0]);
  await learner.goto("/home");
  await expectShownAsText(learner, HEADLINE);

  // 7. The teacher's results: the learner's name, the question and its choices in the item analysis.
  await teacher.goto("/teacher/classes");
  await teacher.getByRole("link", { name: CLASS_NAME }).click();
  await teacher
    .getByTestId("assignment-row")
    .getByRole("link", { name: /^Results/ })
    .click();
  await expect(teacher.getByTestId("completion")).toHaveText("1 of 1 students");
  // The score chart, loaded on demand, draws under the policy.
  await expect(teacher.locator(".recharts-surface").first()).toBeVisible();
  await expectShownAsText(teacher, LEARNER);
  await expectShownAsText(teacher, PROMPT);
  const csv = await teacher.request.get(`${new URL(teacher.url()).pathname}/results.csv`);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(await csv.text()).toContain("Pat <img src=x onerror=alert(1)>");

  // 8. Live: the learner joins by PIN; their name, the question, choices and explanation on both screens.
  await teacher.goto(setPath);
  await teacher.getByRole("form", { name: "Run this set live" }).getByRole("button", { name: "Run live" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/live\/.+/);
  await expect(teacher.getByRole("img", { name: "QR code of the join link" }).locator("svg")).toBeVisible();
  const pin = (await teacher.getByTestId("game-pin").textContent())!.replace(/\D/g, "");
  await learner.goto(`/live?pin=${pin}`);
  await learner.getByRole("button", { name: "Join the game" }).click();
  await expect(learner.getByTestId("lobby-message")).toContainText("You're in");
  await expect(teacher.getByRole("list", { name: "Players" })).toContainText(LEARNER);
  await expectNoInjection(teacher);
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByTestId("live-question")).toContainText(PROMPT);
  await expectNoInjection(teacher);
  for (const choice of CHOICES) await expectShownAsText(learner, choice);
  await learner.getByRole("list", { name: "Choices" }).getByRole("button", { name: CHOICES[2] }).click();
  await expect(teacher.getByTestId("live-explanation")).toContainText(EXPLANATION);
  await expectNoInjection(teacher);
  await expect(learner.getByTestId("live-result")).toContainText(EXPLANATION);
  await expectNoInjection(learner);

  // A guest may not pick a nickname with markup at all: refused in words.
  const guest = await newWatchedPage(browser, watches);
  await guest.goto(`/live?pin=${pin}`);
  await guest.getByLabel("Nickname (guests)").fill("<script>x</script>");
  await guest.getByRole("button", { name: "Join the game" }).click();
  await expect(guest.getByTestId("nickname-error").or(guest.getByTestId("form-error"))).toBeVisible();
  await expectNoInjection(guest);

  for (const watch of watches) expectClean(watch);
});
