import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";

/**
 * Makes sure Playwright has a Chromium to drive: PLAYWRIGHT_CHROMIUM_PATH, Debian's /usr/bin/chromium,
 * or Playwright's own. Where none exists it installs one (apt as root on Debian, else Playwright's
 * installer) or returns the one line that says what to run.
 */
export function ensureChromium(): { ok: true } | { ok: false; message: string } {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) {
    return existsSync(process.env.PLAYWRIGHT_CHROMIUM_PATH)
      ? { ok: true }
      : {
          ok: false,
          message: `PLAYWRIGHT_CHROMIUM_PATH points to ${process.env.PLAYWRIGHT_CHROMIUM_PATH}, which does not exist.`,
        };
  }
  if (existsSync("/usr/bin/chromium") || existsSync(chromium.executablePath())) return { ok: true };

  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("• Installing Debian's Chromium for the browser tests (once, about a minute)…");
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const install =
      update.status === 0
        ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
            stdio: "inherit",
            env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
          })
        : update;
    if (install.status === 0 && existsSync("/usr/bin/chromium")) return { ok: true };
  } else {
    console.log("• Downloading Playwright's Chromium for the browser tests (once)…");
    const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
    if (install.status === 0 && existsSync(chromium.executablePath())) return { ok: true };
  }
  return {
    ok: false,
    message:
      "No Chromium for the browser tests. Run `npx playwright install chromium` (or `sudo apt-get install chromium` on Debian), or set PLAYWRIGHT_CHROMIUM_PATH.",
  };
}
