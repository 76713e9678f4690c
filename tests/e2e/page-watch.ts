import { expect, type BrowserContext, type Page } from "@playwright/test";

/**
 * Watches a browser context for what a user (or an attacker) would notice: Content-Security-Policy
 * violations, console errors, uncaught page errors and dialogs. Survives navigations.
 */
export interface PageWatch {
  violations: string[];
  consoleErrors: string[];
  dialogs: string[];
}

export async function watchContext(context: BrowserContext): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], consoleErrors: [], dialogs: [] };
  await context.exposeBinding("__reportViolation", (_source, text: string) => void watch.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    // A deliberate visit to a 404 or 403 page logs its own status; anything else is a real error.
    if (/Failed to load resource: the server responded with a status of 40[34]/.test(text)) return;
    watch.consoleErrors.push(`${message.page()?.url() ?? ""}: ${text}`);
  });
  context.on("weberror", (error) => void watch.consoleErrors.push(`uncaught: ${error.error().message}`));
  context.on("dialog", (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watch;
}

export function expectClean(watch: PageWatch): void {
  expect(watch.violations, "Content-Security-Policy violations").toEqual([]);
  expect(watch.consoleErrors, "console errors").toEqual([]);
  expect(watch.dialogs, "dialogs").toEqual([]);
}

/** No injected markup became an element, no injected script ran. */
export async function expectNoInjection(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
    elements: [
      ...document.querySelectorAll(
        'img[src="x"], svg[onload], iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript:" i]',
      ),
    ].map((element) => element.outerHTML.slice(0, 120)),
    scripts: [...document.scripts].filter((script) => /__xss/.test(script.text) && !script.nonce).length,
  }));
  expect(found, `injection on ${page.url()}`).toEqual({ flag: null, elements: [], scripts: 0 });
}
