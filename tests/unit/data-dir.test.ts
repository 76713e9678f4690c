import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkDataDir } from "../../scripts/lib/data-dir";

// The read-only and full-disk cases need a mount of their own: tests/reliability/data-folder.ts runs them.
describe("the embedded database's folder, checked at start", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "quizwire-data-dir-"));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it("accepts a folder it can write to, and leaves nothing behind but the folder", async () => {
    expect(await checkDataDir(path.join(folder, "pglite"))).toBeNull();
    expect(await readdir(folder)).toEqual(["pglite"]);
  });

  it("says in a sentence when a file stands where the folder should be, and what to do", async () => {
    await writeFile(path.join(folder, "data"), "not a folder");
    const message = await checkDataDir(path.join(folder, "data", "pglite"));
    expect(message).toContain("is a file, not a folder");
    expect(message).toContain("set PGLITE_DIR to a folder you can write to");
    expect(message).not.toMatch(/\n\s+at /);
  });
});
