import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { DEMO_STUDENT, DEMO_TEACHER, signIn } from "./helpers";

type HeaderMap = Record<string, string>;

/** What every response must carry, whatever it is: a page, a download, a stream, a script, an error. */
function expectSecurityHeaders(what: string, headers: HeaderMap): void {
  const policy = headers["content-security-policy"] ?? "";
  const directives = new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values] as const),
  );
  expect(directives.get("script-src"), `${what}: script-src`).toEqual(
    expect.arrayContaining(["'strict-dynamic'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}==/)]),
  );
  expect(policy, `${what}: no eval or inline scripts`).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(directives.get("object-src"), `${what}: object-src`).toEqual(["'none'"]);
  expect(directives.get("base-uri"), `${what}: base-uri`).toEqual(["'self'"]);
  expect(directives.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(directives.get("form-action"), `${what}: form-action`).toEqual(["'self'"]);
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"])
    expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain(feature);
  // Plain http here: HSTS would be ignored by browsers and is only sent over https.
  expect(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
}

function nonceOf(response: APIResponse): string {
  return /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
}

/** The response headers of a Server-Sent-Event stream, read in the page and then hung up. */
async function streamHeaders(page: Page, url: string): Promise<{ status: number; headers: HeaderMap }> {
  return page.evaluate(async (address) => {
    const controller = new AbortController();
    const response = await fetch(address, { signal: controller.signal });
    const headers = Object.fromEntries(response.headers.entries());
    controller.abort();
    return { status: response.status, headers };
  }, url);
}

test("every kind of response carries the security headers, with a fresh nonce per page", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const anonymous = page.request;

  // Pages, signed out: the start page twice (the nonce must differ), sign-in, and a 404.
  const start = await anonymous.get("/");
  expect(start.status()).toBe(200);
  expectSecurityHeaders("start page", start.headers());
  const again = await anonymous.get("/");
  expect(nonceOf(again)).not.toBe(nonceOf(start));
  // The page's own scripts carry the nonce of its header, so Next's inline scripts run.
  const html = await again.text();
  expect(html).toContain(`nonce="${nonceOf(again)}"`);
  expectSecurityHeaders("sign-in page", (await anonymous.get("/sign-in")).headers());
  const missing = await anonymous.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders("404 page", missing.headers());

  // A static script and stylesheet the page loads.
  const assets = [...html.matchAll(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g)].map((match) => match[0]);
  expect(assets.some((asset) => asset.endsWith(".js"))).toBe(true);
  expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);
  for (const asset of [assets.find((a) => a.endsWith(".js"))!, assets.find((a) => a.endsWith(".css"))!]) {
    const response = await anonymous.get(asset);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(`static ${asset}`, response.headers());
  }
  const missingAsset = await anonymous.get("/_next/static/chunks/no-such-chunk.js");
  expect(missingAsset.status()).toBe(404);
  expectSecurityHeaders("missing static file", missingAsset.headers());

  // API routes: health, Auth.js, and a route refused to a signed-out visitor.
  expectSecurityHeaders("health API", (await anonymous.get("/api/health")).headers());
  expectSecurityHeaders("Auth.js session API", (await anonymous.get("/api/auth/session")).headers());
  expectSecurityHeaders("Auth.js CSRF API", (await anonymous.get("/api/auth/csrf")).headers());
  const refusedStream = await anonymous.get("/api/live/no-such-game/events");
  expect(refusedStream.status()).toBeGreaterThanOrEqual(400);
  expectSecurityHeaders("refused event stream", refusedStream.headers());

  // Signed in as the teacher: a download, a print view, and the live game's event stream.
  await signIn(page, DEMO_TEACHER);
  await page.goto("/teacher");
  const setLink = page.getByTestId("quiz-card").filter({ hasText: "China, Russia" }).first().getByRole("link").first();
  const setPath = (await setLink.getAttribute("href"))!.replace(/#.*$/, "");
  for (const format of ["json", "qti", "csv"]) {
    const download = await page.request.get(`${setPath}/export/${format}`);
    expect(download.status(), `${format} export`).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
    expectSecurityHeaders(`${format} download`, download.headers());
  }
  expectSecurityHeaders("print view", (await page.request.get(`${setPath}/print`)).headers());

  await page.goto(setPath);
  await page.getByRole("form", { name: "Run this set live" }).getByRole("button", { name: "Run live" }).click();
  await expect(page).toHaveURL(/\/teacher\/live\/.+/);
  const gameId = page.url().split("/").pop()!;
  const stream = await streamHeaders(page, `/api/live/${gameId}/events`);
  expect(stream.status).toBe(200);
  expect(stream.headers["content-type"]).toMatch(/^text\/event-stream/);
  expectSecurityHeaders("live event stream", stream.headers);

  // A learner on a teacher page: the 403 page.
  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, DEMO_STUDENT);
  const forbidden = await learner.request.get("/teacher");
  expect(forbidden.status()).toBe(403);
  expectSecurityHeaders("403 page", forbidden.headers());

  // A server action's reply (a wrong class code, refused in words) carries them too.
  await learner.goto("/join");
  await learner.getByLabel("Class code").fill("ZZZZZ-ZZZZZ");
  const [actionReply] = await Promise.all([
    learner.waitForResponse((response) => response.request().method() === "POST"),
    learner.getByRole("button", { name: "Join class" }).click(),
  ]);
  expect(actionReply.request().headers()["next-action"]).toBeTruthy();
  expectSecurityHeaders("server action reply", await actionReply.allHeaders());
});

test("the session cookie is HttpOnly and SameSite=Lax (Secure is added under https)", async ({ page, context }) => {
  await signIn(page, DEMO_STUDENT);
  const session = (await context.cookies()).find((cookie) => /authjs\.session-token$/.test(cookie.name));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
