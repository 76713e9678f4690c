import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the app has, read from its own files: every page (`page.tsx`) and route handler (`route.ts`)
 * under app/ as its URL pattern, and every exported function of a "use server" file.
 */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(full);
    return [full];
  });
}

export function appRoutes(): string[] {
  return walk("app")
    .filter((file) => /(?:^|\/)(?:page\.tsx|route\.ts)$/.test(file))
    .map((file) => {
      const segments = path
        .dirname(path.relative("app", file))
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      return `/${segments.join("/")}`;
    })
    .sort();
}

export function serverActions(): string[] {
  const names: string[] = [];
  for (const file of [...walk("app"), ...walk("lib")].filter((name) => /\.tsx?$/.test(name))) {
    const source = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(source)) continue;
    for (const match of source.matchAll(/^export (?:const|async function|function) (\w+)/gm)) names.push(match[1]!);
  }
  return names.sort();
}
