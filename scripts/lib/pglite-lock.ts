import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * PGlite is one process, one opener: a second server on the same data directory would corrupt it.
 * A pid file next to the directory turns that into a clear message.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.pid`);
  await mkdir(path.dirname(lockFile), { recursive: true });
  const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `Another Quizwire server (pid ${holder}) is already using ${dataDir}. Stop it first, or set PGLITE_DIR to another folder.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
