import "server-only";
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

/** Reads the session cookie and loads its user, once per request. Null when signed out or the account is gone. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
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
