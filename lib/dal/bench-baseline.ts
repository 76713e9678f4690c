import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "./viewer";

/**
 * The load benchmark's baseline (`npm run bench:load`): the session check and the one-row insert an
 * answer costs, and nothing else — no ownership check, no scoring, no feedback. Its route answers only
 * while QUIZWIRE_BENCH_BASELINE=1, which only the benchmark sets.
 */
export async function storeBaselineAnswer(input: {
  attemptId: string;
  questionId: string;
  choiceId?: string;
  text?: string;
}): Promise<{ stored: boolean }> {
  await requireViewer();
  const inserted = await db().answer.createMany({
    data: [
      {
        attemptId: input.attemptId,
        questionId: input.questionId,
        choiceId: input.choiceId ?? null,
        textAnswer: input.text ?? null,
        isCorrect: false,
        points: 0,
      },
    ],
    skipDuplicates: true,
  });
  return { stored: inserted.count > 0 };
}
