import "server-only";
import { liveChannel, type LiveSignal } from "@/lib/db/live-channel";
import { logError } from "@/lib/log";
import { hostView, playerView, type LiveSnapshot, type LiveView } from "@/lib/live/views";
import { loadLiveSnapshot, type LiveAudience } from "./live-snapshot";

/**
 * Fan-out of live games to this process's Server-Sent-Event streams. Signals come from the live
 * channel (NOTIFY, or in process on the embedded database); on each, the game's state is read from
 * the database once and every local stream of that game gets its own view. Nothing here is needed by
 * another instance: a game's streams on another instance are fed by that instance's own listener.
 */

export type StreamMessage =
  | { event: "view"; data: LiveView }
  | { event: "progress"; data: { roundId: string; answered: number } }
  /** The stream's audience no longer exists (a guest once the game is closed). */
  | { event: "gone"; data: { reason: string } };

interface Subscriber {
  audience: LiveAudience;
  send(message: StreamMessage): void;
  lastSent: string;
}

interface GameHub {
  subscribers: Set<Subscriber>;
  snapshot: { data: LiveSnapshot; loadedAt: number } | null;
  loading: boolean;
  again: boolean;
}

interface Registry {
  hubs: Map<string, GameHub>;
  unsubscribe: (() => void) | null;
}

const holder = globalThis as typeof globalThis & { __quizwireLiveHubs?: Registry };
const registry = (): Registry => (holder.__quizwireLiveHubs ??= { hubs: new Map(), unsubscribe: null });

/** Tells every instance that a game changed. A failure is logged, never thrown: the change itself is saved. */
export async function publishLive(signal: LiveSignal): Promise<void> {
  try {
    await liveChannel().publish(signal);
  } catch (error) {
    logError("live signal not sent", error);
  }
}

/** The database's clock now, from the snapshot's clock and the time since it was read. */
const clockOf = (snapshot: NonNullable<GameHub["snapshot"]>) =>
  new Date(snapshot.data.now.getTime() + (performance.now() - snapshot.loadedAt));

function viewFor(audience: LiveAudience, snapshot: NonNullable<GameHub["snapshot"]>): LiveView | null {
  const now = clockOf(snapshot);
  return audience.kind === "host" ? hostView(snapshot.data, now) : playerView(snapshot.data, audience.playerId, now);
}

function deliver(subscriber: Subscriber, snapshot: NonNullable<GameHub["snapshot"]>): void {
  const view = viewFor(subscriber.audience, snapshot);
  if (!view) {
    subscriber.send({ event: "gone", data: { reason: "This game is over." } });
    return;
  }
  // The countdown is re-sent only with a real change; clients count down between updates.
  const key = JSON.stringify({ ...view, round: view.round && { ...view.round, remainingMs: 0 } });
  if (key === subscriber.lastSent) return;
  subscriber.lastSent = key;
  subscriber.send({ event: "view", data: view });
}

/** Reads the game once and updates its streams; signals arriving meanwhile cause one more read, not one each. */
async function refresh(gameId: string): Promise<void> {
  const hub = registry().hubs.get(gameId);
  if (!hub) return;
  if (hub.loading) {
    hub.again = true;
    return;
  }
  hub.loading = true;
  try {
    do {
      hub.again = false;
      const data = await loadLiveSnapshot(gameId);
      if (!data) return;
      hub.snapshot = { data, loadedAt: performance.now() };
      for (const subscriber of hub.subscribers) deliver(subscriber, hub.snapshot);
    } while (hub.again);
  } catch (error) {
    logError("live game refresh failed", error);
  } finally {
    hub.loading = false;
  }
}

function onSignal(signal: LiveSignal): void {
  const { hubs } = registry();
  if (signal.kind === "resync") {
    for (const gameId of hubs.keys()) void refresh(gameId);
    return;
  }
  const hub = hubs.get(signal.gameId);
  if (!hub) return;
  if (signal.kind === "state") {
    void refresh(signal.gameId);
    return;
  }
  for (const subscriber of hub.subscribers) {
    if (subscriber.audience.kind === "host") {
      subscriber.send({ event: "progress", data: { roundId: signal.roundId, answered: signal.answered } });
    }
  }
}

/** Adds a stream for an authorized audience; it gets the current view at once. Returns the detach function. */
export function attachLiveStream(audience: LiveAudience, send: (message: StreamMessage) => void): () => void {
  const state = registry();
  state.unsubscribe ??= liveChannel().subscribe(onSignal);
  let hub = state.hubs.get(audience.gameId);
  if (!hub) {
    hub = { subscribers: new Set(), snapshot: null, loading: false, again: false };
    state.hubs.set(audience.gameId, hub);
  }
  const subscriber: Subscriber = { audience, send, lastSent: "" };
  hub.subscribers.add(subscriber);
  // A fresh snapshot serves a newcomer without another read, unless it predates them (a player who just joined).
  if (hub.snapshot && !hub.loading && viewFor(audience, hub.snapshot)) deliver(subscriber, hub.snapshot);
  else void refresh(audience.gameId);
  const current = hub;
  return () => {
    current.subscribers.delete(subscriber);
    if (current.subscribers.size === 0 && state.hubs.get(audience.gameId) === current) {
      state.hubs.delete(audience.gameId);
    }
  };
}
