"use server";

import { revalidatePath } from "next/cache";
import { importSetFromFile } from "@/lib/dal/set-transfer";
import { importSetSchema } from "@/lib/validation/transfer";
import { authedAction } from "./safe-action";

export const importSetAction = authedAction(
  importSetSchema,
  async ({ file, format, onlyValid }) => {
    const outcome = await importSetFromFile({
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      format,
      onlyValid,
    });
    if (outcome.status === "imported") revalidatePath("/teacher");
    return outcome;
  },
  { role: "teacher" },
);
