/** npm run db:seed — adds the demo accounts and quiz to an empty, migrated database. */
import { loadLocalEnv } from "./lib/local-env";
import { closeDatabase, db } from "../lib/db";
import { seedDemoData, DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed";

loadLocalEnv();
try {
  const seeded = await seedDemoData(db());
  console.log(
    seeded
      ? `Seeded demo data. Sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(" or ")} with password ${DEMO_PASSWORD}.`
      : "The database already has users; nothing seeded.",
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
