/**
 * Run in a child process while no server holds the data folder: prints the fingerprint of every table
 * of the embedded database at PGLITE_DIR as JSON on stdout.
 */
import { PGlite } from "@electric-sql/pglite";
import { fingerprintTables } from "./fingerprint";

async function main(): Promise<void> {
  const dir = process.env.PGLITE_DIR;
  if (!dir) throw new Error("Set PGLITE_DIR to the data folder to fingerprint.");
  const pglite = new PGlite(dir);
  const fingerprint = await fingerprintTables(async <T>(sql: string) => (await pglite.query<T>(sql)).rows);
  await pglite.close();
  process.stdout.write(JSON.stringify(fingerprint));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
