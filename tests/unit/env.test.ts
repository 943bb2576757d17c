import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { authSecret, databaseKind, env, resetEnvCache } from "@/lib/env";

const saved = { ...process.env };

function withEnv(vars: Record<string, string | undefined>) {
  for (const key of ["APP_ENV", "AUTH_SECRET", "DEMO_MODE", "APP_URL", "PORT", "DATA_DIR", "DATABASE_URL", "DATABASE_POOL_MAX"]) delete process.env[key];
  for (const [key, value] of Object.entries(vars)) if (value !== undefined) process.env[key] = value;
  resetEnvCache();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("configuration", () => {
  it("runs with nothing set: embedded database under the data dir, demo mode on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "alongside-env-"));
    withEnv({ DATA_DIR: dir, APP_ENV: "development" });
    expect(env().databaseUrl).toBe(`pglite:${path.join(dir, "pglite")}`);
    expect(env().demoMode).toBe(true);
    expect(env().appUrl).toBe("http://localhost:3000");
  });

  it("generates a development secret once, into the data dir, and reuses it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "alongside-env-"));
    withEnv({ DATA_DIR: dir, APP_ENV: "development" });
    const first = authSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first);
    resetEnvCache();
    expect(authSecret()).toBe(first);
  });

  it("refuses to run in production without AUTH_SECRET, naming the variable, and writes no file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "alongside-env-"));
    withEnv({ DATA_DIR: dir, APP_ENV: "production" });
    expect(() => authSecret()).toThrow(/AUTH_SECRET is not set/);
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
    expect(env().demoMode).toBe(false);
  });

  it("names the variable that is wrong", () => {
    withEnv({ DATABASE_URL: "mysql://nope" });
    expect(() => env()).toThrow(/DATABASE_URL: must start with/);
  });

  it("keeps 10 database connections per instance unless told otherwise, and refuses a pool of none or one", () => {
    withEnv({ APP_ENV: "development" });
    expect(env().databasePoolMax).toBe(10);
    withEnv({ APP_ENV: "development", DATABASE_POOL_MAX: "4" });
    expect(env().databasePoolMax).toBe(4);
    withEnv({ APP_ENV: "development", DATABASE_POOL_MAX: "0" });
    expect(() => env()).toThrow(/DATABASE_POOL_MAX/);
    // One connection deadlocks start-up: the migration's lock holds it while the migration waits for another.
    withEnv({ APP_ENV: "development", DATABASE_POOL_MAX: "1" });
    expect(() => env()).toThrow(/DATABASE_POOL_MAX.*at least 2/s);
  });

  it("treats an empty variable as unset", () => {
    withEnv({ AUTH_SECRET: "", APP_ENV: "development", DATA_DIR: mkdtempSync(path.join(tmpdir(), "alongside-env-")) });
    expect(() => env()).not.toThrow();
  });

  it("tells the drivers apart", () => {
    expect(databaseKind("postgres://u@h/db")).toBe("postgres");
    expect(databaseKind("postgresql://u@h/db")).toBe("postgres");
    expect(databaseKind("pglite:.data/x")).toBe("pglite");
    expect(databaseKind("memory://")).toBe("pglite");
  });
});
