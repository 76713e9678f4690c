import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { answerCurrent, capture, keyLeaks } from "./security/answer-keys";
import { emptyTally, loadCorpus, sendFree, sendRefused, unwantedChanges, type Context } from "./security/bad-inputs";
import {
  ORIGIN,
  actionIds,
  createWorld,
  fingerprint,
  sessionCookies,
  startServer,
  type Server,
} from "./security/server";
import { worldIds, type World } from "./security/world";

/**
 * Issue #19's proofs, against a production server of their own on a fresh embedded database: the
 * bad-input corpus (tests/fixtures/bad-inputs) is refused in words with no data changed; a
 * learner playing a quiz receives no answer key before answering.
 */
test.describe.configure({ mode: "serial", timeout: 600_000 });

let server: Server | undefined;
let context: Context;
let world: World;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  world = await createWorld();
  context = { ids: worldIds(world), cookies: await sessionCookies(world), actions: await actionIds() };
});

test.afterAll(async () => {
  await server?.stop();
});

test("bad inputs: no 5xx, no stack trace, no unwanted change, every refusal in words", async () => {
  const corpus = loadCorpus();
  const tally = emptyTally();
  server = await startServer("bad-inputs");
  const started = Date.now();
  await sendRefused(corpus, context, tally);
  const refusedSeconds = Math.round((Date.now() - started) / 1000);
  await server.stop();
  const changes = unwantedChanges(world.fingerprint, fingerprint());
  server = await startServer("after-bad-inputs");
  await sendFree(corpus, context, tally);

  console.log(
    [
      "",
      `  bad inputs sent: ${tally.sent} (the refused ones in ${refusedSeconds} s)`,
      `  5xx: ${tally.fiveXX.length}`,
      `  stack traces: ${tally.stackTraces.length}`,
      `  unwanted changes: ${changes.length + tally.accepted.length}`,
      `  replies without plain words: ${tally.unclear.length}`,
      "",
    ].join("\n"),
  );
  await writeFile(".data/e2e/security/bad-inputs-report.json", JSON.stringify({ ...tally, changes }, null, 2));
  expect(tally.sent).toBeGreaterThanOrEqual(300);
  expect(tally.fiveXX).toEqual([]);
  expect(tally.stackTraces).toEqual([]);
  expect(changes).toEqual([]);
  expect(tally.accepted).toEqual([]);
  expect(tally.unclear).toEqual([]);
});

test("a learner receives no answer key before answering, in any payload of the play page", async ({ page }) => {
  server ??= await startServer("answer-keys");
  await page
    .context()
    .addCookies([{ name: "authjs.session-token", value: context.cookies.learnerB.split("=")[1]!, url: ORIGIN }]);
  const state = { question: 0, submitting: false };
  const collected = await capture(page, state);
  await page.goto(`${ORIGIN}/quiz/${world.demoSetId}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/play\/.+/, { timeout: 60_000 });
  for (let index = 0; index < world.demoKeys.length; index++) {
    await expect(page.getByText(`Question ${index + 1} of ${world.demoKeys.length}`)).toBeVisible();
    state.submitting = true;
    await answerCurrent(page);
    state.submitting = false;
    state.question = index + 1;
    if (index + 1 < world.demoKeys.length) await page.keyboard.press("Enter");
  }
  await page.waitForLoadState("networkidle");
  const captured = collected();
  const pages = captured.filter((reply) => reply.url.includes("/play/"));
  const leaks = keyLeaks(captured, world.demoKeys);
  console.log(`\n  play-page payloads checked: ${captured.length}, answer keys seen early: ${leaks.length}\n`);
  // The play page itself, plus one action reply per answer at least.
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(captured.length).toBeGreaterThan(world.demoKeys.length);
  expect(leaks).toEqual([]);
});
