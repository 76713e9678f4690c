import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, UserError } from "./errors";
import { recordFailure, secondsBlocked, clearFailures } from "./rate-limit";
import { requireTeacher, requireViewer } from "./viewer";

/**
 * Classes: a teacher's roster with a join code. Teachers see only their own classes (owner in every
 * `where`); a student sees a class only through their membership.
 */

// No 0/O or 1/I/L: codes are read aloud and typed from a board. 31^10 ≈ 8 × 10^14 codes.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 10;
const JOIN_LIMIT = { limit: 10, windowSeconds: 15 * 60 };

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** "abcd-efgh-jk " → "ABCDEFGHJK": codes may be typed with spaces, dashes and lower case. */
export function normalizeJoinCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  students: number;
  assignments: number;
  createdAt: Date;
}

export async function createClass(name: string): Promise<string> {
  const teacher = await requireTeacher();
  for (let tries = 0; tries < 5; tries++) {
    try {
      const created = await db().classroom.create({
        data: { name, ownerId: teacher.id, joinCode: newJoinCode() },
        select: { id: true },
      });
      return created.id;
    } catch (error) {
      // A clash of random codes is astronomically rare; try another.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("Could not find a free join code");
}

export async function listOwnClasses(): Promise<ClassSummary[]> {
  const teacher = await requireTeacher();
  const classes = await db().classroom.findMany({
    where: { ownerId: teacher.id },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      createdAt: true,
      _count: { select: { members: true, assignments: true } },
    },
  });
  return classes.map(({ _count, archivedAt, ...rest }) => ({
    ...rest,
    archived: archivedAt !== null,
    students: _count.members,
    assignments: _count.assignments,
  }));
}

export interface ClassDetail {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  roster: { userId: string; name: string; email: string; joinedAt: Date }[];
  assignments: { id: string; setId: string; title: string; opensAt: Date; dueAt: Date; finished: number }[];
}

export async function getOwnClass(classId: string): Promise<ClassDetail> {
  const teacher = await requireTeacher();
  const found = await db().classroom.findFirst({
    where: { id: classId, ownerId: teacher.id },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      members: {
        orderBy: { user: { name: "asc" } },
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      assignments: {
        orderBy: { dueAt: "asc" },
        select: {
          id: true,
          setId: true,
          opensAt: true,
          dueAt: true,
          set: { select: { title: true } },
          attempts: { where: { finishedAt: { not: null } }, select: { userId: true }, distinct: ["userId"] },
        },
      },
    },
  });
  if (!found) throw new NotFoundError("That class");
  return {
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    archived: found.archivedAt !== null,
    roster: found.members.map((member) => ({
      userId: member.user.id,
      name: member.user.name,
      email: member.user.email,
      joinedAt: member.joinedAt,
    })),
    assignments: found.assignments.map((assignment) => ({
      id: assignment.id,
      setId: assignment.setId,
      title: assignment.set.title,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      finished: assignment.attempts.length,
    })),
  };
}

export async function removeStudent(classId: string, userId: string): Promise<void> {
  const teacher = await requireTeacher();
  const removed = await db().classMember.deleteMany({ where: { classId, userId, class: { ownerId: teacher.id } } });
  if (removed.count === 0) throw new NotFoundError("That student in this class");
}

export async function setClassArchived(classId: string, archived: boolean): Promise<void> {
  const teacher = await requireTeacher();
  const updated = await db().classroom.updateMany({
    where: { id: classId, ownerId: teacher.id },
    data: { archivedAt: archived ? new Date() : null },
  });
  if (updated.count === 0) throw new NotFoundError("That class");
}

/**
 * Joins the viewer to the class with this code. Wrong codes count against the person (10 per 15
 * minutes), so codes cannot be found by trying many.
 */
export async function joinClassByCode(
  rawCode: string,
): Promise<{ classId: string; name: string; alreadyMember: boolean }> {
  const viewer = await requireViewer();
  const limit = { key: `join:${viewer.id}`, ...JOIN_LIMIT };
  const wait = await secondsBlocked(limit);
  if (wait > 0)
    throw new UserError(
      `Too many wrong codes. Try again in ${Math.ceil(wait / 60)} ` +
        `${Math.ceil(wait / 60) === 1 ? "minute" : "minutes"}, or ask your teacher for the link.`,
      "code",
    );
  const code = normalizeJoinCode(rawCode);
  const found =
    code.length === JOIN_CODE_LENGTH
      ? await db().classroom.findUnique({
          where: { joinCode: code },
          select: { id: true, name: true, ownerId: true, archivedAt: true },
        })
      : null;
  if (!found || found.archivedAt) {
    await recordFailure(limit);
    throw new UserError(
      "No open class has that code. Check it with your teacher: it has 10 letters and digits.",
      "code",
    );
  }
  if (found.ownerId === viewer.id)
    throw new UserError("This is your own class; share the code with your students.", "code");
  await clearFailures(limit.key);
  const inserted = await db().classMember.createMany({
    data: [{ classId: found.id, userId: viewer.id }],
    skipDuplicates: true,
  });
  return { classId: found.id, name: found.name, alreadyMember: inserted.count === 0 };
}

export interface MyClass {
  id: string;
  name: string;
  teacher: string;
}

export async function listMyClasses(): Promise<MyClass[]> {
  const viewer = await requireViewer();
  const memberships = await db().classMember.findMany({
    where: { userId: viewer.id, class: { archivedAt: null } },
    select: { class: { select: { id: true, name: true, owner: { select: { name: true } } } } },
    orderBy: { joinedAt: "desc" },
  });
  return memberships.map(({ class: found }) => ({ id: found.id, name: found.name, teacher: found.owner.name }));
}
