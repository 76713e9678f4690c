/**
 * An article's address as a link target, or null when it is not a plain web address. Ingestion keeps
 * only http(s) addresses already; this holds at render too, so a javascript: or data: URL that reached
 * the database some other way (an old row, a future import) is shown as text, never made clickable.
 */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
