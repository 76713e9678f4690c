import { readFileSync } from "node:fs";
import escapeStringRegexp from "escape-string-regexp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestArticle } from "@/lib/articles/ingest";
import { createSetFromArticle, createSetFromArticles } from "@/lib/dal/question-generation";
import { startAttempt, submitAnswer } from "@/lib/dal/attempts";
import { NotFoundError } from "@/lib/dal/errors";
import {
  createEmptySet,
  duplicateSet,
  regenerateDistractors,
  regenerateQuestion,
  updateQuestion,
} from "@/lib/dal/question-editing";
import { questionFieldsSchema } from "@/lib/validation/questions";
import { HIDDEN } from "@/lib/scoring/withhold";
import { listOwnSets } from "@/lib/dal/question-sets";
import { QUESTION_KINDS } from "@/lib/generation/kinds";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

type User = Awaited<ReturnType<typeof makeUser>>;
let teacher: User;
let other: User;
let setId: string;

beforeAll(async () => {
  [teacher, other] = await Promise.all([makeUser("TEACHER"), makeUser("TEACHER")]);
  const ingested = ingestArticle({
    kind: "file",
    name: "sample.txt",
    bytes: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt"),
  });
  const article = await db().article.create({
    data: {
      title: "Wang Yi in Moscow",
      text: ingested.text,
      originalText: ingested.originalText,
      wordCount: ingested.words,
      contentHash: `${Math.random()}`,
      addedById: teacher.id,
      publishedAt: new Date(`${ingested.publishedAt}T00:00:00Z`),
    },
  });
  signInAs(teacher);
  // The article gives eight questions on six sentences: a set of six leaves a fact to regenerate a question with.
  setId = await createSetFromArticle(article.id, { count: 6, types: [...QUESTION_KINDS], difficulty: "mixed" });
});

const questionsOf = () =>
  db().question.findMany({
    where: { setId },
    orderBy: { position: "asc" },
    include: { choices: { orderBy: { position: "asc" } } },
  });

describe("regenerating", () => {
  it("replaces only the wrong answers asked for, with new plausible ones not already there", async () => {
    signInAs(teacher);
    const question = (await questionsOf()).find((candidate) => candidate.kind === "who" || candidate.kind === "where")!;
    const before = question.choices;
    const target = before.find((choice) => !choice.isCorrect)!;
    const { replaced } = await regenerateDistractors(question.id, [target.id]);
    expect(replaced).toBe(1);
    const after = await db().choice.findMany({ where: { questionId: question.id }, orderBy: { position: "asc" } });
    expect(after).toHaveLength(before.length);
    expect(after.filter((choice) => choice.isCorrect).map((choice) => choice.id)).toEqual(
      before.filter((choice) => choice.isCorrect).map((choice) => choice.id),
    );
    const fresh = after.find((choice) => choice.position === target.position)!;
    expect(fresh.id).not.toBe(target.id);
    expect(before.map((choice) => choice.text.toLowerCase())).not.toContain(fresh.text.toLowerCase());
    expect(after.filter((choice) => choice.id !== fresh.id).map((choice) => choice.id)).toEqual(
      before.filter((choice) => choice.id !== target.id).map((choice) => choice.id),
    );
  });

  it("replaces a whole question with one on a fact the set does not use yet", async () => {
    signInAs(teacher);
    const questions = await questionsOf();
    const victim = questions[0]!;
    await regenerateQuestion(victim.id);
    const replaced = await db().question.findUniqueOrThrow({ where: { id: victim.id }, include: { choices: true } });
    expect(replaced.prompt).not.toBe(victim.prompt);
    expect(questions.map((question) => question.evidenceText)).not.toContain(replaced.evidenceText);
    const article = await db().article.findFirstOrThrow({ where: { questionSets: { some: { id: setId } } } });
    expect(article.text.slice(replaced.evidenceStart!, replaced.evidenceEnd!)).toBe(replaced.evidenceText);
  });

  it("refuses other teachers", async () => {
    signInAs(other);
    const question = (await questionsOf())[1]!;
    await expect(regenerateDistractors(question.id)).rejects.toThrow(NotFoundError);
    await expect(regenerateQuestion(question.id)).rejects.toThrow(NotFoundError);
    await expect(duplicateSet(setId)).rejects.toThrow(NotFoundError);
  });
});

describe("a set from several articles", () => {
  it("alternates questions between the articles, each with its own evidence, shown to learners from the right article", async () => {
    signInAs(teacher);
    const second = ingestArticle({
      kind: "file",
      name: "fox.txt",
      bytes: readFileSync("tests/fixtures/articles/pasted/fox-news.txt"),
    });
    const other = await db().article.create({
      data: {
        title: "Second article",
        text: second.text,
        originalText: second.originalText,
        wordCount: second.words,
        contentHash: `${Math.random()}`,
        addedById: teacher.id,
      },
    });
    const first = await db().article.findFirstOrThrow({ where: { questionSets: { some: { id: setId } } } });
    const mixedId = await createSetFromArticles([first.id, other.id], {
      count: 6,
      types: [...QUESTION_KINDS],
      difficulty: "mixed",
    });
    const mixed = await db().questionSet.findUniqueOrThrow({
      where: { id: mixedId },
      include: { questions: { orderBy: { position: "asc" }, include: { article: true } } },
    });
    expect(mixed.articleId).toBeNull();
    // Named after the first article's topic, not its headline (which names the answer "Wang Yi").
    expect(mixed.title).toMatch(/ and 1 more$/);
    expect(mixed.title).not.toContain("Wang Yi");
    expect(mixed.questions.map((question) => question.articleId)).toEqual([
      first.id,
      other.id,
      first.id,
      other.id,
      first.id,
      other.id,
    ]);
    for (const question of mixed.questions)
      expect(question.article!.text.slice(question.evidenceStart!, question.evidenceEnd!)).toBe(question.evidenceText);

    await db().questionSet.update({ where: { id: mixedId }, data: { status: "PUBLISHED" } });
    const learner = await makeUser();
    signInAs(learner);
    const attemptId = await startAttempt(mixedId);
    const fromSecond = mixed.questions[1]!;
    const { view } = await submitAnswer(
      attemptId,
      fromSecond.id,
      fromSecond.type === "FILL_IN"
        ? { text: "x" }
        : { choiceId: (await db().choice.findFirstOrThrow({ where: { questionId: fromSecond.id } })).id },
    );
    // The paragraph and the quoted sentence come from the second article; a word another pending question asks
    // is hidden for now ("President [hidden for now] calls …").
    const loosely = (text: string) => new RegExp(text.split(HIDDEN).map(escapeStringRegexp).join("[\\s\\S]+?"));
    const { paragraph, text: quoted } = view.feedback!.evidence!;
    expect(paragraph).toContain(quoted);
    expect(fromSecond.evidenceText!).toMatch(loosely(quoted));
    expect(second.text).toMatch(loosely(paragraph));

    // Editing a question of the mixed set checks its evidence against that question's own article.
    signInAs(teacher);
    await updateQuestion(
      fromSecond.id,
      questionFieldsSchema.parse({
        type: "FILL_IN",
        prompt: "Edited question?",
        explanation: "Because.",
        accepted: "x",
        evidence: fromSecond.evidenceText,
      }),
    );
    expect((await db().question.findUniqueOrThrow({ where: { id: fromSecond.id } })).articleId).toBe(other.id);

    signInAs(await makeUser("TEACHER"));
    await expect(
      createSetFromArticles([first.id, other.id], { count: 6, types: [...QUESTION_KINDS], difficulty: "mixed" }),
    ).rejects.toThrow(NotFoundError);
  });

  it("fills the count from the longer article when a short one runs out of questions", async () => {
    signInAs(teacher);
    const short = ingestArticle({
      kind: "file",
      name: "engadget.txt",
      bytes: readFileSync("tests/fixtures/articles/pasted/engadget.txt"),
    });
    const shortArticle = await db().article.create({
      data: {
        title: "Verizon FiOS",
        text: short.text,
        originalText: short.originalText,
        wordCount: short.words,
        contentHash: `${Math.random()}`,
        addedById: teacher.id,
      },
    });
    const first = await db().article.findFirstOrThrow({ where: { questionSets: { some: { id: setId } } } });
    const mixedId = await createSetFromArticles([shortArticle.id, first.id], {
      count: 12,
      types: [...QUESTION_KINDS],
      difficulty: "mixed",
    });
    const questions = await db().question.findMany({ where: { setId: mixedId }, orderBy: { position: "asc" } });
    expect(questions).toHaveLength(12);
    // The short post supports fewer than its even share of six; the longer article makes up the rest.
    const fromShort = questions.filter((question) => question.articleId === shortArticle.id).length;
    expect(fromShort).toBeGreaterThan(0);
    expect(fromShort).toBeLessThan(6);
  });
});

describe("duplicating and starting sets", () => {
  it("copies a set as a draft with every question and choice, leaving the original alone", async () => {
    signInAs(teacher);
    const copyId = await duplicateSet(setId);
    const [original, copy] = await Promise.all([
      db().questionSet.findUniqueOrThrow({
        where: { id: setId },
        include: {
          questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } },
        },
      }),
      db().questionSet.findUniqueOrThrow({
        where: { id: copyId },
        include: {
          questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } },
        },
      }),
    ]);
    expect(copy).toMatchObject({
      title: `${original.title} (copy)`,
      status: "DRAFT",
      ownerId: teacher.id,
      articleId: original.articleId,
    });
    const shape = (set: typeof original) =>
      set.questions.map((question) => [
        question.prompt,
        question.evidenceText,
        question.choices.map((choice) => [choice.text, choice.isCorrect]),
      ]);
    expect(shape(copy)).toEqual(shape(original));
    expect(copy.questions.map((question) => question.id)).not.toContain(original.questions[0]!.id);
  });

  it("starts an empty set, and flags sets whose article is older than the age asked for", async () => {
    signInAs(teacher);
    const emptyId = await createEmptySet("Built by hand");
    const rows = await listOwnSets({ staleAfterDays: 30 });
    expect(rows.find((row) => row.id === emptyId)).toMatchObject({ questionCount: 0, stale: false });
    expect(rows.find((row) => row.id === setId)?.stale).toBe(true);
    expect((await listOwnSets({ staleAfterDays: 100_000 })).find((row) => row.id === setId)?.stale).toBe(false);
  });
});
