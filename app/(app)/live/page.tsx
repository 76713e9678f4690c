import type { Metadata } from "next";
import { z } from "zod";
import { JoinLiveForm } from "@/components/live/join-form";
import { getViewer } from "@/lib/dal/viewer";

export const metadata: Metadata = { title: "Join a live game" };

const querySchema = z.object({
  pin: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .catch(undefined),
  ended: z.literal("1").optional().catch(undefined),
});

/** Where players enter the PIN from the projector (the QR code and join link come here with it filled in). */
export default async function JoinLivePage({ searchParams }: PageProps<"/live">) {
  const { pin, ended } = querySchema.parse(await searchParams);
  const viewer = await getViewer();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Join a live game</h1>
        <p className="text-slate-700">Enter the PIN on your teacher&apos;s screen and answer on this device.</p>
      </header>
      {ended && (
        <p role="status" className="rounded-md border border-slate-300 bg-white p-3 text-slate-800">
          That game is over, or you are not in it. Enter a PIN to join a game.
        </p>
      )}
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <JoinLiveForm pin={pin} signedInAs={viewer?.name ?? null} />
      </div>
    </div>
  );
}
