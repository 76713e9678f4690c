import { createHash } from "node:crypto";
import { cp, mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "../../lib/db/migrations";
import { openPgliteConnection } from "../../lib/db/sql-connection";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * A new PGlite data directory costs seconds (initdb), so one migrated template is built per
 * migration history and each test file copies it.
 */
export default async function setup(project: TestProject): Promise<void> {
  const migrations = await readMigrations();
  const key = createHash("sha256")
    .update(migrations.map((m) => m.checksum).join())
    .digest("hex")
    .slice(0, 16);
  const template = path.resolve(".data", "test-templates", key);
  if (!(await stat(path.join(template, "PG_VERSION")).catch(() => null))) {
    await rm(template, { recursive: true, force: true });
    const building = `${template}.building-${process.pid}`;
    await mkdir(path.dirname(building), { recursive: true });
    const db = await openPgliteConnection(building);
    await applyMigrations(db, migrations);
    await db.close();
    await cp(building, template, { recursive: true }).catch(() => undefined);
    await rm(building, { recursive: true, force: true });
  }
  project.provide("pgliteTemplate", template);
}
