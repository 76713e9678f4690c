import { expect, type Page, type Response } from "@playwright/test";

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
 * Keeps every reply's body with the question it arrived during. Reading a body is asynchronous, so the
 * returned function waits for every body read so far before handing the list over.
 */
export function capture(page: Page, state: { question: number; submitting: boolean }): () => Promise<Captured[]> {
  const reads: Promise<Captured | null>[] = [];
  page.on("response", (response: Response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/text\/html|text\/x-component|application\/json|text\/plain/.test(type)) return;
    const at = { ...state };
    reads.push(
      response.text().then(
        (body) => ({ ...at, url: response.url(), body }),
        () => null, // redirects and aborted requests have no body
      ),
    );
  });
  return async () => (await Promise.all(reads)).filter((reply): reply is Captured => reply !== null);
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
