import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotAuthorizedError } from "./errors";

/** The signed-in person, as read fresh from the database for this request. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  leaderboardOptIn: boolean;
  reviewReminders: boolean;
}

// React's cache() dedupes only while rendering; a server action's wrapper reads the session (and, unless the
// action's own query proves the account, loads the viewer) once and runs the action inside this scope, so the
// DAL functions it calls reuse them.
const actionScope = new AsyncLocalStorage<{ id: string; viewer?: Viewer | null }>();

/** Runs a server action's work with the viewer (or only the session's user id) its wrapper has just read. */
export function withViewer<T>(viewer: Viewer | string, work: () => Promise<T>): Promise<T> {
  return actionScope.run(typeof viewer === "string" ? { id: viewer } : { id: viewer.id, viewer }, work);
}

/** The user id in the session cookie, once per request; null when signed out. Says nothing of the account. */
const getSessionUserId = cache(async (): Promise<string | null> => (await auth())?.user?.id ?? null);

/** Reads the session cookie and loads its user, once per request. Null when signed out or the account is gone. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const scope = actionScope.getStore();
  if (scope?.viewer !== undefined) return scope.viewer;
  const id = scope?.id ?? (await getSessionUserId());
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, leaderboardOptIn: true, reviewReminders: true },
  });
  if (scope) scope.viewer = user;
  return user;
});

/**
 * The signed-in person's id from the session alone, without loading the account: for the hot paths
 * (answering) whose one query puts this id in the `where` of a row that is deleted with the account
 * (an attempt), so that query proves the account is still there. Anything else uses `requireViewer`.
 */
export async function requireViewerId(): Promise<string> {
  const id = actionScope.getStore()?.id ?? (await getSessionUserId());
  if (!id) throw new NotAuthorizedError();
  return id;
}

/** Whether the signed-in account still exists: for hot paths to tell a deleted account from a missing row. */
export async function accountExists(id: string): Promise<boolean> {
  return (await db().user.count({ where: { id } })) > 0;
}

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new NotAuthorizedError();
  return viewer;
}

export function isTeacher(viewer: Viewer): boolean {
  return viewer.role === "TEACHER" || viewer.role === "ADMIN";
}

export async function requireTeacher(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!isTeacher(viewer)) throw new ForbiddenError("Only teachers can do that.");
  return viewer;
}
