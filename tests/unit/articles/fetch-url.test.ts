import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticlePage, guardedLookup, isAllowedAddress } from "@/lib/articles/fetch-url";
import { importArticleFromUrl } from "@/lib/articles/import-url";

// A local server stands in for the web; only loopback traffic, and only where loopback is allowed.
const paragraphs = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>The port authority said on Monday that container traffic at berth ${i + 1} rose 12 percent in the first quarter, the fastest growth in a decade, as new shipping lanes opened.</p>`,
).join("");
let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? "");
    const url = request.url ?? "/";
    if (url === "/article") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(
        `<html lang="en"><head><title>Port traffic up | Harbour News</title></head><body><article>${paragraphs}</article></body></html>`,
      );
    } else if (url === "/to-metadata") {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    } else if (url === "/to-private") {
      response.writeHead(301, { location: "http://10.0.0.5/admin" }).end();
    } else if (url.startsWith("/loop")) {
      response.writeHead(302, { location: `/loop${Number(url.slice(5) || 0) + 1}` }).end();
    } else if (url === "/slow") {
      // never answers
    } else if (url === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<p>" + "x".repeat(3 * 1024 * 1024) + "</p>");
    } else if (url === "/image") {
      response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50]));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(url: string, allowLoopback = false, timeoutMs?: number): Promise<string> {
  try {
    await fetchArticlePage(url, { allowLoopback, timeoutMs });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe("which addresses may be fetched", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.9.9.9", "loopback"],
    ["10.1.2.3", "private 10/8"],
    ["172.16.0.1", "private 172.16/12"],
    ["172.31.255.254", "private 172.16/12"],
    ["192.168.1.1", "private 192.168/16"],
    ["169.254.169.254", "link-local / cloud metadata"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["::1", "IPv6 loopback"],
    ["fc00::1", "IPv6 unique local"],
    ["fd12:3456::1", "IPv6 unique local"],
    ["fe80::1", "IPv6 link-local"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
  ])("refuses %s (%s)", (address) => {
    expect(isAllowedAddress(address)).toBe(false);
  });

  it("allows public addresses", () => {
    expect(isAllowedAddress("93.184.216.34")).toBe(true);
    expect(isAllowedAddress("2606:4700:4700::1111")).toBe(true);
  });

  it("lets the test-only setting open loopback and nothing else", () => {
    expect(isAllowedAddress("127.0.0.1", true)).toBe(true);
    expect(isAllowedAddress("::1", true)).toBe(true);
    expect(isAllowedAddress("10.0.0.1", true)).toBe(false);
    expect(isAllowedAddress("169.254.169.254", true)).toBe(false);
  });
});

describe("fetching a link", () => {
  it("refuses every private class of address before connecting", async () => {
    const before = hits.length;
    for (const url of [
      `${base}/article`,
      "http://10.0.0.1/",
      "http://172.16.0.1/",
      "http://192.168.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      `http://[::1]:${new URL(base).port}/article`,
      "http://[fc00::1]/",
      "http://[fe80::1]/",
      `http://localhost:${new URL(base).port}/article`,
    ]) {
      expect(await refusal(url)).toMatch(/private or local network address/);
    }
    expect(hits.length).toBe(before);
  });

  it("checks what a host name resolves to at connect time, not just how it looks", async () => {
    const resolve = (allowLoopback: boolean) =>
      new Promise<string>((done) =>
        guardedLookup(allowLoopback)("localhost", { family: 4 }, (error, address) =>
          done(error ? error.message : String(address)),
        ),
      );
    expect(await resolve(false)).toMatch(/cannot fetch localhost: it points to a private or local network address/);
    expect(await resolve(true)).toBe("127.0.0.1");
  });

  it.each([
    "file:///etc/passwd",
    "ftp://example.org/article.txt",
    "gopher://example.org/1",
    "javascript:alert(1)",
    "data:text/html,<p>x</p>",
  ])("refuses the %s scheme", async (url) => {
    expect(await refusal(url)).toMatch(/only fetches http and https pages/);
  });

  it("re-checks every redirect and refuses one into a private address", async () => {
    expect(await refusal(`${base}/to-metadata`, true)).toMatch(
      /169\.254\.169\.254: it points to a private or local network address/,
    );
    expect(await refusal(`${base}/to-private`, true)).toMatch(
      /10\.0\.0\.5: it points to a private or local network address/,
    );
  });

  it("gives up after 5 redirects", async () => {
    expect(await refusal(`${base}/loop`, true)).toBe(
      "That page redirects too many times. Open it in your browser and paste its final address.",
    );
  });

  it("stops waiting after the timeout", async () => {
    expect(await refusal(`${base}/slow`, true, 300)).toMatch(/took longer than 10 seconds/);
  });

  it("stops reading past 2 MB", async () => {
    expect(await refusal(`${base}/huge`, true)).toMatch(/larger than 2 MB/);
  });

  it("refuses what is not a web page", async () => {
    expect(await refusal(`${base}/image`, true)).toMatch(/not a web page \(it is image\/png\)/);
    expect(await refusal(`${base}/missing`, true)).toMatch(/answered "404/);
  });

  it("imports a public page into a clean article", async () => {
    const article = await importArticleFromUrl(`${base}/article`, { allowLoopback: true });
    expect(article.title).toBe("Port traffic up");
    expect(article.url).toBe(`${base}/article`);
    expect(article.text.split("\n\n")).toHaveLength(8);
  });
});
