/** One fingerprint per table of the public schema: row count and an md5 over every row as text. */
export async function fingerprintTables(query: <T>(sql: string) => Promise<T[]>): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await query<{ rows: number; hash: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM ${quoted} t`,
    );
    fingerprint[name] = `${row!.rows}:${row!.hash ?? "empty"}`;
  }
  return fingerprint;
}
