import { readFileSync } from "node:fs";
import type { Corpus } from "../../fixtures/bad-inputs/generate";
import { actionHeaders, callAction, callUpload, judge, send, type Reply } from "./http";
import { expand, fileBytes } from "./payloads";
import type { Role } from "./world";

/**
 * Sends the bad-input corpus to the running server and tallies what came back. Each problem is kept
 * with the case that caused it, so a failure names the input.
 */
export interface Tally {
  sent: number;
  fiveXX: string[];
  stackTraces: string[];
  unclear: string[];
  /** Cases of the refused phase that the app accepted. */
  accepted: string[];
}

export interface Context {
  ids: Record<string, string>;
  cookies: Record<Role, string>;
  actions: Map<string, string>;
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync("tests/fixtures/bad-inputs/corpus.json", "utf8")) as Corpus;
}

export function emptyTally(): Tally {
  return { sent: 0, fiveXX: [], stackTraces: [], unclear: [], accepted: [] };
}

function record(tally: Tally, id: string, reply: Reply, mustRefuse: boolean): void {
  tally.sent += 1;
  const verdict = judge(reply);
  const label = `${id} → HTTP ${reply.status}`;
  if (verdict.fiveXX) tally.fiveXX.push(`${label}: ${reply.body.slice(0, 200)}`);
  if (process.env.SECURITY_TRACE) console.log(`${label} ${reply.result ? JSON.stringify(reply.result) : ""}`);
  if (verdict.stackTrace) tally.stackTraces.push(label);
  if (verdict.unclear) tally.unclear.push(`${label}: ${verdict.unclear}`);
  if (mustRefuse && verdict.accepted) tally.accepted.push(`${label}: ${reply.body.slice(0, 200)}`);
}

function actionId(context: Context, name: string | null): string {
  if (name === null) return "7f00000000000000000000000000000000000000ab";
  const id = context.actions.get(name);
  if (!id) throw new Error(`The build has no server action named ${name}.`);
  return id;
}

/** Runs `work` over `items`, `width` at a time (a few browsers' worth, not a flood). */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Everything that must be refused: after it, the data must be exactly as before. */
export async function sendRefused(corpus: Corpus, context: Context, tally: Tally): Promise<void> {
  const cookie = (as: string) => context.cookies[as as Role];
  await pool(
    corpus.actions.filter((entry) => entry.phase === "refused"),
    4,
    async (entry) => {
      const reply = await callAction(
        actionId(context, entry.action),
        cookie(entry.as),
        expand(entry.input, context.ids),
      );
      record(tally, entry.id, reply, true);
    },
  );
  for (const entry of corpus.uploads) {
    const reply = await callUpload(
      actionId(context, entry.action),
      cookie(entry.as),
      { name: entry.file.name, bytes: fileBytes(entry.file) },
      entry.fields,
    );
    record(tally, entry.id, reply, true);
  }
  await pool(corpus.routes, 4, async (entry) => {
    const reply = await send(expand(entry.path, context.ids) as string, {
      method: entry.method,
      cookie: cookie(entry.as),
      body: entry.body,
      headers: entry.contentType ? { "content-type": entry.contentType } : {},
    });
    record(tally, entry.id, reply, false);
  });
  for (const entry of corpus.crafted) {
    const reply = await send("/", {
      method: "POST",
      cookie: cookie(entry.as),
      headers: actionHeaders(actionId(context, entry.action), entry.contentType),
      body: expand(entry.body, context.ids) as string,
    });
    record(tally, entry.id, reply, true);
  }
}

/** Well-formed text for actions without an id to forge: they may keep it, but must answer in words. */
export async function sendFree(corpus: Corpus, context: Context, tally: Tally): Promise<void> {
  await pool(
    corpus.actions.filter((entry) => entry.phase === "free"),
    4,
    async (entry) => {
      const reply = await callAction(
        actionId(context, entry.action),
        context.cookies[entry.as as Role],
        expand(entry.input, context.ids),
      );
      record(tally, entry.id, reply, false);
    },
  );
}

/** Table rows whose fingerprint differs; sign-in throttling counters are expected to move. */
export function unwantedChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  const expected = new Set(["RateLimitBucket"]);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((table) => !expected.has(table) && before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}`);
}
