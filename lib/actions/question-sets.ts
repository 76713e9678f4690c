"use server";

import { revalidatePath } from "next/cache";
import { updateSetSettings } from "@/lib/dal/question-generation";
import { renameSet } from "@/lib/dal/set-title";
import { quizSettingsSchema, renameSetSchema } from "@/lib/validation/generation";
import { authedAction } from "./safe-action";

export const saveQuizSettings = authedAction(
  quizSettingsSchema,
  async ({ setId, status, feedbackMode, layout, timeLimitMinutes, maxAttempts, speedBonus }) => {
    await updateSetSettings(setId, {
      status,
      feedbackMode,
      layout,
      timeLimitSeconds: timeLimitMinutes ? timeLimitMinutes * 60 : null,
      maxAttempts,
      speedBonus,
    });
    revalidatePath(`/teacher/sets/${setId}`);
    revalidatePath("/home");
    return { status };
  },
  { role: "teacher" },
);

export const renameSetAction = authedAction(
  renameSetSchema,
  async ({ setId, title }) => {
    await renameSet(setId, title);
    revalidatePath(`/teacher/sets/${setId}`);
    revalidatePath("/home");
    return { title };
  },
  { role: "teacher" },
);
