import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { exportOwnSet, importSetFromFile } from "@/lib/dal/set-transfer";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

type User = Awaited<ReturnType<typeof makeUser>>;
let teacher: User;
let other: User;
let setId: string;
const TEXT = "Wang Yi met Sergei Lavrov in Moscow on Tuesday. They spoke for two hours.";

beforeAll(async () => {
  [teacher, other] = await Promise.all([makeUser("TEACHER"), makeUser("TEACHER")]);
  const article = await db().article.create({
    data: {
      title: "Summit",
      url: "https://news.example/summit",
      text: TEXT,
      originalText: TEXT,
      wordCount: 14,
      contentHash: `${Math.random()}`,
      addedById: teacher.id,
      publishedAt: new Date("2025-04-01T00:00:00Z"),
    },
  });
  const set = await db().questionSet.create({
    data: {
      title: "Summit quiz",
      ownerId: teacher.id,
      articleId: article.id,
      questions: {
        create: [
          {
            position: 0,
            type: "MULTIPLE_CHOICE",
            prompt: "Where did they meet?",
            explanation: "In Moscow.",
            evidenceStart: 0,
            evidenceEnd: 48,
            evidenceText: TEXT.slice(0, 48),
            articleId: article.id,
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
            type: "FILL_IN",
            prompt: "They spoke for two ______.",
            explanation: "Two hours.",
            acceptedAnswers: ["hours"],
          },
        ],
      },
    },
  });
  setId = set.id;
});

const bytes = (body: string | Uint8Array) => (typeof body === "string" ? new TextEncoder().encode(body) : body);
const questionsOf = (id: string) =>
  db().question.findMany({
    where: { setId: id },
    orderBy: { position: "asc" },
    select: {
      type: true,
      prompt: true,
      explanation: true,
      acceptedAnswers: true,
      evidenceText: true,
      evidenceStart: true,
      choices: { orderBy: { position: "asc" }, select: { text: true, isCorrect: true } },
    },
  });

describe("exporting and importing sets", () => {
  it("round-trips through every format into a new draft set linked to the teacher's article", async () => {
    signInAs(teacher);
    const original = await questionsOf(setId);
    for (const format of ["json", "gift", "csv", "moodle-xml", "qti"] as const) {
      const file = await exportOwnSet(setId, format);
      const outcome = await importSetFromFile({
        fileName: file.filename,
        bytes: bytes(file.body),
        format: "auto",
        onlyValid: false,
      });
      expect(outcome.status, format).toBe("imported");
      if (outcome.status !== "imported") continue;
      const imported = await db().questionSet.findUniqueOrThrow({
        where: { id: outcome.setId },
        select: { title: true, status: true, articleId: true, ownerId: true },
      });
      expect(imported).toMatchObject({ title: "Summit quiz", status: "DRAFT", ownerId: teacher.id });
      const questions = await questionsOf(outcome.setId);
      expect(
        questions.map(({ type, prompt, explanation, acceptedAnswers, choices }) => ({
          type,
          prompt,
          explanation,
          acceptedAnswers,
          choices,
        })),
        format,
      ).toEqual(
        original.map(({ type, prompt, explanation, acceptedAnswers, choices }) => ({
          type,
          prompt,
          explanation,
          acceptedAnswers,
          choices,
        })),
      );
      if (format === "json" || format === "gift" || format === "csv") {
        expect(imported.articleId).not.toBeNull();
        expect(questions[0]!.evidenceStart).toBe(0);
      }
    }
  });

  it("imports nothing from a file with problems unless asked for only the valid questions", async () => {
    signInAs(teacher);
    const file = bytes("::Q1:: Fine? {=yes ~no}\n\n::Q2:: Broken? {=yes ~no\n");
    const before = await db().questionSet.count({ where: { ownerId: teacher.id } });
    const refused = await importSetFromFile({ fileName: "mixed.gift", bytes: file, format: "auto", onlyValid: false });
    expect(refused).toMatchObject({
      status: "refused",
      validCount: 1,
      issues: [{ line: 3, message: "Question 2 “Q2” (line 3): its answers are missing the closing }." }],
    });
    expect(await db().questionSet.count({ where: { ownerId: teacher.id } })).toBe(before);
    const partial = await importSetFromFile({ fileName: "mixed.gift", bytes: file, format: "auto", onlyValid: true });
    expect(partial).toMatchObject({ status: "imported", imported: 1 });
    expect(await db().questionSet.count({ where: { ownerId: teacher.id } })).toBe(before + 1);
  });

  it("exports only the teacher's own sets", async () => {
    signInAs(other);
    await expect(exportOwnSet(setId, "json")).rejects.toThrow(NotFoundError);
    signInAs(await makeUser("STUDENT"));
    await expect(exportOwnSet(setId, "json")).rejects.toThrow(ForbiddenError);
    await expect(
      importSetFromFile({ fileName: "x.gift", bytes: bytes("::Q:: A? {=a ~b}"), format: "auto", onlyValid: false }),
    ).rejects.toThrow(ForbiddenError);
  });
});
