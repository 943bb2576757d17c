import { type ChildProcess, spawn } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship } from "./relationship-fixture";

/**
 * Two app instances behind one database: a message sent through instance A
 * reaches the other person, who is on instance B, without a reload. Nothing
 * about the thread lives in a process (no in-memory pub/sub), so the poll on
 * B finds what A wrote.
 *
 * Only on PostgreSQL (E2E_DATABASE_URL=postgres://…). Instance A is the one
 * Playwright starts (playwright.config.ts); this test starts B itself with
 * `next start` on E2E_SECOND_PORT (default E2E_PORT + 1000), in its own
 * process group, and stops the whole group when it is done.
 */

const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);
const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = Number(process.env.E2E_SECOND_PORT ?? portA + 1000);
const baseB = `http://localhost:${portB}`;

test.skip(!onPostgres, "Needs E2E_DATABASE_URL=postgres://…: PGlite admits one process, so a second instance cannot share its database.");
test.describe.configure({ timeout: 150_000 });

function startInstanceB(): ChildProcess {
  const child = spawn("npx", ["next", "start", "-H", "localhost", "-p", String(portB)], {
    // Its own process group, so stopping it stops next-server too, not only npx.
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // As instance A (playwright.config.ts): the owner role migrates, the serving role serves.
      MIGRATION_DATABASE_URL: process.env.E2E_MIGRATION_DATABASE_URL ?? "",
      APP_ENV: "test",
      // The same test-only secret as instance A (playwright.config.ts): one app, two processes.
      AUTH_SECRET: "e2e-only-auth-secret-never-use-it-elsewhere0",
      APP_URL: baseB,
      PORT: String(portB),
      THROTTLE_IP_LIMIT: "1000",
      THROTTLE_SIGNUP_IP_LIMIT: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[instance B] ${chunk}`));
  return child;
}

async function stopGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  const late = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]);
  if (late) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // gone in the meantime
    }
  }
}

async function waitForHealth(url: string, child: ChildProcess) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance B exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance B did not answer on ${url} within 90 s`);
}

const thread = (page: Page, otherName: string) => page.getByRole("region", { name: `Thread with ${otherName}` });

test("a message sent on instance A appears for the other person on instance B, and back", async ({ page, browser, request }) => {
  const instanceB = startInstanceB();
  const contextB = await browser.newContext({ baseURL: baseB });
  try {
    await waitForHealth(baseB, instanceB);
    // The app's clock is per process: give B the same offset as A, if a test moved A's.
    const { offsetMs } = (await (await request.get("/dev/clock")).json()) as { offsetMs: number };
    if (offsetMs !== 0) await fetch(`${baseB}/dev/clock`, { method: "POST", body: JSON.stringify({ advanceHours: offsetMs / 3_600_000 }) });

    const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "friendship" });
    await openRelationship(page, seeker, relationshipId);
    const pageB = await contextB.newPage();
    await openRelationship(pageB, partner, relationshipId);
    expect(new URL(pageB.url()).port).toBe(String(portB));

    await page.getByLabel(`Message to ${partner.name}`).fill("Sent through instance A.");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(thread(pageB, seeker.name).getByText("Sent through instance A.")).toBeVisible();

    await pageB.getByLabel(`Message to ${seeker.name}`).fill("And answered through instance B.");
    await pageB.getByRole("button", { name: "Send", exact: true }).click();
    await expect(thread(page, partner.name).getByText("And answered through instance B.")).toBeVisible();
  } finally {
    await contextB.close();
    await stopGroup(instanceB);
  }
});
