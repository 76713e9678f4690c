import { authorizeLiveAudience } from "@/lib/dal/live-snapshot";
import { attachLiveStream, type StreamMessage } from "@/lib/dal/live-stream";
import { liveIdentity } from "@/lib/live-cookie";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

/**
 * GET /api/live/:gameId/events — the live game as Server-Sent Events, for its host or one of its
 * players (anyone else gets 404). Each `view` event is the whole screen for that audience; the host
 * also gets `progress` events as answers come in. A reconnect (phone woke up, page reloaded) starts
 * with the current view, so the screen rejoins wherever the game is.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/live/[gameId]/events">) {
  const { gameId } = await params;
  const audience = await authorizeLiveAudience(gameId, await liveIdentity());
  if (!audience) {
    return Response.json(
      { error: "That live game was not found." },
      { status: 404, headers: { "cache-control": "no-store" } },
    );
  }
  const encoder = new TextEncoder();
  let detach = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        detach();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (message: StreamMessage) => {
        write(`event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`);
        if (message.event === "gone") close();
      };
      // Reconnect quickly after a drop; the first view after reconnecting is the current state.
      write("retry: 1000\n\n");
      detach = attachLiveStream(audience, send);
      heartbeat = setInterval(() => write(": heartbeat\n\n"), HEARTBEAT_MS);
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      clearInterval(heartbeat);
      detach();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
