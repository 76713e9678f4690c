import { existsSync } from "node:fs";
import { config } from "dotenv";

/** Reads .env.local then .env (real environment variables win), like Next.js does for the app. */
export function loadLocalEnv(): void {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) config({ path: file, quiet: true });
  }
}
