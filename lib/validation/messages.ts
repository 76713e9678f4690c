import { z } from "zod";

/**
 * Plain words for every check a schema did not word itself (zod's own read "Too big: expected string
 * to have <=64 characters"). Mostly hidden fields a person never typed in, such as ids, so the advice
 * is to reload. Imported once by the server-action wrapper.
 */
const RELOAD = "Reload the page and try again.";

function sizeMessage(issue: { origin?: string; maximum?: unknown; minimum?: unknown }, big: boolean): string {
  const limit = Number(big ? issue.maximum : issue.minimum);
  if (issue.origin === "string")
    return big
      ? `Keep this under ${limit.toLocaleString("en")} characters.`
      : limit <= 1
        ? "This cannot be empty."
        : `Use at least ${limit.toLocaleString("en")} characters.`;
  if (issue.origin === "array" || issue.origin === "set")
    return big ? `Choose at most ${limit.toLocaleString("en")}.` : `Choose at least ${limit.toLocaleString("en")}.`;
  if (issue.origin === "file") return big ? "That file is too large." : "That file is empty.";
  return big ? `Use a number no bigger than ${limit.toLocaleString("en")}.` : `Use a number of at least ${limit}.`;
}

export function plainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `A part of the form is missing. ${RELOAD}`
        : `A part of the form has the wrong kind of value. ${RELOAD}`;
    case "too_big":
      return sizeMessage(issue, true);
    case "too_small":
      return sizeMessage(issue, false);
    case "invalid_value":
      return `Choose one of the options offered. ${RELOAD}`;
    case "invalid_format":
      return "This is not in the format we expected.";
    case "not_multiple_of":
      return "Use a whole number.";
    default:
      return `A part of the form holds a value we cannot use. ${RELOAD}`;
  }
}

z.config({ customError: plainMessage });

/** NUL bytes cannot be stored, and a lone surrogate is half a character: text holding either is refused. */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first field (dotted path) whose text, at any depth, holds what cannot be stored. */
export function fieldWithUnsafeText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return UNSAFE_TEXT.test(value) ? path.join(".") || "form" : null;
  if (depth > 8 || value === null || typeof value !== "object" || value instanceof Blob) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = fieldWithUnsafeText(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export const UNSAFE_TEXT_MESSAGE =
  "This holds invisible characters that cannot be saved (such as a NUL byte or half an emoji). " +
  "Type it again rather than pasting it.";
