import { z } from "zod";

// All configuration is read and checked here, once. Each bad variable gets one plain sentence.
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.pathname.length > 1;
    } catch {
      return false;
    }
  }, "must look like postgresql://user@host:5432/database");

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(postgresUrl),
  // Connections each app instance keeps open to PostgreSQL (see docs/operations.md for sizing).
  DATABASE_POOL_MAX: z.coerce
    .number({ message: "must be a whole number between 1 and 200" })
    .int("must be a whole number between 1 and 200")
    .min(1, "must be a whole number between 1 and 200")
    .max(200, "must be a whole number between 1 and 200")
    .default(10),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  PORT: z.coerce
    .number({ message: "must be a whole number between 1 and 65535" })
    .int("must be a whole number between 1 and 65535")
    .min(1, "must be a whole number between 1 and 65535")
    .max(65535, "must be a whole number between 1 and 65535")
    .default(3000),
  AUTH_SECRET: optional(
    z.string().min(32, "must be at least 32 characters (run `npx auth secret` or delete it to get one generated)"),
  ),
  AUTH_URL: optional(z.url("must be a full URL such as https://quiz.example.org")),
  // Optional question generation by a language model behind an OpenAI-compatible API. Off unless both are set.
  LLM_BASE_URL: optional(z.url("must be the API's base URL, such as http://localhost:11434/v1")),
  LLM_MODEL: optional(z.string().min(1)),
  LLM_API_KEY: optional(z.string()),
  LLM_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int()
    .min(1000)
    .max(300_000)
    .default(30_000),
  // Tests only: lets article import fetch pages from this machine (127.0.0.0/8, ::1). Never in production.
  ALLOW_LOOPBACK_FETCH: z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0"),
  // Benchmarks only: `1` opens the load benchmark's baseline route (/api/bench/answer). Never in production.
  QUIZWIRE_BENCH_BASELINE: z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0"),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Parses the given environment; throws a ConfigError whose message is one readable line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const got = source[name];
    const shown =
      got === undefined ? "" : ` (got "${name === "DATABASE_URL" || name === "AUTH_SECRET" ? redact(got) : got}")`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

function redact(value: string): string {
  return value.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@").slice(0, 80);
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
