import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("defaults to the embedded database on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.PORT).toBe(3000);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("explains a bad PORT in one line", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: "abc" })).toThrow(
      'Configuration error: PORT must be a whole number between 1 and 65535 (got "abc")',
    );
    expect(() => parseEnv({ PORT: "70000" })).toThrow("PORT must be a whole number between 1 and 65535");
  });

  it("explains a bad DATABASE_URL without echoing its password", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://me:hunter2@db/app" });
    expect(attempt).toThrow("DATABASE_URL must look like postgresql://user@host:5432/database");
    expect(attempt).not.toThrow(/hunter2/);
  });

  it("keeps ten PostgreSQL connections per instance unless told otherwise, and explains a bad count", () => {
    expect(parseEnv({}).DATABASE_POOL_MAX).toBe(10);
    expect(parseEnv({ DATABASE_POOL_MAX: "25" }).DATABASE_POOL_MAX).toBe(25);
    expect(() => parseEnv({ DATABASE_POOL_MAX: "0" })).toThrow(
      "DATABASE_POOL_MAX must be a whole number between 1 and 200",
    );
  });

  it("keeps the load benchmark's baseline route closed unless the benchmark opens it", () => {
    expect(parseEnv({}).QUIZWIRE_BENCH_BASELINE).toBe("0");
    expect(() => parseEnv({ QUIZWIRE_BENCH_BASELINE: "yes" })).toThrow("QUIZWIRE_BENCH_BASELINE must be 0 or 1");
  });

  it("lists every bad variable at once", () => {
    try {
      parseEnv({ PORT: "0", AUTH_SECRET: "short" });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
