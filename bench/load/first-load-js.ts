import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../playwright.config";

/**
 * First-load JavaScript per route, as a browser with an empty cache receives it: the scripts the page's
 * HTML names, counted in bytes on the wire (the gzip-encoded body; headers not counted). Scripts the page
 * fetches later, when it shows something that needs them (a chart), are counted apart as "on demand",
 * until the network is idle. Each route gets a fresh browser context, so nothing is served from cache.
 */
export interface RouteToMeasure {
  name: string;
  path: string;
  /** Session cookies for a signed-in route; none for a public one. */
  cookies?: Parameters<BrowserContext["addCookies"]>[0];
}

export interface FirstLoadJs {
  name: string;
  path: string;
  scripts: number;
  /** Gzip bytes on the wire of the scripts the HTML names. */
  bytes: number;
  /** The same scripts uncompressed. */
  rawBytes: number;
  /** Gzip bytes of scripts loaded afterwards, on demand. */
  onDemandBytes: number;
}

async function measureRoute(browser: Browser, baseUrl: string, route: RouteToMeasure): Promise<FirstLoadJs> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    if (route.cookies) await context.addCookies(route.cookies);
    const page = await context.newPage();
    const pending: Promise<{ path: string; bytes: number; rawBytes: number }>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      pending.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          return { path: new URL(request.url()).pathname, bytes: sizes.responseBodySize, rawBytes: body.length };
        })(),
      );
    });
    const response = await page.goto(route.path, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${route.path} answered ${response?.status()} in the browser`);
    const finalPath = new URL(page.url()).pathname;
    if (finalPath !== new URL(route.path, baseUrl).pathname)
      throw new Error(`${route.path} redirected the browser to ${finalPath}`);
    const html = await response.text();
    const sizes = await Promise.all(pending);
    const first = sizes.filter((size) => html.includes(size.path));
    const sum = (list: typeof sizes, key: "bytes" | "rawBytes") => list.reduce((total, size) => total + size[key], 0);
    return {
      name: route.name,
      path: route.path,
      scripts: first.length,
      bytes: sum(first, "bytes"),
      rawBytes: sum(first, "rawBytes"),
      onDemandBytes: sum(sizes, "bytes") - sum(first, "bytes"),
    };
  } finally {
    await context.close();
  }
}

export async function measureFirstLoadJs(baseUrl: string, routes: RouteToMeasure[]): Promise<FirstLoadJs[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const results: FirstLoadJs[] = [];
    for (const route of routes) results.push(await measureRoute(browser, baseUrl, route));
    return results;
  } finally {
    await browser.close();
  }
}
