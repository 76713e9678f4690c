import { request } from "undici";
import type { Step } from "../../bench/load/driver";

/** One request as bench/load builds it, the reply read in full; a refused or reset connection is a reply too. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Set when no HTTP reply came back at all (connection refused or reset). */
  networkError?: string;
}

export async function send(step: Step): Promise<Reply> {
  try {
    const reply = await request(`${step.origin}${step.path}`, {
      method: step.method,
      headers: step.headers,
      body: step.body,
    });
    return { status: reply.statusCode, headers: reply.headers, body: await reply.body.text() };
  } catch (error) {
    return { status: 0, headers: {}, body: "", networkError: error instanceof Error ? error.message : String(error) };
  }
}

/** True when `step.check` accepts the reply (an answer stored, a finish redirected to the results). */
export const accepted = (step: Step, reply: Reply) => !reply.networkError && step.check(reply) === null;

/** A stack trace or an error class name as a person would see it in a page or an action's reply. */
export function showsStackTrace(body: string): boolean {
  return (
    /\n\s+at [^\n]+:\d+:\d+/.test(body) || /\b(TypeError|RangeError|PrismaClient\w*Error|ECONNREFUSED)\b/.test(body)
  );
}
