"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LiveView } from "@/lib/live/views";

export type Connection = "live" | "reconnecting" | "gone";

/**
 * The game as the server streams it (Server-Sent Events). The browser reconnects by itself after a
 * drop; a phone that slept reopens the stream when it wakes. The countdown is kept as a local
 * deadline from the remaining time the server sent, so clocks on different devices do not matter.
 */
export function useLiveStream<View extends LiveView>(initial: View) {
  const [view, setView] = useState<View>(initial);
  const [deadline, setDeadline] = useState(() => Date.now() + (initial.round?.remainingMs ?? 0));
  const [answered, setAnswered] = useState<{ roundId: string; count: number } | null>(null);
  const [connection, setConnection] = useState<Connection>("live");
  const [goneReason, setGoneReason] = useState<string | null>(null);
  const source = useRef<EventSource | null>(null);

  const open = useCallback(() => {
    source.current?.close();
    const events = new EventSource(`/api/live/${initial.gameId}/events`);
    source.current = events;
    events.addEventListener("open", () => setConnection("live"));
    events.addEventListener("error", () =>
      setConnection(events.readyState === EventSource.CLOSED ? "gone" : "reconnecting"),
    );
    events.addEventListener("view", (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as View;
      setView(next);
      setDeadline(Date.now() + (next.round?.remainingMs ?? 0));
      setConnection("live");
    });
    events.addEventListener("progress", (event) => {
      const progress = JSON.parse((event as MessageEvent<string>).data) as { roundId: string; answered: number };
      setAnswered((current) =>
        current?.roundId === progress.roundId && current.count >= progress.answered
          ? current
          : { roundId: progress.roundId, count: progress.answered },
      );
    });
    events.addEventListener("gone", (event) => {
      setGoneReason((JSON.parse((event as MessageEvent<string>).data) as { reason: string }).reason);
      setConnection("gone");
      events.close();
    });
  }, [initial.gameId]);

  useEffect(() => {
    open();
    const wake = () => {
      if (document.visibilityState === "visible" && source.current?.readyState === EventSource.CLOSED && !goneReason)
        open();
    };
    document.addEventListener("visibilitychange", wake);
    return () => {
      document.removeEventListener("visibilitychange", wake);
      source.current?.close();
    };
  }, [open, goneReason]);

  return { view, setView, deadline, answered, connection, goneReason };
}

/** Milliseconds left until `deadline`, ticking a few times a second while `running`. */
export function useRemaining(deadline: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const first = setTimeout(() => setNow(Date.now()), 0);
    const tick = setInterval(() => setNow(Date.now()), 200);
    return () => {
      clearTimeout(first);
      clearInterval(tick);
    };
  }, [running, deadline]);
  return Math.max(0, deadline - now);
}
