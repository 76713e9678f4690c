import { existsSync } from "node:fs";
import { mkdir, rm, statfs, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The embedded database's folder must be writable and have room before PGlite opens it: PGlite itself
 * reports a read-only or full disk as a WebAssembly abort. Checked by really writing a small file, so
 * what counts is what the disk does (a read-only mount refuses even root), not the permission bits.
 */
const NEW_DATABASE_BYTES = 100 * 1024 * 1024;
const EXISTING_DATABASE_BYTES = 20 * 1024 * 1024;

const mb = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

function code(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

function explain(error: unknown, dataDir: string): string {
  const where = path.resolve(dataDir);
  const elsewhere = "or set PGLITE_DIR to a folder you can write to (or DATABASE_URL to use PostgreSQL).";
  switch (code(error)) {
    case "EROFS":
      return (
        `The embedded database's folder ${where} is on a read-only disk, so nothing can be saved. ` +
        `Make it writable, ${elsewhere}`
      );
    case "EACCES":
    case "EPERM":
      return (
        `This user may not write to the embedded database's folder ${where}. ` +
        `Give it write permission (chown/chmod), ${elsewhere}`
      );
    case "ENOSPC":
    case "EDQUOT":
      return `The disk holding the embedded database's folder ${where} is full. Free some space, ${elsewhere}`;
    case "ENOTDIR":
    case "EEXIST":
      return `${where} (or a folder above it) is a file, not a folder. Move it away, ${elsewhere}`;
    default:
      return (
        `The embedded database's folder ${where} cannot be written ` +
        `(${error instanceof Error ? error.message : String(error)}). Check the disk, ${elsewhere}`
      );
  }
}

/** Null when the folder is usable, else one sentence saying what is wrong and what to do. */
export async function checkDataDir(dataDir: string): Promise<string | null> {
  const folder = path.resolve(dataDir);
  const exists = existsSync(path.join(folder, "PG_VERSION"));
  const probe = path.join(path.dirname(folder), `.${path.basename(folder)}-write-check-${process.pid}`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(probe, "quizwire");
  } catch (error) {
    return explain(error, dataDir);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  const needed = exists ? EXISTING_DATABASE_BYTES : NEW_DATABASE_BYTES;
  try {
    const disk = await statfs(folder);
    const free = disk.bavail * disk.bsize;
    if (free < needed)
      return explain(Object.assign(new Error("full"), { code: "ENOSPC" }), dataDir).replace(
        "is full.",
        `is full (${mb(free)} free; the database needs ${mb(needed)}).`,
      );
  } catch {
    // No free-space figure on this system: the write above is the check.
  }
  return null;
}
