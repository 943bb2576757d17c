import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";

/**
 * Browser tests against a production build (`next start`), which the test
 * script builds once beforehand. See tests/e2e/README.md.
 */

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// The database for this run. Workers load this file again, so the PGlite dir
// is stored in the environment (which they inherit) to keep one value per run.
process.env.E2E_PGLITE_URL ??= `pglite:.data/e2e-${Date.now()}`;
const databaseUrl = process.env.E2E_DATABASE_URL || process.env.E2E_PGLITE_URL;

/** Debian's Chromium first (no download possible here), then Playwright's own. */
function chromiumExecutable(): string {
  const chosen = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (chosen) {
    // Someone asked for this browser: falling back to another would hide the mistake.
    if (!existsSync(chosen)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  const candidates = ["/usr/bin/chromium"];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when it knows no browser build for this platform.
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's with `apt-get install -y chromium`, " +
        "or Playwright's with `npx playwright install chromium` (needs network), " +
        "or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to the path of a Chromium binary.",
    );
  }
  return found;
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two cores: one browser at a time next to the server and argon2.
  workers: 1,
  // One retry in CI, and a retried pass still shows as flaky in the report. (The sign-out flake that
  // once needed two was the proxy re-issuing the session cookie after sign-out; see proxy.ts.)
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // Server actions hash passwords with argon2, which takes a moment on a small machine.
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  // Its own folder: Playwright empties outputDir at the start of a run, and
  // test-results/ also holds other suites' reports.
  outputDir: "test-results/e2e-artifacts",
  globalSetup: "./tests/e2e/global-setup.ts",
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // db:seed migrates first. `exec` leaves no shell between Playwright and npx,
    // and Playwright signals the whole process group on shutdown.
    command: `npm run db:seed && exec npx next start -H localhost -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The default is SIGKILL, which would leave PGlite unflushed and its lock file behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      // On PostgreSQL, scripts/test.ts gives the app the production split: it serves as a role that owns nothing.
      MIGRATION_DATABASE_URL: process.env.E2E_MIGRATION_DATABASE_URL ?? "",
      // Unlocks /dev/outbox and the demo accounts under `next start`.
      APP_ENV: "test",
      // Test-only; never used anywhere real.
      AUTH_SECRET: "e2e-only-auth-secret-never-use-it-elsewhere0",
      APP_URL: baseURL,
      PORT: String(port),
      // Every request comes from one address: per-IP limits would trip across tests.
      THROTTLE_IP_LIMIT: "1000",
      THROTTLE_SIGNUP_IP_LIMIT: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
