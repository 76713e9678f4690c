import os from "node:os";
import type { LabelStats } from "./driver";
import type { FirstLoadJs } from "./first-load-js";

/** Markdown for the terminal and bench/RESULTS.md. */
export interface Row {
  stats: LabelStats;
  concurrency: number;
  /** "0.93× baseline" and the like. */
  versus?: string;
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()}`;
}

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "–");

export function ratio(of: LabelStats, to: LabelStats, name: string): string {
  return `${(of.reqPerSecond / to.reqPerSecond).toFixed(2)}× ${name}`;
}

export function loadTable(rows: Row[]): string {
  return [
    "| route | concurrent learners | requests | req/s | p50 ms | p95 ms | p99 ms | same run | errors |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      ({ stats, concurrency, versus }) =>
        `| ${stats.label} | ${concurrency} | ${stats.requests} | ${stats.reqPerSecond.toFixed(0)} | ${ms(stats.p50)} | ${ms(stats.p95)} | ${ms(stats.p99)} | ${versus ?? ""} | ${stats.errors ? `${stats.errors} (${stats.firstError})` : "0"} |`,
    ),
  ].join("\n");
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function firstLoadTable(results: FirstLoadJs[], budgets: Record<string, number>): string {
  return [
    "| route | path | scripts | first load, KB gzip | KB uncompressed | budget | loaded on demand, KB gzip |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...results.map((result) => {
      const budget = budgets[result.name];
      const verdict = budget === undefined ? "" : `${budget} KB ${result.bytes / 1000 <= budget ? "✓" : "✗ over"}`;
      const onDemand = result.onDemandBytes ? kb(result.onDemandBytes) : "–";
      return `| ${result.name} | \`${result.path}\` | ${result.scripts} | ${kb(result.bytes)} | ${kb(result.rawBytes)} | ${verdict} | ${onDemand} |`;
    }),
  ].join("\n");
}
