import { EventEmitter } from "node:events";
import pg from "pg";
import { env } from "../env";
import { logError } from "../log";

/**
 * The signal that a live game changed, carried to every app instance on the database. On PostgreSQL
 * it travels by NOTIFY on one channel, received by one dedicated LISTEN connection per process; on the
 * embedded database (one process by construction) the same interface runs in process. Signals say
 * only *that* something changed (and, for answers, how many are in): each instance reads the state
 * itself from the database, so a missed signal costs freshness, never correctness.
 */
export type LiveSignal =
  | { kind: "state"; gameId: string }
  | { kind: "answered"; gameId: string; roundId: string; answered: number }
  /** The listening connection was re-established: signals may have been missed, reload everything. */
  | { kind: "resync" };

export interface LiveChannel {
  publish(signal: LiveSignal): Promise<void>;
  subscribe(listener: (signal: LiveSignal) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = "quizwire_live";

function inProcessChannel(): LiveChannel {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(signal) {
      // Delivered after the caller's own work, as a NOTIFY would be.
      setImmediate(() => emitter.emit("signal", signal));
    },
    subscribe(listener) {
      emitter.on("signal", listener);
      return () => emitter.off("signal", listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

function postgresChannel(url: string): LiveChannel {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryMs = 250;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      next.on("notification", (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        try {
          emitter.emit("signal", JSON.parse(message.payload) as LiveSignal);
        } catch (error) {
          logError("unreadable live signal", error);
        }
      });
      const lost = (error?: Error) => {
        if (client !== next) return;
        client = null;
        connecting = null;
        if (closed) return;
        if (error) logError("live channel connection lost", error);
        setTimeout(() => void reconnect(), retryMs).unref();
        retryMs = Math.min(retryMs * 2, 5000);
      };
      next.on("error", lost);
      next.on("end", () => lost());
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      client = next;
      retryMs = 250;
      return next;
    })().catch((error: unknown) => {
      connecting = null;
      throw error;
    });
    return connecting;
  };

  const reconnect = async () => {
    if (closed || emitter.listenerCount("signal") === 0) return;
    try {
      await connect();
      emitter.emit("signal", { kind: "resync" } satisfies LiveSignal);
    } catch (error) {
      logError("live channel reconnect failed", error);
      setTimeout(() => void reconnect(), retryMs).unref();
      retryMs = Math.min(retryMs * 2, 5000);
    }
  };

  return {
    async publish(signal) {
      const connection = client ?? (await connect());
      await connection.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(signal)]);
    },
    subscribe(listener) {
      emitter.on("signal", listener);
      connect().catch((error: unknown) => {
        logError("live channel connect failed", error);
        void reconnect();
      });
      return () => emitter.off("signal", listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      const current = client ?? (connecting ? await connecting.catch(() => null) : null);
      client = null;
      await current?.end();
    },
  };
}

// One channel per process, kept on globalThis: route handlers and actions are bundled separately
// but must share the one listener and its subscribers.
const holder = globalThis as typeof globalThis & { __quizwireLiveChannel?: LiveChannel };

export function liveChannel(): LiveChannel {
  const url = env().DATABASE_URL;
  holder.__quizwireLiveChannel ??= url ? postgresChannel(url) : inProcessChannel();
  return holder.__quizwireLiveChannel;
}

export async function closeLiveChannel(): Promise<void> {
  const current = holder.__quizwireLiveChannel;
  holder.__quizwireLiveChannel = undefined;
  await current?.close();
}
