import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "@/lib/dal/accounts";
import { defaultSetTitleOf } from "@/lib/generation/title";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_QUIZ_TITLE, seedDemoData } from "@/prisma/seed";

describe("demo seed", () => {
  it("creates the demo accounts and a published quiz whose evidence is verbatim in the article, once", async () => {
    expect(await seedDemoData(db())).toBe(true);
    expect(await seedDemoData(db())).toBe(false);
    for (const account of DEMO_ACCOUNTS) {
      expect(await checkCredentials(account.email, DEMO_PASSWORD, "10.9.0.1")).toMatchObject({
        ok: true,
        user: { role: account.role },
      });
    }
    const set = await db().questionSet.findFirstOrThrow({
      where: { title: DEMO_QUIZ_TITLE },
      include: { article: true, questions: { include: { choices: true } } },
    });
    expect(set.status).toBe("PUBLISHED");
    // The demo quiz has the title a new set from the sample article gets.
    expect(
      defaultSetTitleOf({
        headline: set.article!.title,
        text: set.article!.text,
        source: set.article!.source,
        publishedAt: "2025-04-01",
      }),
    ).toBe(DEMO_QUIZ_TITLE);
    expect(set.article?.publishedAt?.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(set.questions.length).toBeGreaterThanOrEqual(5);
    for (const question of set.questions) {
      expect(set.article!.text.slice(question.evidenceStart!, question.evidenceEnd!)).toBe(question.evidenceText);
      if (question.type === "FILL_IN") expect(question.acceptedAnswers.length).toBeGreaterThan(0);
      else expect(question.choices.filter((choice) => choice.isCorrect)).toHaveLength(1);
    }
  });
});
