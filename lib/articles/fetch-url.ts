import { lookup as dnsLookup } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { Agent, fetch, type Response } from "undici";
import { IngestError, LIMITS } from "./ingest";

/**
 * Fetches an article page for the server without letting a user aim the server at itself or its
 * network (SSRF): http(s) only; every address a name resolves to is checked, at connect time so a
 * DNS answer cannot change between check and use; every redirect is checked again (5 at most);
 * 10 s and 2 MB at most; text/html or text/plain only.
 */
export interface FetchOptions {
  /** Tests only: also allow loopback addresses (127.0.0.0/8, ::1). Everything else stays refused. */
  allowLoopback?: boolean;
  timeoutMs?: number;
}

export interface FetchedPage {
  url: string;
  contentType: "text/html" | "text/plain";
  body: string;
}

const MAX_REDIRECTS = 5;
const PUBLIC_RANGES = new Set(["unicast"]);

export class FetchRefusedError extends IngestError {}

export function isAllowedAddress(address: string, allowLoopback = false): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (allowLoopback && range === "loopback") return true;
  // ipaddr's "unicast" is what is left after private, loopback, link-local (incl. 169.254.169.254
  // metadata), multicast, unique-local (fc00::/7), reserved, carrier-grade NAT and the like.
  return PUBLIC_RANGES.has(range);
}

function refusedAddress(host: string): FetchRefusedError {
  return new FetchRefusedError(
    "no-article",
    `Quizwire cannot fetch ${host}: it points to a private or local network address. Give a public web address.`,
  );
}

export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as unknown as { address: string; family: number }[];
      const bad = list.find((entry) => !isAllowedAddress(entry.address, allowLoopback));
      if (bad || list.length === 0) return callback(refusedAddress(hostname), "", 4);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function checkUrl(raw: string, allowLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusedError("no-article", "That is not a web address. It should start with https://");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError(
      "no-article",
      `Quizwire only fetches http and https pages, not ${url.protocol.replace(":", "")} links.`,
    );
  }
  if (url.username || url.password)
    throw new FetchRefusedError("no-article", "Web addresses with a user name or password cannot be fetched.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !isAllowedAddress(host, allowLoopback)) throw refusedAddress(url.hostname);
  if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host) && !allowLoopback) throw refusedAddress(url.hostname);
  return url;
}

export async function fetchArticlePage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const allowLoopback = options.allowLoopback ?? false;
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(allowLoopback) } });
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  try {
    let url = checkUrl(raw.trim(), allowLoopback);
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        dispatcher,
        signal,
        redirect: "manual",
        headers: { accept: "text/html,text/plain;q=0.9", "user-agent": "QuizwireBot/1.0 (+article import)" },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        await response.body?.cancel();
        if (redirects >= MAX_REDIRECTS)
          throw new FetchRefusedError(
            "no-article",
            "That page redirects too many times. Open it in your browser and paste its final address.",
          );
        url = checkUrl(new URL(response.headers.get("location")!, url).toString(), allowLoopback);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchRefusedError(
          "no-article",
          `The site answered "${response.status} ${response.statusText || "error"}" for that page. ` +
            "Check the address, or paste the article's text.",
        );
      }
      const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "text/html" && type !== "text/plain" && type !== "application/xhtml+xml") {
        await response.body?.cancel();
        throw new FetchRefusedError(
          "no-article",
          `That link is not a web page (it is ${type || "of an unknown type"}). ` +
            "Link to the article's page, or upload the file.",
        );
      }
      return {
        url: url.toString(),
        contentType: type === "text/plain" ? "text/plain" : "text/html",
        body: await readCapped(response.body),
      };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof IngestError) throw cause;
    if ((error as Error).name === "TimeoutError" || (error as Error).name === "AbortError") {
      throw new FetchRefusedError(
        "no-article",
        "That site took longer than 10 seconds to answer. Try again later, or paste the article's text.",
      );
    }
    const code = (cause as { code?: string } | undefined)?.code;
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
      throw new FetchRefusedError("no-article", "That web address does not exist. Check it for typos.");
    throw new FetchRefusedError(
      "no-article",
      "Quizwire could not reach that page. Check the address, or paste the article's text.",
    );
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}

async function readCapped(body: Response["body"]): Promise<string> {
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    size += chunk.byteLength;
    if (size > LIMITS.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchRefusedError(
        "too-large",
        "That page is larger than 2 MB, which is more than any article needs. Paste the article's text instead.",
      );
    }
    chunks.push(chunk);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
