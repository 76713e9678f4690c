/** Structured one-line logs on stderr; the place to plug a real logger in later. */
export function logError(message: string, error: unknown): void {
  const detail = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { error };
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, ...detail }));
}
