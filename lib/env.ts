import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads configuration. Every variable is validated here and
 * has a default that suits local use, so the app runs with no .env at all.
 * docs/operations.md lists them.
 */

const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_ENV: z.enum(["development", "test", "production"]).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => v === "" || /^(postgres(ql)?:\/\/|pglite:|memory:\/\/)/.test(v), {
      message: "must start with postgres://, postgresql://, pglite: or memory://",
    })
    .optional(),
  MIGRATION_DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => v === "" || /^(postgres(ql)?:\/\/|pglite:|memory:\/\/)/.test(v), {
      message: "must start with postgres://, postgresql://, pglite: or memory://",
    })
    .optional(),
  DATABASE_PREPARE: flag,
  // At least 2: start-up migrations hold one connection for their advisory lock while they run on another
  // (db/migrate-runner.ts), so a pool of one waits for itself forever.
  DATABASE_POOL_MAX: z.coerce.number().int().min(2, "must be at least 2 (migrations at start-up use two connections)").max(100).default(10),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  APP_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().optional(),
  DEMO_MODE: flag,
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Alongside <no-reply@alongside.test>"),
  THROTTLE_IP_LIMIT: z.coerce.number().int().positive().default(30),
  THROTTLE_SIGNUP_IP_LIMIT: z.coerce.number().int().positive().default(10),
  DATA_DIR: z.string().default(".data"),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

export type AppEnv = "development" | "test" | "production";

export interface Env {
  /** development and test unlock developer conveniences; production locks them. */
  appEnv: AppEnv;
  isProduction: boolean;
  /** The serving connection (least privilege on PostgreSQL, see docs/operations.md). */
  databaseUrl: string;
  /** The connection migrations run with (the schema owner); defaults to databaseUrl. */
  migrationDatabaseUrl: string;
  /** Named prepared statements on PostgreSQL (off for a pooler in transaction mode, e.g. PgBouncer before 1.21). */
  databasePrepare: boolean;
  /** Connections each instance keeps to PostgreSQL (docs/operations.md: fewer share their round trips). */
  databasePoolMax: number;
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none, use the socket address). */
  trustedProxyHops: number;
  appUrl: string;
  demoMode: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  throttleIpLimit: number;
  throttleSignupIpLimit: number;
  dataDir: string;
  /** How often each instance runs the check-in sweep and planned endings; 0 = never. */
  sweepIntervalSeconds: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // An empty variable (FOO=) means "not set", as in most tools.
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Alongside cannot start: invalid configuration\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const appEnv: AppEnv = e.APP_ENV ?? (e.NODE_ENV === "production" ? "production" : "development");
  const dataDir = path.resolve(e.DATA_DIR);
  const databaseUrl = e.DATABASE_URL || `pglite:${path.join(dataDir, "pglite")}`;
  cached = {
    appEnv,
    isProduction: appEnv === "production",
    databaseUrl,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL || databaseUrl,
    databasePrepare: e.DATABASE_PREPARE ?? true,
    databasePoolMax: e.DATABASE_POOL_MAX,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT ?? 3000}`).replace(/\/$/, ""),
    demoMode: e.DEMO_MODE ?? appEnv !== "production",
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    throttleIpLimit: e.THROTTLE_IP_LIMIT,
    throttleSignupIpLimit: e.THROTTLE_SIGNUP_IP_LIMIT,
    dataDir,
    sweepIntervalSeconds: e.SWEEP_INTERVAL_SECONDS,
  };
  return cached;
}

/** Which driver a DATABASE_URL selects. */
export function databaseKind(url: string): "postgres" | "pglite" {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "pglite";
}

let secret: string | undefined;

/**
 * AUTH_SECRET signs session tokens. Production refuses to run without one;
 * elsewhere a random secret is generated once into the data directory so that
 * nobody commits a shared development secret.
 */
export function authSecret(): string {
  if (secret) return secret;
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError("AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)");
    return (secret = fromEnv);
  }
  const { isProduction, dataDir } = env();
  if (isProduction) {
    throw new ConfigError(
      "Alongside cannot start: AUTH_SECRET is not set. In production it must be set to a long random value, e.g. AUTH_SECRET=$(openssl rand -base64 32)",
    );
  }
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return (secret = readFileSync(file, "utf8").trim());
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
  secret = undefined;
}
