import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { UserError } from "@/lib/dal/errors";
import { requireTeacher, requireViewer, requireViewerId, withViewer, type Viewer } from "@/lib/dal/viewer";
import { logError } from "@/lib/log";
import { UNSAFE_TEXT_MESSAGE, fieldWithUnsafeText } from "@/lib/validation/messages";

/**
 * Every server action goes through `action` or `authedAction`: input parsed with zod, the viewer
 * loaded and checked, user mistakes returned as plain words, anything else logged and answered
 * with a generic sentence (never a stack trace).
 */
export type FieldErrors = Record<string, string>;

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

type Input = FormData | Record<string, unknown> | undefined;

const RELOAD = "Reload the page and try again.";
const GENERIC_ERROR = "Something went wrong on our side. Your input is kept; please try again.";

function toObject(input: Input): Record<string, unknown> {
  if (input instanceof FormData) {
    const object: Record<string, unknown> = {};
    // Repeated names (a group of checkboxes) become arrays.
    for (const key of new Set(input.keys())) {
      const values = input.getAll(key);
      object[key] = values.length > 1 ? values : values[0];
    }
    return object;
  }
  return input ?? {};
}

/** What the person typed, minus secrets, so a form can show it again after an error. */
function echo(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([key, value]) => typeof value === "string" && !/password|secret|token/i.test(key) && !key.startsWith("$"),
    ),
  ) as Record<string, string>;
}

async function run<S extends z.ZodType, T>(
  schema: S,
  input: Input,
  handler: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const raw = toObject(input);
  const unsafe = fieldWithUnsafeText(raw);
  if (unsafe !== null) {
    return { ok: false, error: UNSAFE_TEXT_MESSAGE, fieldErrors: { [unsafe]: UNSAFE_TEXT_MESSAGE }, values: echo(raw) };
  }
  let parsed: z.ZodSafeParseResult<z.infer<S>>;
  try {
    parsed = schema.safeParse(raw);
  } catch (error) {
    // A check that trips over input no form sends: refuse it, and log it to be fixed.
    logError("server action input check failed", error);
    return { ok: false, error: `That request was not one this page sends. ${RELOAD}` };
  }
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "form";
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, error: "Please fix the highlighted fields.", fieldErrors, values: echo(raw) };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserError) {
      return {
        ok: false,
        error: error.message,
        fieldErrors: error.field ? { [error.field]: error.message } : undefined,
        values: echo(raw),
      };
    }
    logError("server action failed", error);
    return { ok: false, error: GENERIC_ERROR, values: echo(raw) };
  }
}

/** An action anyone may call (sign-up, sign-in). */
export function action<S extends z.ZodType, T>(schema: S, handler: (data: z.infer<S>) => Promise<T>) {
  return async (_previous: unknown, input: Input) => run(schema, input, handler);
}

/**
 * How an action checks its caller: `role: "teacher"` also refuses learners; `account: "in-query"` reads only
 * the session's user id, for a hot path whose DAL query has that id in its `where` on a row deleted with the
 * account (answering: the attempt), so it proves the account itself and a separate account read is saved.
 */
type CallerCheck = { role?: "teacher"; account?: never } | { account: "in-query"; role?: never };

/**
 * An action for signed-in people. The caller is checked before the input is even read, so a refusal says
 * nothing about what the action would accept.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<T>,
  options?: { role?: "teacher" },
): (previous: unknown, input: Input) => Promise<ActionResult<T>>;
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (data: z.infer<S>) => Promise<T>,
  options: { account: "in-query" },
): (previous: unknown, input: Input) => Promise<ActionResult<T>>;
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<T>,
  options: CallerCheck = {},
) {
  return async (_previous: unknown, input: Input): Promise<ActionResult<T>> => {
    let viewer: Viewer | string;
    try {
      viewer =
        options.account === "in-query"
          ? await requireViewerId()
          : options.role === "teacher"
            ? await requireTeacher()
            : await requireViewer();
    } catch (error) {
      // What was typed comes back, so signing in again in another tab loses nothing.
      const values = echo(toObject(input));
      if (error instanceof UserError) return { ok: false, error: error.message, values };
      logError("server action failed", error);
      return { ok: false, error: GENERIC_ERROR, values };
    }
    const caller = viewer;
    return withViewer(caller, () =>
      run(schema, input, (data) =>
        // With only the session's id (`account: "in-query"`), the handler takes no viewer (see the overloads).
        typeof caller === "string" ? (handler as (data: z.infer<S>) => Promise<T>)(data) : handler(data, caller),
      ),
    );
  };
}
