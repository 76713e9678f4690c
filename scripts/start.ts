/**
 * npm start (and npm run dev): one command from a fresh clone to a running app.
 * Checks configuration, migrates and (when empty) seeds the database, builds if the sources
 * changed, then runs Next.js and prints where to go and how to sign in.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { loadLocalEnv } from "./lib/local-env";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIsCurrent, recordBuild } from "./lib/build-fingerprint";
import { lockDataDir } from "./lib/pglite-lock";
import { checkDataDir } from "./lib/data-dir";
import { portIsFree, waitForHealthy } from "./lib/port";
import { describeDatabase, migrateConfiguredDatabase, openConfiguredDatabase } from "./lib/database";
import { ConfigError, env } from "../lib/env";
import { closeDatabase, db } from "../lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../prisma/seed";

const dev = process.argv.includes("--dev");
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function prepareDatabase(): Promise<boolean> {
  const connection = await openConfiguredDatabase();
  try {
    const report = await migrateConfiguredDatabase(connection);
    for (const warning of report.warnings) console.warn(`  warning: ${warning}`);
    console.log(
      `• Database: ${describeDatabase()}${report.applied.length ? ` (applied ${report.applied.length} migration(s))` : ""}`,
    );
  } finally {
    await connection.close();
  }
  try {
    return await seedDemoData(db());
  } finally {
    await closeDatabase();
  }
}

async function main(): Promise<void> {
  loadLocalEnv();
  if (await ensureAuthSecret()) console.log("• Generated AUTH_SECRET in .env.local (kept out of git).");
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  if (!(await portIsFree(config.PORT)))
    fail(
      `Port ${config.PORT} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`,
    );

  if (!config.DATABASE_URL) {
    const problem = await checkDataDir(config.PGLITE_DIR);
    if (problem) fail(problem);
  }
  const unlock = config.DATABASE_URL
    ? async () => undefined
    : await lockDataDir(config.PGLITE_DIR).catch((error: Error) => fail(error.message));
  const seeded = await prepareDatabase().catch((error: Error) => fail(error.message));

  if (!dev && !(await buildIsCurrent())) {
    console.log("• Building the app (first start or changed sources; about a minute)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) fail("The build failed; the messages above say why.");
    await recordBuild();
  }

  // Run Next's CLI with this same node (not through npx) so that signals reach the server itself.
  const server = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "--port", String(config.PORT)], {
    stdio: ["inherit", "pipe", "inherit"],
    env: process.env,
  });
  // Next's own banner is noise next to ours; keep everything after it.
  const NEXT_BANNER = new RegExp(
    String.raw`^\s*(▲ Next\.js|- Local:|- Network:|✓ Starting|✓ Ready|✓ Running next\.config|- Environments:|` +
      String.raw`- Experiments|  ✓ authInterrupts)`,
    "m",
  );
  server.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (!NEXT_BANNER.test(text)) process.stdout.write(text);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", async (code) => {
    await unlock();
    process.exit(code ?? 0);
  });

  const url = `http://localhost:${config.PORT}`;
  if (await waitForHealthy(`${url}/api/health`, 120_000)) {
    console.log(`\n  Quizwire is running at ${url}${dev ? " (development mode)" : ""}\n`);
    console.log(`  Demo sign-ins${seeded ? " (just created)" : ""}, password "${DEMO_PASSWORD}":`);
    for (const account of DEMO_ACCOUNTS)
      console.log(`    ${account.role === "TEACHER" ? "teacher" : "learner"}  ${account.email}`);
    console.log("\n  Press Ctrl+C to stop.\n");
  } else {
    console.error(`The server did not answer on ${url}/api/health within two minutes.`);
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
