/**
 * Requests no page of ours sends, refused before Next.js routes them, with a sentence instead of
 * Next's bare "Internal Server Error": web addresses that do not decode (a stray "%", half a UTF-8
 * character) or hold a NUL byte, and server-action calls whose body is not what React's client
 * encodes. Used by proxy.ts. Pure: a Request in, a Response or null out.
 */
const RELOAD = "Reload the page and try again.";
// next.config.js allows server-action bodies up to 3 MB (uploads of 2 MB and the form around them).
const MAX_ACTION_BYTES = 3 * 1024 * 1024;

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function decodesCleanly(part: string): boolean {
  try {
    return !decodeURIComponent(part).includes("\u0000");
  } catch {
    return false;
  }
}

// Values React encodes with a leading "$" that are not references into other parts.
const SCALAR = /^\$(?:undefined|NaN|Infinity|-Infinity|-0|n-?\d+|D.*|\$.*)$/;

function references(value: unknown, found: string[], depth = 0): string[] {
  if (depth > 200) return found;
  if (typeof value === "string") {
    if (value.startsWith("$") && !SCALAR.test(value)) found.push(value);
  } else if (Array.isArray(value)) value.forEach((item) => references(item, found, depth + 1));
  else if (value && typeof value === "object")
    Object.values(value).forEach((item) => references(item, found, depth + 1));
  return found;
}

function rootArguments(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

async function multipartFramingProblem(request: Request, type: string): Promise<string | null> {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const delimiter = boundary ? `--${boundary[1] ?? boundary[2]}` : null;
  if (!delimiter) return "a form without a boundary";
  const body = await request.clone().text();
  if (!body.startsWith(delimiter) || !body.trimEnd().endsWith(`${delimiter}--`)) return "a broken form";
  return null;
}

async function actionBodyProblem(request: Request): Promise<string | null> {
  const type = request.headers.get("content-type") ?? "";
  // Multipart bodies (forms, uploads) are only checked for their framing: parsing their fields here refused
  // real browser forms. A browser's body starts with the boundary and ends with the closing one (RFC 7578);
  // one that does not makes Next.js answer with a bare error.
  if (type.startsWith("multipart/form-data")) return multipartFramingProblem(request, type);
  if (type.startsWith("text/plain") || type === "") {
    const args = rootArguments(await request.clone().text());
    if (!args) return "not an argument list";
    // A plain-text body is a single part: nothing in it may point at another.
    return references(args, []).length ? "reference to a missing part" : null;
  }
  return "unexpected content type";
}

export async function refuseMalformedRequest(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const raw = request.url.slice(url.origin.length);
  const [path = "", query = ""] = raw.split("?", 2);
  if (
    !path.split("/").every(decodesCleanly) ||
    !query.split(/[&=]/).every((part) => decodesCleanly(part.replaceAll("+", " ")))
  )
    return refusal(
      400,
      `That web address is not valid: it has a broken or forbidden character. Check the link or go to the home page.`,
    );
  if (request.method === "POST" && request.headers.has("next-action")) {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BYTES)
      return refusal(413, "That is too much to send at once: files up to 2 MB can be uploaded. Choose a smaller file.");
    const problem = await actionBodyProblem(request);
    if (problem) return refusal(400, `That request was not one this page sends (${problem}). ${RELOAD}`);
  }
  return null;
}
