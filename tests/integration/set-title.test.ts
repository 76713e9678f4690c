import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestArticle } from "@/lib/articles/ingest";
import { createSetFromArticle } from "@/lib/dal/question-generation";
import { NotFoundError } from "@/lib/dal/errors";
import { renameSet, titleWarningsFor } from "@/lib/dal/set-title";
import { renameSetSchema } from "@/lib/validation/generation";
import { QUESTION_KINDS } from "@/lib/generation/kinds";
import { makeUser } from "../setup/factories";
import { signInAs } from "../setup/session";

const HEADLINE = "China ready to play 'constructive role' in ending Ukraine conflict, says top diplomat Wang Yi";
let teacher: Awaited<ReturnType<typeof makeUser>>;
let setId: string;

beforeAll(async () => {
  teacher = await makeUser("TEACHER");
  const ingested = ingestArticle({
    kind: "file",
    name: "sample.txt",
    bytes: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt"),
  });
  const article = await db().article.create({
    data: {
      title: HEADLINE,
      source: "Hindustan Times (AFP)",
      text: ingested.text,
      originalText: ingested.originalText,
      wordCount: ingested.words,
      contentHash: `${Math.random()}`,
      addedById: teacher.id,
      publishedAt: new Date(`${ingested.publishedAt}T00:00:00Z`),
    },
  });
  signInAs(teacher);
  setId = await createSetFromArticle(article.id, { count: 10, types: [...QUESTION_KINDS], difficulty: "mixed" });
});

describe("a set's title", () => {
  it("starts as the story's topic, source and date, and gives no question away", async () => {
    signInAs(teacher);
    const set = await db().questionSet.findUniqueOrThrow({
      where: { id: setId },
      include: { questions: { include: { choices: true } } },
    });
    expect(set.title).toBe("China and the Ukraine conflict — Hindustan Times (AFP), 1 Apr 2025");
    expect(set.questions.length).toBeGreaterThanOrEqual(10);
    // The headline names Wang Yi; the title does not, so what he said is asked.
    expect(set.questions.some((question) => question.prompt.startsWith("Who said"))).toBe(true);
    expect(await titleWarningsFor(setId)).toEqual([]);
  });

  it("renamed to one that shows an answer, lists those questions with the reason", async () => {
    signInAs(teacher);
    await renameSet(setId, "Wang Yi's talks in Moscow");
    const warnings = await titleWarningsFor(setId);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.map((warning) => warning.reason)).toContain("The title shows its answer, “Wang Yi”.");
    // Each warned question is answered by, or about, a name the title shows.
    for (const warning of warnings) expect(warning.reason).toMatch(/“(Wang Yi|Moscow|Russia)”/);

    await renameSet(setId, "China and the war in Ukraine");
    expect(await titleWarningsFor(setId)).toEqual([]);
  });

  it("is renamed only by its owner, and only to a title of 3 to 200 characters", async () => {
    signInAs(await makeUser("TEACHER"));
    await expect(renameSet(setId, "Someone else's title")).rejects.toBeInstanceOf(NotFoundError);
    await expect(titleWarningsFor(setId)).rejects.toBeInstanceOf(NotFoundError);
    const short = renameSetSchema.safeParse({ setId, title: "  a " });
    expect(short.success ? null : short.error.issues[0]!.message).toBe(
      "Give the set a title of at least 3 characters.",
    );
    const long = renameSetSchema.safeParse({ setId, title: "x".repeat(201) });
    expect(long.success ? null : long.error.issues[0]!.message).toBe("Keep the title under 200 characters.");
  });
});
