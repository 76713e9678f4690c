"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setLeaderboardOptIn } from "@/lib/dal/preferences";
import { authedAction } from "./safe-action";

export const updateLeaderboardOptIn = authedAction(
  z.object({ optIn: z.enum(["true", "false"]) }),
  async ({ optIn }) => {
    await setLeaderboardOptIn(optIn === "true");
    revalidatePath("/", "layout");
    return { optIn: optIn === "true" };
  },
);
