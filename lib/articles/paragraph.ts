/** The paragraph (blank-line separated) of cleaned article text that holds `start…end`. */
export function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.lastIndexOf("\n\n", start);
  const after = text.indexOf("\n\n", end);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}
