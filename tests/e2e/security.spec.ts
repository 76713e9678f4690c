import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { answerCurrent, capture, keyLeaks } from "./security/answer-keys";
import { emptyTally, loadCorpus, sendFree, sendRefused, unwantedChanges, type Context } from "./security/bad-inputs";
import { appRoutes, serverActions } from "./security/inventory";
import { ACTIONS, PAGES } from "./security/matrix";
import { actionCell, pageCell, rolesOf, type Cell } from "./security/matrix-run";
import {
  ORIGIN,
  actionIds,
  createWorld,
  fingerprint,
  sessionCookies,
  sessionToken,
  startServer,
  type Server,
} from "./security/server";
import { worldIds, type Role, type World } from "./security/world";

/**
 * Issue #19's proofs, against a production server of their own on a fresh embedded database: the
 * bad-input corpus (tests/fixtures/bad-inputs) is refused in words with no data changed; every role
 * gets what the matrix says from every page, download and action, and sees nothing not theirs; a
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
  const value = await sessionToken(world.users.player, "STUDENT");
  await page.context().addCookies([{ name: "authjs.session-token", value, url: ORIGIN }]);
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

test("authorization matrix: every role × every page, download and action; no leaks", async () => {
  server ??= await startServer("matrix");
  expect(appRoutes(), "a page or route without a row in tests/e2e/security/matrix.ts").toEqual(
    Object.keys(PAGES).sort(),
  );
  expect(serverActions(), "a server action without a row in tests/e2e/security/matrix.ts").toEqual(
    Object.keys(ACTIONS).sort(),
  );
  const cells: Cell[] = [];
  for (const [pattern, cases] of Object.entries(PAGES))
    for (const { path, method, expect: outcomes } of cases)
      for (const [role, expected] of rolesOf(outcomes))
        cells.push(
          await pageCell(`${pattern} ${path}`, path, role, context.cookies[role], expected, context.ids, method),
        );
  // Learner A and teacher A own what the actions aim at: they go last, so their changes cannot
  // turn another role's refusal into something else.
  const order: Role[] = ["anonymous", "learnerB", "teacherB", "learnerA", "teacherA"];
  for (const role of order)
    for (const [name, { input, expect: outcomes }] of Object.entries(ACTIONS)) {
      const expected = rolesOf(outcomes).find(([cellRole]) => cellRole === role)![1];
      const id = context.actions.get(name)!;
      cells.push(await actionCell(name, id, input, role, context.cookies[role], expected, context.ids));
    }
  await writeFile(".data/e2e/security/matrix-report.json", JSON.stringify(cells, null, 1));
  const wrong = cells.filter((cell) => cell.got !== cell.expected);
  const leaks = cells.flatMap((cell) => cell.leaks.map((words) => `${cell.row} as ${cell.role}: ${words}`));
  console.log(
    `\n  matrix cells checked: ${cells.length} (${appRoutes().length} pages and routes, ` +
      `${serverActions().length} actions, 5 roles), ` +
      `outcomes not as expected: ${wrong.length}, leaks: ${leaks.length}\n`,
  );
  expect(wrong.map((cell) => `${cell.row} as ${cell.role}: expected ${cell.expected}, got ${cell.got}`)).toEqual([]);
  expect(leaks).toEqual([]);
});
