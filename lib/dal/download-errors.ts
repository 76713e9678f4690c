import "server-only";
import { ForbiddenError, NotAuthorizedError, NotFoundError } from "./errors";

/**
 * For download routes: signed out → sent to sign in and back to the download, as pages do; not theirs
 * (or not a teacher) → 404, never confirming it exists; anything else rethrown.
 */
export function downloadRefusal(error: unknown, what: string, request: Request): Response {
  if (error instanceof NotAuthorizedError) {
    const { pathname, search } = new URL(request.url);
    const location = `/sign-in?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return new Response("Please sign in to download this.", { status: 307, headers: { location } });
  }
  if (error instanceof NotFoundError || error instanceof ForbiddenError)
    return new Response(`${what} were not found.`, { status: 404 });
  throw error;
}
