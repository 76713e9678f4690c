import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlayerScreen } from "@/components/live/player-screen";
import { getOwnPlayerView } from "@/lib/dal/live-players";
import { liveIdentity } from "@/lib/live-cookie";

export const metadata: Metadata = { title: "Live game" };

/** A player's phone screen. Reloading it (or coming back to it) rejoins wherever the game is. */
export default async function PlayLivePage({ params }: PageProps<"/live/[gameId]">) {
  const { gameId } = await params;
  const view = await getOwnPlayerView(gameId, await liveIdentity());
  if (!view) redirect("/live?ended=1");
  return <PlayerScreen initial={view} />;
}
