/**
 * npm run db:migrate                 apply pending migrations to the configured database
 * npm run db:migrate:create -- NAME  diff prisma/schema.prisma against the migration history and
 *                                    write prisma/migrations/<timestamp>_NAME/migration.sql
 */
import { loadLocalEnv } from "./lib/local-env";
import { describeDatabase, migrateConfiguredDatabase, openConfiguredDatabase } from "./lib/database";
import { createMigration } from "./lib/create-migration";

loadLocalEnv();
const [command, name] = process.argv.slice(2);

async function main(): Promise<void> {
  if (command === "deploy") {
    const db = await openConfiguredDatabase();
    try {
      const report = await migrateConfiguredDatabase(db);
      for (const warning of report.warnings) console.warn(`warning: ${warning}`);
      console.log(
        report.applied.length
          ? `Applied ${report.applied.length} migration(s) to ${describeDatabase()}: ${report.applied.join(", ")}`
          : `${describeDatabase()} is up to date.`,
      );
    } finally {
      await db.close();
    }
    return;
  }
  if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error("Give the migration a name in lower_snake_case: npm run db:migrate:create -- add_classes");
    }
    const folder = await createMigration(name);
    console.log(folder ? `Wrote ${folder}/migration.sql` : "The schema matches the migrations: nothing to create.");
    return;
  }
  throw new Error("Usage: tsx scripts/migrate.ts deploy | create <name>");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
