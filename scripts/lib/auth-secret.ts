import { randomBytes } from "node:crypto";
import { appendFile, readFile } from "node:fs/promises";

/** Makes sure AUTH_SECRET exists: generated once into .env.local (git-ignored) so `npm start` needs no setup. */
export async function ensureAuthSecret(file = ".env.local"): Promise<boolean> {
  if (process.env.AUTH_SECRET) return false;
  const secret = randomBytes(32).toString("base64url");
  const existing = await readFile(file, "utf8").catch(() => "");
  const separator = existing && !existing.endsWith("\n") ? "\n" : "";
  await appendFile(
    file,
    `${separator}# Signs session cookies. Generated on first start; keep it secret.\nAUTH_SECRET=${secret}\n`,
  );
  process.env.AUTH_SECRET = secret;
  return true;
}
