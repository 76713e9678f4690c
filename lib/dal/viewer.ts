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

// React's cache() dedupes only while rendering; a server action's wrapper loads the viewer once and
// runs the action inside this scope, so the DAL functions it calls reuse that viewer.
const actionViewer = new AsyncLocalStorage<Viewer>();

/** Runs a server action's work with the viewer its wrapper has just loaded for this request. */
export function withViewer<T>(viewer: Viewer, work: () => Promise<T>): Promise<T> {
  return actionViewer.run(viewer, work);
}

/** Reads the session cookie and loads its user, once per request. Null when signed out or the account is gone. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const loaded = actionViewer.getStore();
  if (loaded) return loaded;
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, leaderboardOptIn: true, reviewReminders: true },
  });
  return user;
});

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
