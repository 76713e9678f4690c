"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClass, joinClassByCode, removeStudent, setClassArchived } from "@/lib/dal/classes";
import { createAssignment, startAssignmentAttempt } from "@/lib/dal/assignments";
import {
  archiveClassSchema,
  assignmentRefSchema,
  assignmentSchema,
  createClassSchema,
  joinClassSchema,
  removeStudentSchema,
} from "@/lib/validation/classes";
import { authedAction } from "./safe-action";

export const createClassAction = authedAction(
  createClassSchema,
  async ({ name }) => {
    const classId = await createClass(name);
    redirect(`/teacher/classes/${classId}`);
  },
  { role: "teacher" },
);

export const removeStudentAction = authedAction(
  removeStudentSchema,
  async ({ classId, userId }) => {
    await removeStudent(classId, userId);
    revalidatePath(`/teacher/classes/${classId}`);
    return { removed: userId };
  },
  { role: "teacher" },
);

export const archiveClassAction = authedAction(
  archiveClassSchema,
  async ({ classId, value }) => {
    await setClassArchived(classId, value);
    revalidatePath("/teacher/classes", "layout");
    return { archived: value };
  },
  { role: "teacher" },
);

export const assignSetAction = authedAction(
  assignmentSchema,
  async ({ timeLimitMinutes, ...input }) => {
    const assignmentId = await createAssignment({
      ...input,
      timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60,
    });
    revalidatePath(`/teacher/classes/${input.classId}`);
    return { assignmentId };
  },
  { role: "teacher" },
);

export const joinClassAction = authedAction(joinClassSchema, async ({ code }) => {
  const joined = await joinClassByCode(code);
  revalidatePath("/home");
  return joined;
});

export const startAssignmentAction = authedAction(assignmentRefSchema, async ({ assignmentId }) => {
  const attemptId = await startAssignmentAttempt(assignmentId);
  redirect(`/play/${attemptId}`);
});
