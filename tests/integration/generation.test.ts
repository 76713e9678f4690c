import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { db } from "@/lib/db";
import { saveArticle } from "@/lib/dal/articles";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { createSetFromArticle, getSetForReview } from "@/lib/dal/question-generation";
import { QUESTION_KINDS } from "@/lib/generation/kinds";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

const sample = ingestArticle({
  kind: "text",
  text: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8"),
});
const allKinds = { count: 10, types: [...QUESTION_KINDS], difficulty: "mixed" as const };
let teacher: Awaited<ReturnType<typeof makeUser>>;
let otherTeacher: Awaited<ReturnType<typeof makeUser>>;
let student: Awaited<ReturnType<typeof makeUser>>;
let articleId: string;

beforeAll(async () => {
  [teacher, otherTeacher, student] = await Promise.all([makeUser("TEACHER"), makeUser("TEACHER"), makeUser("STUDENT")]);
  signInAs(teacher);
  articleId = (await saveArticle(sample)).id;
});

describe("generated question sets", () => {
  it("stores generated questions with generator, score, reasons, difficulty and verbatim evidence", async () => {
    signInAs(teacher);
    const setId = await createSetFromArticle(articleId, allKinds);
    const rows = await db().question.findMany({
      where: { setId },
      include: { choices: true },
      orderBy: { position: "asc" },
    });
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row.generator).toBe("quizwire-offline");
      expect(row.generatorVersion).toBe("1.5.0");
      expect(sample.text.slice(row.evidenceStart!, row.evidenceEnd!)).toBe(row.evidenceText);
      expect(row.qualityScore).toBeGreaterThan(0);
      expect((row.qualityReasons as string[]).length).toBeGreaterThan(0);
      expect((row.factIds as string[]).some((id) => id.startsWith("sentence:"))).toBe(true);
      if (row.type === "FILL_IN") expect(row.acceptedAnswers.length).toBeGreaterThan(0);
      else expect(row.choices.filter((choice) => choice.isCorrect)).toHaveLength(1);
    }
    const review = await getSetForReview(setId);
    expect(review.status).toBe("DRAFT");
    expect(review.questions.map((question) => question.kind)).toEqual(rows.map((row) => row.kind));
  });

  it("honours the kinds and count asked for", async () => {
    signInAs(teacher);
    const setId = await createSetFromArticle(articleId, { count: 5, types: ["who-said", "role"], difficulty: "mixed" });
    const kinds = (await db().question.findMany({ where: { setId }, select: { kind: true } })).map((row) => row.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThanOrEqual(5);
    expect(new Set(kinds)).toEqual(new Set(kinds.filter((kind) => kind === "who-said" || kind === "role")));
  });

  it("refuses learners, and other teachers' articles and sets read as not found", async () => {
    signInAs(teacher);
    const setId = await createSetFromArticle(articleId, allKinds);
    signInAs(student);
    await expect(createSetFromArticle(articleId, allKinds)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSetForReview(setId)).rejects.toBeInstanceOf(ForbiddenError);
    signInAs(otherTeacher);
    await expect(createSetFromArticle(articleId, allKinds)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSetForReview(setId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("quiz settings", () => {
  it("publishes with the chosen settings, only for the owner", async () => {
    const { updateSetSettings } = await import("@/lib/dal/question-generation");
    signInAs(teacher);
    const setId = await createSetFromArticle(articleId, allKinds);
    const settings = {
      feedbackMode: "END" as const,
      layout: "ALL_ON_ONE_PAGE" as const,
      timeLimitSeconds: 600,
      speedBonus: true,
      maxAttempts: 2,
    };
    signInAs(otherTeacher);
    await expect(updateSetSettings(setId, { ...settings, status: "PUBLISHED" })).rejects.toBeInstanceOf(NotFoundError);
    signInAs(student);
    await expect(updateSetSettings(setId, { ...settings, status: "PUBLISHED" })).rejects.toBeInstanceOf(ForbiddenError);
    signInAs(teacher);
    await updateSetSettings(setId, { ...settings, status: "PUBLISHED" });
    const stored = await db().questionSet.findUniqueOrThrow({ where: { id: setId } });
    expect(stored).toMatchObject({ ...settings, status: "PUBLISHED" });
    expect(stored.publishedAt).toBeInstanceOf(Date);
  });

  it("limits attempts when the owner sets a maximum", async () => {
    const { updateSetSettings } = await import("@/lib/dal/question-generation");
    const { startAttempt, finishAttempt } = await import("@/lib/dal/attempts");
    signInAs(teacher);
    const setId = await createSetFromArticle(articleId, allKinds);
    await updateSetSettings(setId, {
      feedbackMode: "IMMEDIATE",
      layout: "ONE_PER_SCREEN",
      timeLimitSeconds: null,
      speedBonus: false,
      maxAttempts: 1,
      status: "PUBLISHED",
    });
    signInAs(student);
    await finishAttempt(await startAttempt(setId));
    await expect(startAttempt(setId)).rejects.toThrow("You have used all 1 attempt this quiz allows.");
  });
});
