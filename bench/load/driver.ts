import { Agent } from "undici";

/**
 * A closed-loop load driver: `concurrency` virtual learners, each taking the next job (one learner's
 * requests, sent in order) until the jobs run out or the time is up. Every reply is read in full and
 * checked, so a fast error never counts as a fast answer.
 */
export interface Step {
  label: string;
  origin: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Null when the reply is what a learner should get, else what is wrong with it. */
  check(reply: { status: number; headers: Record<string, string | string[] | undefined>; body: string }): string | null;
}

export type Job = Step[];

export interface LabelStats {
  label: string;
  /** Length of the run (or runs) these requests were part of. */
  seconds: number;
  /** Every request's time from sending to the last byte of the reply, in ms, sorted. */
  latencies: number[];
  requests: number;
  errors: number;
  firstError?: string;
  reqPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface RunResult {
  seconds: number;
  concurrency: number;
  /** Jobs every one of whose requests succeeded. */
  completedJobs: Job[];
  byLabel: Map<string, LabelStats>;
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

export async function runLoad(options: {
  concurrency: number;
  /** Stop starting new requests after this long (the requests under way still finish). */
  seconds: number;
  jobs: Iterator<Job>;
}): Promise<RunResult> {
  const agent = new Agent({ connections: options.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, string[]>();
  const completedJobs: Job[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  async function send(step: Step): Promise<void> {
    const sentAt = performance.now();
    let problem: string | null;
    try {
      const reply = await agent.request({
        origin: step.origin,
        path: step.path,
        method: step.method,
        headers: step.headers,
        body: step.body,
      });
      const body = await reply.body.text();
      problem = step.check({ status: reply.statusCode, headers: reply.headers, body });
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    const list = latencies.get(step.label) ?? [];
    list.push(performance.now() - sentAt);
    latencies.set(step.label, list);
    if (problem) errors.set(step.label, [...(errors.get(step.label) ?? []), problem]);
    if (problem) throw new Error(problem);
  }

  async function virtualLearner(): Promise<void> {
    while (performance.now() < deadline) {
      const next = options.jobs.next();
      if (next.done) return;
      try {
        for (const step of next.value) {
          if (performance.now() >= deadline) return;
          await send(step);
        }
        completedJobs.push(next.value);
      } catch {
        // Counted in `errors`; this learner moves on to its next job.
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, virtualLearner));
  const seconds = (performance.now() - started) / 1000;
  await agent.close();

  const byLabel = new Map<string, LabelStats>();
  for (const [label, values] of latencies) byLabel.set(label, statsOf(label, seconds, values, errors.get(label) ?? []));
  return { seconds, concurrency: options.concurrency, completedJobs, byLabel };
}

function statsOf(label: string, seconds: number, latencies: number[], failed: string[]): LabelStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    label,
    seconds,
    latencies: sorted,
    requests: sorted.length,
    errors: failed.length,
    firstError: failed[0],
    reqPerSecond: seconds > 0 ? (sorted.length - failed.length) / seconds : 0,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}

/** Several runs of the same thing (e.g. the A and B halves of an ABBA order) as one figure. */
export function combine(label: string, runs: LabelStats[]): LabelStats {
  if (runs.length === 0) return statsOf(label, 0, [], []);
  const failed = runs.flatMap((run) => (run.firstError ? [run.firstError] : []));
  const stats = statsOf(
    label,
    runs.reduce((sum, run) => sum + run.seconds, 0),
    runs.flatMap((run) => run.latencies),
    [],
  );
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  return { ...stats, errors, firstError: failed[0], reqPerSecond: (stats.requests - errors) / stats.seconds };
}

/** Endless jobs: the same few requests round and round (pages and health checks). */
export function* cycle(jobs: Job[]): Iterator<Job> {
  for (let index = 0; ; index++) yield jobs[index % jobs.length]!;
}
