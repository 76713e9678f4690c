import { z } from "zod";
import { env } from "@/lib/env";
import { storeBaselineAnswer } from "@/lib/dal/bench-baseline";
import { NotAuthorizedError } from "@/lib/dal/errors";

export const dynamic = "force-dynamic";

const id = z.string().min(1).max(64);
const baselineAnswerSchema = z.object({
  attemptId: id,
  questionId: id,
  choiceId: id.optional(),
  text: z.string().max(500).optional(),
});

const notFound = () => new Response("Not found", { status: 404 });

/**
 * The load benchmark's baseline route (bench/load.ts): the same session check and the same one-row
 * insert as the answer action. Not found unless QUIZWIRE_BENCH_BASELINE=1.
 */
export async function POST(request: Request) {
  if (env().QUIZWIRE_BENCH_BASELINE !== "1") return notFound();
  const parsed = baselineAnswerSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ ok: false, error: "Send attemptId, questionId and a choiceId or text." }, { status: 400 });
  try {
    return Response.json({ ok: true, data: await storeBaselineAnswer(parsed.data) });
  } catch (error) {
    if (error instanceof NotAuthorizedError) return Response.json({ ok: false, error: error.message }, { status: 401 });
    throw error;
  }
}

export async function GET() {
  return notFound();
}
