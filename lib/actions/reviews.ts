"use server";

import { revalidatePath } from "next/cache";
import {
  answerReviewCard,
  rerateReview,
  setCardRetired,
  setCardSuspended,
  updateReviewSettings,
} from "@/lib/dal/reviews";
import { cardToggleSchema, reviewAnswerSchema, reviewSettingsSchema, rerateSchema } from "@/lib/validation/reviews";
import { authedAction } from "./safe-action";

export const answerReview = authedAction(reviewAnswerSchema, async ({ cardId, version, choiceId, text, elapsedMs }) =>
  answerReviewCard(cardId, version, choiceId ? { choiceId } : { text: text ?? "" }, elapsedMs ?? null),
);

export const changeReviewRating = authedAction(rerateSchema, async ({ logId, rating }) => rerateReview(logId, rating));

export const suspendCard = authedAction(cardToggleSchema, async ({ cardId, value }) => {
  await setCardSuspended(cardId, value);
  revalidatePath("/review", "layout");
  return { suspended: value };
});

export const retireCard = authedAction(cardToggleSchema, async ({ cardId, value }) => {
  await setCardRetired(cardId, value);
  revalidatePath("/review", "layout");
  return { retired: value };
});

export const saveReviewSettings = authedAction(reviewSettingsSchema, async (settings) => {
  await updateReviewSettings(settings);
  revalidatePath("/", "layout");
  return settings;
});
