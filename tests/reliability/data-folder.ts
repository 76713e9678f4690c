import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { showsStackTrace } from "./http";

/**
 * `npm start` on an embedded data folder that cannot take writes: it must stop with a sentence saying
 * what is wrong and what to do, exit non-zero, and show no stack trace. A read-only disk is made for the
 * child alone: as root (whom file permissions do not stop) by a read-only bind mount in a private mount
 * namespace, and a full disk by a small tmpfs there; otherwise by taking away write permission.
 */
export interface StartCase {
  name: string;
  exitCode: number | null;
  output: string;
  problems: string[];
}

const isRoot = process.getuid?.() === 0;

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function startIn(
  folder: string,
  port: number,
  mount: "read-only" | "full" | "none",
): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(folder, "pglite"), PORT: String(port) };
  if (mount === "none") return run("npm", ["start", "--silent"], env);
  const prepare =
    mount === "read-only"
      ? 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0"'
      : 'mount -t tmpfs -o size=8m quizwire-full "$0" && mkdir "$0/pglite"';
  return run(
    "unshare",
    ["--mount", "--propagation", "private", "sh", "-c", `${prepare} && exec npm start --silent`, folder],
    env,
  );
}

function judge(name: string, result: { code: number | null; output: string }, words: RegExp): StartCase {
  const problems: string[] = [];
  if (result.code === 0 || result.code === null) problems.push(`${name}: npm start exited with ${result.code}`);
  if (!words.test(result.output)) problems.push(`${name}: no sentence matching ${words} in: ${result.output.trim()}`);
  if (!/PGLITE_DIR/.test(result.output)) problems.push(`${name}: the message does not say what to do`);
  if (showsStackTrace(result.output) || /RuntimeError|Aborted\(/.test(result.output))
    problems.push(`${name}: the output shows a stack trace`);
  const sentence = result.output.split("\n").find((line) => line.includes("✖")) ?? result.output.trim();
  return { name, exitCode: result.code, output: sentence.trim(), problems };
}

export async function dataFolderRuns(port: number): Promise<StartCase[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "quizwire-data-folder-"));
  try {
    await mkdir(path.join(folder, "pglite"));
    if (!isRoot) {
      await chmod(path.join(folder, "pglite"), 0o555);
      await chmod(folder, 0o555);
      const denied = judge("read-only data folder", await startIn(folder, port, "none"), /may not write/);
      await chmod(folder, 0o755);
      await chmod(path.join(folder, "pglite"), 0o755);
      return [denied];
    }
    const [readOnly, full] = await Promise.all([startIn(folder, port, "read-only"), startIn(folder, port, "full")]);
    return [judge("read-only disk", readOnly, /read-only disk/), judge("full disk", full, /is full/)];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
