import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkDatabaseHealth } from "@/lib/dal/health";
import { readMigrations } from "@/lib/db/migrations";

describe("migrations", () => {
  it("records every migration in Prisma's own table with Prisma's sha256 checksum", async () => {
    const migrations = await readMigrations();
    const rows = await db().$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, migration] of migrations.entries()) {
      const sql = await readFile(path.join("prisma", "migrations", migration.name, "migration.sql"));
      expect(rows[index]?.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(rows[index]?.finished_at).toBeInstanceOf(Date);
    }
  });

  it("allows only one answer per attempt and question", async () => {
    const user = await db().user.create({ data: { email: "one-answer@example.test", name: "One", passwordHash: "x" } });
    const set = await db().questionSet.create({ data: { title: "Set", ownerId: user.id } });
    const question = await db().question.create({
      data: { setId: set.id, position: 0, type: "TRUE_FALSE", prompt: "?", explanation: "." },
    });
    const attempt = await db().attempt.create({ data: { userId: user.id, setId: set.id } });
    await db().answer.create({ data: { attemptId: attempt.id, questionId: question.id, isCorrect: true } });
    await expect(
      db().answer.create({ data: { attemptId: attempt.id, questionId: question.id, isCorrect: false } }),
    ).rejects.toThrow();
  });
});

describe("health", () => {
  it("reports the database as up with its migrations", async () => {
    const health = await checkDatabaseHealth();
    expect(health.ok).toBe(true);
    expect(health.migrations).toBe((await readMigrations()).length);
  });
});
