import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { finishAttempt, getPlayerView, submitAnswer } from "@/lib/dal/attempts";
import {
  createAssignment,
  getAssignmentResults,
  listMyAssignments,
  startAssignmentAttempt,
  type AssignmentInput,
} from "@/lib/dal/assignments";
import {
  createClass,
  getOwnClass,
  joinClassByCode,
  JOIN_CODE_LENGTH,
  listMyClasses,
  listOwnClasses,
  removeStudent,
  setClassArchived,
} from "@/lib/dal/classes";
import { ForbiddenError, NotFoundError, UserError } from "@/lib/dal/errors";
import {
  addQuestion,
  deleteQuestion,
  moveQuestion,
  reorderQuestions,
  updateQuestion,
} from "@/lib/dal/question-editing";
import { archiveClassAction, assignSetAction, createClassAction, removeStudentAction } from "@/lib/actions/classes";
import {
  addQuestionAction,
  createEmptySetAction,
  deleteQuestionAction,
  duplicateSetAction,
  editQuestionAction,
  moveQuestionAction,
  regenerateDistractorsAction,
  regenerateQuestionAction,
  reorderQuestionsAction,
} from "@/lib/actions/question-editing";
import { importSetAction } from "@/lib/actions/set-transfer";
import { saveQuizSettings } from "@/lib/actions/question-sets";
import { generateSetFromArticle } from "@/lib/actions/articles";
import { questionFieldsSchema } from "@/lib/validation/questions";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

type User = Awaited<ReturnType<typeof makeUser>>;
let teacherA: User;
let teacherB: User;

const HOUR = 3_600_000;

async function makeSet(ownerId: string) {
  const article = await db().article.create({
    data: {
      title: "Summit",
      text: "Wang Yi met Sergei Lavrov in Moscow on Tuesday. They spoke for two hours.",
      originalText: "x",
      wordCount: 14,
      contentHash: `${Math.random()}`,
    },
  });
  return db().questionSet.create({
    data: {
      title: "Summit quiz",
      ownerId,
      articleId: article.id,
      questions: {
        create: [
          {
            position: 0,
            type: "MULTIPLE_CHOICE",
            prompt: "Where did they meet?",
            explanation: "In Moscow.",
            choices: {
              create: [
                { position: 0, text: "Moscow", isCorrect: true },
                { position: 1, text: "Kyiv" },
                { position: 2, text: "Minsk" },
              ],
            },
          },
          {
            position: 1,
            type: "TRUE_FALSE",
            prompt: "They spoke for two hours.",
            explanation: "Yes.",
            choices: {
              create: [
                { position: 0, text: "True", isCorrect: true },
                { position: 1, text: "False" },
              ],
            },
          },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } } },
  });
}

const window = (): Pick<AssignmentInput, "opensAt" | "dueAt"> => ({
  opensAt: new Date(Date.now() - HOUR),
  dueAt: new Date(Date.now() + 24 * HOUR),
});
const settings = { maxAttempts: 2, feedbackMode: "END" as const, timeLimitSeconds: null, speedBonus: false };

beforeAll(async () => {
  [teacherA, teacherB] = await Promise.all([makeUser("TEACHER"), makeUser("TEACHER")]);
});

afterEach(() => vi.useRealTimers());

describe("classes and join codes", () => {
  it("gives each class a long random code that students can type loosely", async () => {
    signInAs(teacherA);
    const classId = await createClass("Year 10");
    const { joinCode } = await getOwnClass(classId);
    expect(joinCode).toMatch(new RegExp(`^[A-HJ-NP-Z2-9]{${JOIN_CODE_LENGTH}}$`));
    const student = await makeUser();
    signInAs(student);
    const loose = `${joinCode.slice(0, 5).toLowerCase()}- ${joinCode.slice(5)}`;
    expect(await joinClassByCode(loose)).toMatchObject({ classId, name: "Year 10", alreadyMember: false });
    expect(await joinClassByCode(joinCode)).toMatchObject({ alreadyMember: true });
    expect((await listMyClasses()).map((found) => found.name)).toEqual(["Year 10"]);
    signInAs(teacherA);
    expect((await getOwnClass(classId)).roster.map((member) => member.userId)).toEqual([student.id]);
  });

  it("refuses archived classes, and stops guessing after 10 wrong codes even when the 11th is right", async () => {
    signInAs(teacherA);
    const archived = await getOwnClass(await createClass("Old class"));
    await setClassArchived(archived.id, true);
    const open = await getOwnClass(await createClass("Open class"));
    const guesser = await makeUser();
    signInAs(guesser);
    await expect(joinClassByCode(archived.joinCode)).rejects.toThrow("No open class has that code");
    for (let i = 0; i < 9; i++)
      await expect(joinClassByCode(`ZZZZZ${String(i).padStart(5, "2")}`)).rejects.toThrow(
        "No open class has that code",
      );
    await expect(joinClassByCode(open.joinCode)).rejects.toThrow("Too many wrong codes");
  });

  it("lets the owner remove a student and archive; another teacher can neither see nor change the class", async () => {
    signInAs(teacherA);
    const found = await getOwnClass(await createClass("Private"));
    const student = await makeUser();
    signInAs(student);
    await joinClassByCode(found.joinCode);
    signInAs(teacherB);
    await expect(getOwnClass(found.id)).rejects.toThrow(NotFoundError);
    await expect(removeStudent(found.id, student.id)).rejects.toThrow(NotFoundError);
    await expect(setClassArchived(found.id, true)).rejects.toThrow(NotFoundError);
    expect((await listOwnClasses()).map((own) => own.id)).not.toContain(found.id);
    signInAs(teacherA);
    await removeStudent(found.id, student.id);
    expect((await getOwnClass(found.id)).roster).toEqual([]);
  });
});

describe("assignments", () => {
  async function classWithStudents(count: number) {
    signInAs(teacherA);
    const set = await makeSet(teacherA.id);
    const found = await getOwnClass(await createClass("Assigned"));
    const students: User[] = [];
    for (let i = 0; i < count; i++) {
      const student = await makeUser();
      signInAs(student);
      await joinClassByCode(found.joinCode);
      students.push(student);
    }
    signInAs(teacherA);
    return { set, classId: found.id, students };
  }

  it("only assigns the teacher's own set to the teacher's own class", async () => {
    const { set, classId } = await classWithStudents(0);
    signInAs(teacherB);
    const bSet = await makeSet(teacherB.id);
    await expect(createAssignment({ classId, setId: bSet.id, ...window(), ...settings })).rejects.toThrow(
      NotFoundError,
    );
    await expect(createAssignment({ classId, setId: set.id, ...window(), ...settings })).rejects.toThrow(NotFoundError);
  });

  it("lets members take it inside its window with its own settings, and lists it soonest due first", async () => {
    const { set, classId, students } = await classWithStudents(1);
    const later = await createAssignment({
      classId,
      setId: set.id,
      opensAt: new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + 48 * HOUR),
      ...settings,
    });
    const sooner = await createAssignment({ classId, setId: set.id, ...window(), ...settings });
    const future = await createAssignment({
      classId,
      setId: set.id,
      opensAt: new Date(Date.now() + HOUR),
      dueAt: new Date(Date.now() + 72 * HOUR),
      ...settings,
    });
    const outsider = await makeUser();
    signInAs(outsider);
    await expect(startAssignmentAttempt(sooner)).rejects.toThrow(NotFoundError);
    expect(await listMyAssignments()).toEqual([]);

    signInAs(students[0]!);
    expect((await listMyAssignments()).map((assignment) => [assignment.id, assignment.status])).toEqual([
      [sooner, "open"],
      [later, "open"],
      [future, "upcoming"],
    ]);
    await expect(startAssignmentAttempt(future)).rejects.toThrow("This assignment opens on");
    const attemptId = await startAssignmentAttempt(sooner);
    expect(await startAssignmentAttempt(sooner)).toBe(attemptId);
    // The assignment's "answers at the end" overrides the set's immediate feedback.
    const { view } = await submitAnswer(attemptId, set.questions[0]!.id, {
      choiceId: set.questions[0]!.choices[1]!.id,
    });
    expect(view.feedback).toBeNull();
    expect((await getPlayerView(attemptId)).feedbackMode).toBe("END");
    await finishAttempt(attemptId);
    await startAssignmentAttempt(sooner).then(finishAttempt);
    await expect(startAssignmentAttempt(sooner)).rejects.toThrow("You have used all 2 attempts");

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 30 * HOUR));
    await expect(startAssignmentAttempt(sooner)).rejects.toThrow("This assignment closed on");
  });

  it("reports completion, scores and item analysis to the owner only", async () => {
    const { set, classId, students } = await classWithStudents(3);
    const assignmentId = await createAssignment({ classId, setId: set.id, ...window(), ...settings });
    const [q1, q2] = set.questions;
    // Two students finish: one gets both right, one gets both wrong; the third never starts.
    for (const [student, right] of [
      [students[0]!, true],
      [students[1]!, false],
    ] as const) {
      signInAs(student);
      const attemptId = await startAssignmentAttempt(assignmentId);
      await submitAnswer(attemptId, q1!.id, { choiceId: q1!.choices[right ? 0 : 1]!.id });
      await submitAnswer(attemptId, q2!.id, { choiceId: q2!.choices[right ? 0 : 1]!.id });
      await finishAttempt(attemptId);
    }
    await expect(getAssignmentResults(assignmentId)).rejects.toThrow(ForbiddenError);
    signInAs(teacherB);
    await expect(getAssignmentResults(assignmentId)).rejects.toThrow(NotFoundError);
    signInAs(teacherA);
    const results = await getAssignmentResults(assignmentId);
    expect(results).toMatchObject({ rosterSize: 3, completed: 2, averagePercent: 50 });
    expect(
      results.students
        .filter((student) => student.latestPercent !== null)
        .map((student) => student.latestPercent)
        .sort(),
    ).toEqual([0, 100]);
    expect(results.students.find((student) => student.userId === students[2]!.id)?.latestPercent).toBeNull();
    expect(results.items[0]).toMatchObject({ facility: 0.5, correct: 1 });
    expect(results.items[0]!.choices.map((choice) => [choice.text, choice.picked, choice.notWorking])).toEqual([
      ["Moscow", 1, false],
      ["Kyiv", 1, false],
      ["Minsk", 0, true],
    ]);
    expect(results.distribution.find((band) => band.band === "90–100%")?.students).toBe(1);
  });
});

describe("editing questions", () => {
  const fields = (input: Record<string, unknown>) => questionFieldsSchema.parse(input);

  it("updates every field, keeps choice ids, checks the evidence is verbatim, adds, moves and deletes", async () => {
    signInAs(teacherA);
    const set = await makeSet(teacherA.id);
    const [first, second] = set.questions;
    await updateQuestion(
      first!.id,
      fields({
        type: "MULTIPLE_CHOICE",
        prompt: "In which city did Wang Yi meet Lavrov?",
        explanation: "The article says Moscow.",
        choices: ["Minsk", "Moscow", "Kyiv", "Riga"],
        correct: "1",
        evidence: "Wang Yi met Sergei Lavrov in Moscow on Tuesday.",
      }),
    );
    const updated = await db().question.findUniqueOrThrow({
      where: { id: first!.id },
      include: { choices: { orderBy: { position: "asc" } } },
    });
    expect(updated.prompt).toBe("In which city did Wang Yi meet Lavrov?");
    expect(updated.choices.map((choice) => [choice.text, choice.isCorrect])).toEqual([
      ["Minsk", false],
      ["Moscow", true],
      ["Kyiv", false],
      ["Riga", false],
    ]);
    expect(updated.choices.slice(0, 3).map((choice) => choice.id)).toEqual(first!.choices.map((choice) => choice.id));
    expect(updated.evidenceStart).toBe(0);
    expect(updated.topics).toEqual(expect.arrayContaining(["person:Wang Yi"]));
    await expect(
      updateQuestion(
        first!.id,
        fields({
          type: "MULTIPLE_CHOICE",
          prompt: "Where did they meet?",
          explanation: "x",
          choices: ["A", "B"],
          correct: "0",
          evidence: "They met in Paris.",
        }),
      ),
    ).rejects.toThrow("not in the article word for word");

    const added = await addQuestion(
      set.id,
      fields({
        type: "FILL_IN",
        prompt: "Wang Yi met Sergei ______.",
        explanation: "Lavrov.",
        accepted: "Lavrov\nSergei Lavrov",
      }),
    );
    await moveQuestion(added, "up");
    let order = await db().question.findMany({
      where: { setId: set.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(order.map((question) => question.id)).toEqual([first!.id, added, second!.id]);
    await deleteQuestion(first!.id);
    order = await db().question.findMany({
      where: { setId: set.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    expect(order).toEqual([
      { id: added, position: 0 },
      { id: second!.id, position: 1 },
    ]);

    await reorderQuestions(set.id, [second!.id, added]);
    expect(
      (
        await db().question.findMany({ where: { setId: set.id }, orderBy: { position: "asc" }, select: { id: true } })
      ).map((question) => question.id),
    ).toEqual([second!.id, added]);
    await expect(reorderQuestions(set.id, [second!.id])).rejects.toThrow(
      "The set changed while you were reordering it",
    );

    signInAs(teacherB);
    await expect(reorderQuestions(set.id, [added, second!.id])).rejects.toThrow(NotFoundError);
    await expect(
      updateQuestion(added, fields({ type: "FILL_IN", prompt: "Hijacked question", explanation: "x", accepted: "y" })),
    ).rejects.toThrow(NotFoundError);
    await expect(deleteQuestion(added)).rejects.toThrow(NotFoundError);
    await expect(moveQuestion(added, "up")).rejects.toThrow(NotFoundError);
    await expect(
      addQuestion(set.id, fields({ type: "FILL_IN", prompt: "Sneaked in", explanation: "x", accepted: "y" })),
    ).rejects.toThrow(NotFoundError);
  });

  it("explains a broken question in plain words", () => {
    const issues = (input: Record<string, unknown>) =>
      Object.fromEntries(
        (questionFieldsSchema.safeParse(input).error?.issues ?? []).map((issue) => [
          issue.path.join("."),
          issue.message,
        ]),
      );
    expect(
      issues({ type: "MULTIPLE_CHOICE", prompt: "Where?", explanation: "x", choices: ["Moscow"], correct: "0" }),
    ).toEqual({ choices: "Give at least two choices." });
    expect(
      issues({
        type: "MULTIPLE_CHOICE",
        prompt: "Where?",
        explanation: "x",
        choices: ["Moscow", "moscow"],
        correct: "0",
      }),
    ).toEqual({ choices: "Two choices are the same." });
    expect(
      issues({ type: "MULTIPLE_CHOICE", prompt: "Where?", explanation: "x", choices: ["Moscow", "Kyiv"] }),
    ).toEqual({ correct: "Mark which choice is right." });
    expect(issues({ type: "FILL_IN", prompt: "Where?", explanation: "", accepted: "  " })).toEqual({
      explanation: "Explain why the answer is right.",
      accepted: "Give at least one accepted answer.",
    });
  });
});

describe("students cannot call teacher actions", () => {
  it("answers every teacher action with a refusal and changes nothing", async () => {
    signInAs(teacherA);
    const set = await makeSet(teacherA.id);
    const found = await getOwnClass(await createClass("Guarded"));
    const student = await makeUser();
    signInAs(student);
    const question = set.questions[0]!;
    const validQuestion = { type: "FILL_IN", prompt: "A valid question?", explanation: "Because.", accepted: "yes" };
    const calls = [
      createClassAction(undefined, { name: "Mine now" }),
      removeStudentAction(undefined, { classId: found.id, userId: teacherA.id }),
      archiveClassAction(undefined, { classId: found.id, value: "true" }),
      assignSetAction(undefined, {
        classId: found.id,
        setId: set.id,
        opensAt: new Date().toISOString(),
        dueAt: new Date(Date.now() + HOUR).toISOString(),
        feedbackMode: "END",
      }),
      editQuestionAction(undefined, { questionId: question.id, ...validQuestion }),
      addQuestionAction(undefined, { setId: set.id, ...validQuestion }),
      deleteQuestionAction(undefined, { questionId: question.id }),
      moveQuestionAction(undefined, { questionId: question.id, direction: "down" }),
      saveQuizSettings(undefined, {
        setId: set.id,
        status: "PUBLISHED",
        feedbackMode: "IMMEDIATE",
        layout: "ONE_PER_SCREEN",
      }),
      generateSetFromArticle(undefined, { articleId: set.articleId!, count: "10" }),
      regenerateDistractorsAction(undefined, { questionId: question.id }),
      regenerateQuestionAction(undefined, { questionId: question.id }),
      duplicateSetAction(undefined, { setId: set.id }),
      createEmptySetAction(undefined, { title: "Mine now" }),
      importSetAction(undefined, { file: new File(["::Q:: A? {=a ~b}"], "q.gift"), format: "auto" }),
      reorderQuestionsAction(undefined, {
        setId: set.id,
        order: set.questions.map((candidate) => candidate.id).reverse(),
      }),
    ];
    for (const result of await Promise.all(calls))
      expect(result).toMatchObject({ ok: false, error: "Only teachers can do that." });
    expect(await db().question.count({ where: { setId: set.id } })).toBe(2);
    expect(
      (
        await db().question.findMany({ where: { setId: set.id }, orderBy: { position: "asc" }, select: { id: true } })
      ).map((candidate) => candidate.id),
    ).toEqual(set.questions.map((candidate) => candidate.id));
    expect((await db().classroom.findUniqueOrThrow({ where: { id: found.id } })).archivedAt).toBeNull();
    expect(await db().classroom.count({ where: { name: "Mine now" } })).toBe(0);
    expect(await db().questionSet.count({ where: { ownerId: student.id } })).toBe(0);
  });

  it("refuses the same to signed-out callers", async () => {
    signInAs(null);
    expect(await createClassAction(undefined, { name: "Anon class" })).toMatchObject({
      ok: false,
      error: "Please sign in to continue.",
    });
    await expect(joinClassByCode("ABCDEFGHJK")).rejects.toThrow(UserError);
  });
});
