import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { HostScreen } from "@/components/live/host-screen";
import { NotFoundError } from "@/lib/dal/errors";
import { getHostView } from "@/lib/dal/live-games";
import { teacherOrForbidden } from "@/lib/dal/page-guards";
import { publicOrigin } from "@/lib/live-address";

export const metadata: Metadata = { title: "Live game" };

/** The host's projector screen for one live game. */
export default async function HostLivePage({ params }: PageProps<"/teacher/live/[gameId]">) {
  const { gameId } = await params;
  await teacherOrForbidden(`/teacher/live/${gameId}`);
  const view = await getHostView(gameId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const origin = await publicOrigin();
  const joinLink = `${origin}/live${view.pin ? `?pin=${view.pin}` : ""}`;
  const qrSvg = await QRCode.toString(joinLink, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return <HostScreen initial={view} joinAddress={`${new URL(origin).host}/live`} qrSvg={qrSvg} />;
}
