import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotAuthorizedError } from "@/lib/dal/errors";
import { listOwnSets, listPublishedQuizzes } from "@/lib/dal/question-sets";
import { getViewer } from "@/lib/dal/viewer";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

let teacherA: Awaited<ReturnType<typeof makeUser>>;
let teacherB: Awaited<ReturnType<typeof makeUser>>;
let student: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  [teacherA, teacherB, student] = await Promise.all([makeUser("TEACHER"), makeUser("TEACHER"), makeUser("STUDENT")]);
  await db().questionSet.create({ data: { title: "A's draft", ownerId: teacherA.id } });
  await db().questionSet.create({
    data: { title: "A's published", ownerId: teacherA.id, status: "PUBLISHED", publishedAt: new Date() },
  });
  await db().questionSet.create({ data: { title: "B's draft", ownerId: teacherB.id } });
});

describe("who may read what", () => {
  it("refuses signed-out callers", async () => {
    signInAs(null);
    await expect(listPublishedQuizzes()).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(listOwnSets()).rejects.toBeInstanceOf(NotAuthorizedError);
  });

  it("refuses learners the teacher data", async () => {
    signInAs(student);
    await expect(listOwnSets()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows a teacher only their own sets, drafts included", async () => {
    signInAs(teacherA);
    expect((await listOwnSets()).map((set) => set.title).sort()).toEqual(["A's draft", "A's published"]);
    signInAs(teacherB);
    expect((await listOwnSets()).map((set) => set.title)).toEqual(["B's draft"]);
  });

  it("shows learners published quizzes only", async () => {
    signInAs(student);
    expect((await listPublishedQuizzes()).map((set) => set.title)).toEqual(["A's published"]);
  });

  it("takes the role from the database, not from the session cookie", async () => {
    signInAs({ ...student, role: "TEACHER" });
    expect((await getViewer())?.role).toBe("STUDENT");
    await expect(listOwnSets()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("treats a session whose account was deleted as signed out", async () => {
    const gone = await makeUser();
    await db().user.delete({ where: { id: gone.id } });
    signInAs(gone);
    expect(await getViewer()).toBeNull();
  });
});
