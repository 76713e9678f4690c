import { expect, type Page } from "@playwright/test";

/**
 * The demo quiz played in Chromium by a learner who has never seen it, one question at a time, with
 * every page, RSC payload and action reply kept with the question it arrived during. A reply may carry
 * a question's explanation or key only if it answers that question's submission (or a later one's).
 */
export interface DemoKey {
  prompt: string;
  explanation: string;
  acceptedAnswers: string[];
  correct: string | null;
}

interface Captured {
  question: number;
  submitting: boolean;
  url: string;
  body: string;
}

const KEY_FIELDS = /"(?:isCorrect|correctChoiceId|acceptedAnswers|correctAnswers|correct)":/;

/**
 * Keeps every reply's body with the question it arrived during. Chromium drops the bodies of streamed
 * replies (RSC payloads, action results) before they can be read from a "response" event, so every
 * request is fetched here, its body kept, and then handed to the page unchanged.
 */
export async function capture(page: Page, state: { question: number; submitting: boolean }): Promise<() => Captured[]> {
  const captured: Captured[] = [];
  await page.route("**/*", async (route) => {
    if (route.request().url().includes("/_next/static/")) return route.continue();
    const at = { ...state };
    const response = await route.fetch({ maxRedirects: 0 });
    const body = await response.text();
    const type = response.headers()["content-type"] ?? "";
    if (/text\/html|text\/x-component|application\/json|text\/plain/.test(type))
      captured.push({ ...at, url: route.request().url(), body });
    await route.fulfill({ response, body });
  });
  return () => captured;
}

/** Answers the question on screen: the first choice by keyboard, or a typed guess. */
export async function answerCurrent(page: Page): Promise<void> {
  const choices = page.locator("fieldset label");
  if ((await choices.count()) > 0) await page.keyboard.press("1");
  else {
    await page.keyboard.press("Tab");
    await page.keyboard.type("a guess");
  }
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toBeVisible({ timeout: 30_000 });
}

/** The leaks: a reply holding the key of a question not yet answered when it arrived. */
export function keyLeaks(captured: Captured[], order: DemoKey[]): string[] {
  const leaks: string[] = [];
  for (const reply of captured) {
    // While question n is submitted, its own key may come back; never a later one's.
    const firstSecret = reply.submitting ? reply.question + 1 : reply.question;
    for (const [index, key] of order.entries()) {
      if (index < firstSecret) continue;
      const secrets = [key.explanation, ...key.acceptedAnswers];
      for (const secret of secrets)
        if (reply.body.includes(secret)) leaks.push(`${reply.url} (during question ${reply.question + 1}): ${secret}`);
    }
    // Before the first answer, no reply carries a correctness field at all.
    if (reply.question === 0 && !reply.submitting && KEY_FIELDS.test(reply.body))
      leaks.push(`${reply.url}: a key field before answering`);
  }
  return leaks;
}
