import "server-only";
import { ForbiddenError, NotAuthorizedError, NotFoundError } from "./errors";

/** For download routes: signed out → 401, not theirs → 404 (never confirming it exists); anything else rethrown. */
export function downloadRefusal(error: unknown, what: string): Response {
  if (error instanceof NotAuthorizedError) return new Response("Please sign in to download this.", { status: 401 });
  if (error instanceof NotFoundError || error instanceof ForbiddenError)
    return new Response(`${what} were not found.`, { status: 404 });
  throw error;
}
