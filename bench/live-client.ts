/**
 * The HTTP side of the live-game benchmark: server actions called the way a browser calls them, and
 * Server-Sent Event streams read the way EventSource reads them, each with its own cookies.
 */
import { readFileSync } from "node:fs";

/** Action ids change with every build: read them from the build's manifest, by file and export name. */
export function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.node)
      .filter(([, entry]) => entry.exportedName)
      .map(([id, entry]) => [entry.exportedName!, id]),
  );
}

export class Session {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  /** The same person (the same cookies) talking to another app instance. */
  on(base: string): Session {
    const copy = new Session(base);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /**
   * Calls a server action as `useActionState` does: POST to the page with the action's id and the
   * `(previous, input)` arguments. Returns the ActionResult (line `1:` of the reply) or the redirect.
   */
  async action(
    id: string,
    page: string,
    input: Record<string, unknown>,
  ): Promise<{
    status: number;
    result: { ok: boolean; error?: string; data?: unknown } | null;
    redirect: string | null;
  }> {
    const response = await fetch(`${this.base}${page}`, {
      method: "POST",
      headers: {
        "next-action": id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: this.base,
        cookie: this.cookieHeader,
      },
      body: JSON.stringify(["$undefined", input]),
      redirect: "manual",
    });
    this.remember(response);
    const text = await response.text();
    const line = text.split("\n").find((candidate) => candidate.startsWith("1:"));
    const redirect = response.headers.get("x-action-redirect")?.split(";")[0] ?? null;
    return { status: response.status, result: line ? JSON.parse(line.slice(2)) : null, redirect };
  }

  /** Opens an event stream; `onEvent` gets each event's name and parsed data. Returns the abort function. */
  async stream(path: string, onEvent: (event: string, data: unknown) => void): Promise<() => void> {
    const controller = new AbortController();
    const response = await fetch(`${this.base}${path}`, {
      headers: { accept: "text/event-stream", cookie: this.cookieHeader },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream ${path}: HTTP ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) onEvent(event, JSON.parse(data));
          }
        }
      } catch {
        // aborted at the end of the run
      }
    })();
    return () => controller.abort();
  }
}

export function percentile(values: number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}
