import { ORIGIN } from "./server";

/**
 * Sending requests to the security test server as a browser (or an attacker) would, and judging the
 * replies: a 5xx, a stack trace, or a refusal without plain words is a failure.
 */
export interface Reply {
  status: number;
  body: string;
  contentType: string;
  location: string;
  /** For server actions: the ActionResult in the RSC stream, or the redirect the action asked for. */
  result?: { ok: boolean; error?: string; fieldErrors?: Record<string, string> };
}

const STREAM_LIMIT_MS = 4000;

async function readBody(response: Response): Promise<string> {
  if (!response.body) return "";
  // Event streams never end: keep what arrives in the first seconds.
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + STREAM_LIMIT_MS;
  for (;;) {
    const left = deadline - Date.now();
    const next = await Promise.race([
      reader.read(),
      new Promise<"late">((resolve) => setTimeout(() => resolve("late"), Math.max(left, 0))),
    ]);
    if (next === "late") {
      await reader.cancel().catch(() => undefined);
      return text;
    }
    if (next.done) return text + decoder.decode();
    text += decoder.decode(next.value, { stream: true });
  }
}

export async function send(
  path: string,
  init: { method?: string; cookie?: string; headers?: Record<string, string>; body?: BodyInit },
): Promise<Reply> {
  let response: Response;
  try {
    response = await fetch(`${ORIGIN}${path}`, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: { origin: ORIGIN, ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
      body: init.body,
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    // The server hung up without an answer: for a person, an error page with no words.
    const cause = error instanceof Error ? String((error.cause as Error | undefined)?.message ?? error.message) : "";
    return { status: 0, body: `no reply: ${cause}`, contentType: "", location: "" };
  }
  const body = await readBody(response);
  const reply: Reply = {
    status: response.status,
    body,
    contentType: response.headers.get("content-type") ?? "",
    location: response.headers.get("location") ?? response.headers.get("x-action-redirect") ?? "",
  };
  if (reply.contentType.includes("text/x-component")) reply.result = actionResult(body);
  return reply;
}

/**
 * The ActionResult in an RSC reply: row 1, with long strings moved to text rows ("2:T<hex length>,…",
 * no newline after them) put back in place of their "$2" references.
 */
function actionResult(body: string): Reply["result"] {
  const bytes = Buffer.from(body);
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(58, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString();
    if (bytes[colon + 1] === 84) {
      const comma = bytes.indexOf(44, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, bytes.subarray(comma + 1, comma + 1 + length).toString());
      at = comma + 1 + length;
    } else {
      const end = bytes.indexOf(10, colon);
      rows.set(id, bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString());
      at = end < 0 ? bytes.length : end + 1;
    }
  }
  const row = rows.get("1");
  if (!row?.startsWith('{"ok":')) return undefined;
  try {
    return JSON.parse(row, (_key, value: unknown) =>
      typeof value === "string" && /^\$[0-9a-f]+$/.test(value) && rows.has(value.slice(1))
        ? rows.get(value.slice(1))
        : value === "$undefined"
          ? undefined
          : value,
    ) as Reply["result"];
  } catch {
    return undefined;
  }
}

export function actionHeaders(actionId: string, contentType = "text/plain;charset=UTF-8"): Record<string, string> {
  return { "next-action": actionId, accept: "text/x-component", "content-type": contentType };
}

/** A server action called with a JSON input, as `action(undefined, input)` from a client component. */
export function callAction(actionId: string, cookie: string, input: unknown, path = "/"): Promise<Reply> {
  return send(path, {
    method: "POST",
    cookie,
    headers: actionHeaders(actionId),
    body: JSON.stringify(["$undefined", input]),
  });
}

/** A server action called with a form holding a file, as a `<form action>` with useActionState sends it. */
export function callUpload(
  actionId: string,
  cookie: string,
  file: { name: string; bytes: Uint8Array },
  fields: Record<string, string>,
  path = "/",
): Promise<Reply> {
  const form = new FormData();
  form.append("1_file", new File([new Uint8Array(file.bytes)], file.name));
  for (const [key, value] of Object.entries(fields)) form.append(`1_${key}`, value);
  form.append("0", '["$undefined","$K1"]');
  const headers = actionHeaders(actionId);
  delete headers["content-type"];
  return send(path, { method: "POST", cookie, headers, body: form });
}

const STACK_TRACE = new RegExp(
  [
    String.raw`\n\s+at [^\n]*:\d+:\d+`,
    String.raw`\bat (?:async )?[\w$.<>]+ \([^)\n]*:\d+:\d+\)`,
    String.raw`webpack-internal:|\/node_modules\/|\.next\/server\/|file:\/\/\/`,
  ].join("|"),
);
const JARGON = new RegExp(
  [
    String.raw`Invalid input|expected \w+, received|Too (?:big|small)|Invalid (?:option|string|enum|union)`,
    String.raw`\bRequired\b|\bundefined\b|\bNaN\b|\[object |Error:|Prisma|SQL|ECONN|stack`,
  ].join("|"),
  "i",
);
export const GENERIC_ERROR = "Something went wrong on our side";

/** A sentence a person can act on: starts like a sentence, ends like one, no developer words. */
export function isPlainWords(text: string | undefined): boolean {
  if (!text) return false;
  const trimmed = text.trim();
  return (
    trimmed.length >= 8 &&
    trimmed.length <= 400 &&
    /^[A-Z0-9“"'(]/.test(trimmed) &&
    /\w+ \w+/.test(trimmed) &&
    !JARGON.test(trimmed) &&
    !trimmed.includes(GENERIC_ERROR)
  );
}

function pageWords(body: string): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1] ?? /<title>([\s\S]*?)<\/title>/i.exec(body)?.[1] ?? "";
  return heading.replace(/<[^>]+>/g, "").trim();
}

export interface Verdict {
  fiveXX: boolean;
  stackTrace: boolean;
  /** Empty when the reply says in words what happened; else what is wrong with it. */
  unclear: string;
  accepted: boolean;
}

export function judge(reply: Reply): Verdict {
  const verdict: Verdict = {
    fiveXX: reply.status >= 500 || reply.status === 0,
    stackTrace: STACK_TRACE.test(reply.body),
    unclear: "",
    accepted: false,
  };
  if (reply.result) {
    if (reply.result.ok) verdict.accepted = true;
    else {
      const fields = typeof reply.result.fieldErrors === "object" ? reply.result.fieldErrors : {};
      const messages = [reply.result.error, ...Object.values(fields)];
      const bad = messages.filter((message) => !isPlainWords(message));
      if (bad.length) verdict.unclear = `unclear message(s): ${bad.map((m) => JSON.stringify(m)).join(", ")}`;
    }
    return verdict;
  }
  // A method the route does not have: the standard status and Allow header are the answer.
  if (reply.status === 405) return verdict;
  if (reply.status >= 300 && reply.status < 400) {
    if (!reply.location) verdict.unclear = `HTTP ${reply.status} without a location`;
    return verdict;
  }
  if (reply.location && reply.contentType.includes("text/x-component")) return verdict;
  if (reply.status === 200 && !reply.contentType.includes("text/x-component")) return verdict;
  if (reply.contentType.includes("text/html")) {
    const words = pageWords(reply.body);
    if (!/[a-z]{3,} [a-z]{2,}/i.test(words)) verdict.unclear = `HTTP ${reply.status} page without a heading in words`;
    return verdict;
  }
  const text = reply.body;
  if (!/[a-z]{3,} [a-z]{2,}/i.test(text.slice(0, 400)))
    verdict.unclear =
      `HTTP ${reply.status} ${reply.contentType || "(no type)"}: ` + JSON.stringify(reply.body.slice(0, 120));
  return verdict;
}
