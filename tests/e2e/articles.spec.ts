import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, signIn, signUp } from "./helpers";

const sample = readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8");

// A news page served from this machine, standing in for a publisher's site.
let newsSite: Server;
let pageUrl: string;

test.beforeAll(async () => {
  const page = readFileSync("tests/fixtures/articles/html/fox-news.html");
  newsSite = createServer((request, response) => {
    if (request.url === "/politics/2010/08/14/russia-iran") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => newsSite.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(newsSite.address() as AddressInfo).port}/politics/2010/08/14/russia-iran`;
});

test.afterAll(async () => {
  await new Promise((resolve) => newsSite.close(resolve));
});

test("pasting an article shows the clutter struck through with reasons, and a line can be put back", async ({
  page,
}) => {
  await signUp(page, "teacher", "Tess Teacher");
  await page.getByRole("link", { name: "Articles" }).click();
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline (optional)").fill("Wang Yi in Moscow");
  await page.getByLabel("Article text").fill(sample);
  await page.getByRole("button", { name: "Clean and preview" }).click();

  await expect(page.getByRole("heading", { name: "Wang Yi in Moscow" })).toBeVisible();
  await expect(page.getByText("1 April 2025")).toBeVisible();
  await expect(page.getByRole("heading", { name: "We removed 4 passages of clutter." })).toBeVisible();
  const removed = page.getByTestId("removed-passage");
  await expect(removed).toHaveCount(4);
  await expect(removed.filter({ hasText: "China's top diplomat Wang Yi.(AFP)" })).toContainText(
    "Removed: Photo caption or credit",
  );
  const alsoRead = removed.filter({ hasText: "Also read: China willing to import" });
  await expect(alsoRead.locator("del")).toBeVisible();
  await expect(alsoRead).toContainText("Removed: Link to another story");
  await expect(page.getByTestId("word-count")).toHaveText("334 words");

  await alsoRead.getByRole("button", { name: "Put back" }).click();
  await expect(alsoRead.getByRole("button", { name: "Remove again" })).toBeVisible();
  await expect(alsoRead.locator("del")).toHaveCount(0);
  await expect(page.getByTestId("word-count")).toHaveText("345 words");
  await expect(page.getByRole("heading", { name: "We removed 3 passages of clutter." })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
  await page.goto("/articles/new");
  const form = await new AxeBuilder({ page }).analyze();
  expect(form.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("importing from a link fetches the page, finds the article and its metadata", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  await page.goto("/articles/new");
  await page.getByRole("tab", { name: "From a link" }).click();
  await page.getByLabel("Article link").fill(pageUrl);
  await page.getByRole("button", { name: "Fetch and preview" }).click();
  await expect(
    page.getByRole("heading", {
      name: "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.",
    }),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText("14 August 2010")).toBeVisible();
  await expect(page.getByRole("link", { name: "Fox News" })).toBeVisible();
  await expect(page.getByTestId("removed-passage").filter({ hasText: "Published August 14, 2010" })).toContainText(
    "Removed: Timestamp",
  );
});

test("a link to a private address is refused in plain words", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  await page.goto("/articles/new");
  await page.getByRole("tab", { name: "From a link" }).click();
  await page.getByLabel("Article link").fill("http://169.254.169.254/latest/meta-data/");
  await page.getByRole("button", { name: "Fetch and preview" }).click();
  await expect(page.getByTestId("url-error")).toHaveText(/private or local network address/);
  await expect(page.getByLabel("Article link")).toHaveValue("http://169.254.169.254/latest/meta-data/");
});

test("uploading a saved web page works, and a too-short paste is explained without losing the text", async ({
  page,
}) => {
  await signIn(page, DEMO_TEACHER);
  await page.goto("/articles/new");
  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page.getByLabel("Article file").setInputFiles("tests/fixtures/articles/html/theverge1.html");
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(
    page.getByRole("heading", {
      name: "Facebook offers explanation for controversial News Feed psychology experiment",
    }),
  ).toBeVisible();
  await expect(page.getByText("30 June 2014")).toBeVisible();

  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill("Only a few words here.");
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await expect(page.getByTestId("text-error")).toHaveText(/too short to make a quiz from: 5 words/);
  await expect(page.getByLabel("Article text")).toHaveValue("Only a few words here.");
});

// A paste as a reader copies it from a wire story page: a ticker label and a ticker above the headline,
// a breadcrumb, an ad marker and a comment prompt among the paragraphs, and the copy stops mid-sentence.
const widePaste = [
  "Off the wire",
  "Markets slide as oil falls • Talks resume in Doha • Storm nears the coast",
  "You are here: Home",
  "Harbour city opens its first offshore wind farm",
  "PORTMORE, Aug. 3 (UPI) -- The harbour city switched on its first offshore wind farm on Monday, a project of 40 turbines that officials say will power a third of its homes.",
  "[ad_1]",
  "The council's energy director, Maria Lopez, said the turbines were built in two years and cost 1.2 billion dollars, most of it paid by a regional development fund.",
  "Fishing groups had opposed the project for a decade, saying the turbines would close grounds used by local boats, but they agreed to a compensation scheme in March.",
  "ADD A COMMENT",
  "A second wind farm further along the coast is planned for 2030, and the council said talks with",
].join("\n");

test("a real paste: the right headline under the clutter, every removal struck through with its reason, the headline and date corrected and carried into the quiz", async ({
  page,
}) => {
  await signUp(page, "teacher", "Paste Teacher");
  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(widePaste);
  await page.getByRole("button", { name: "Clean and preview" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour city opens its first offshore wind farm");
  await expect(page.getByTestId("title-origin")).toContainText("Taken from this line of the paste:");
  const removed = page.getByTestId("removed-passage");
  const expected: [string, string][] = [
    ["Off the wire", "Ticker or list of other headlines"],
    ["Markets slide as oil falls", "Ticker or list of other headlines"],
    ["You are here: Home", "Breadcrumb or section path"],
    ["Harbour city opens its first offshore wind farm", "The headline (shown as the title)"],
    ["[ad_1]", "Advertisement or ad marker"],
    ["ADD A COMMENT", "Comment prompt or read counter"],
  ];
  await expect(removed).toHaveCount(expected.length);
  for (const [text, label] of expected) {
    const passage = removed.filter({ hasText: text });
    await expect(passage.locator("del")).toBeVisible();
    await expect(passage).toContainText(`Removed: ${label}`);
  }
  // The dateline and the unfinished last sentence stay, marked as not asked about.
  await expect(page.getByTestId("marked-dateline")).toContainText("PORTMORE, Aug. 3 (UPI) --");
  await expect(page.getByTestId("marked-cut-off")).toContainText("the council said talks with");
  await expect(page.getByTestId("dateline-place")).toHaveText("Portmore");
  // The dateline gives the day but no year: the date is asked for.
  await expect(page.getByLabel("Published on")).toHaveValue("");
  await expect(page.getByTestId("date-origin")).toContainText("gives 3 August but no year");

  await page.screenshot({ path: "test-results/article-preview-paste.png", fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );

  // A headline left empty is refused in plain words; then the person corrects both.
  await page.getByLabel("Headline", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save headline and date" }).click();
  await expect(page.getByTestId("title-error")).toHaveText(/Enter the article's headline/);
  await page.getByLabel("Headline", { exact: true }).fill("Portmore switches on its first offshore wind farm");
  await page.getByLabel("Published on").fill("2023-08-03");
  await page.getByRole("button", { name: "Save headline and date" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portmore switches on its first offshore wind farm");
  await expect(page.getByTestId("title-origin")).toHaveText("Corrected by you.");
  await expect(page.getByText("3 August 2023").first()).toBeVisible();

  await page.getByLabel("Number of questions").fill("5");
  await page.getByRole("button", { name: "Make a quiz from this" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/.+/, { timeout: 20_000 });
  // The set is titled by its topic (no answers in it); it names the corrected headline and date as its source.
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/offshore wind farm/);
  await expect(page.getByText("From “Portmore switches on its first offshore wind farm”")).toBeVisible();
  await expect(page.getByText("3 August 2023").first()).toBeVisible();
});
