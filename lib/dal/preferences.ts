import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "./viewer";

/** Whether the viewer's name appears on quiz leaderboards (off by default: "A learner"). */
export async function setLeaderboardOptIn(optIn: boolean): Promise<void> {
  const viewer = await requireViewer();
  await db().user.update({ where: { id: viewer.id }, data: { leaderboardOptIn: optIn } });
}
