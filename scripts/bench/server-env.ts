/**
 * The environment every page benchmark gives `next start`: a production
 * build in test mode (the bench pages answer, nothing leaves loopback), no
 * background sweep and no sign-in throttle to skew the figures. `extra` adds
 * the database and keyring when the caller sets them rather than inheriting.
 */
export function benchServerEnv(port: number, authSecret: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    APP_ENV: "test",
    BENCH: "1",
    ...extra,
    AUTH_SECRET: authSecret,
    APP_URL: `http://127.0.0.1:${port}`,
    SWEEP_INTERVAL_SECONDS: "0",
    THROTTLE_IP_LIMIT: "1000000",
  };
}
