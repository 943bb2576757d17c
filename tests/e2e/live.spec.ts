import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship } from "./relationship-fixture";
import { secondBrowser } from "./support";

/**
 * Live without polling: the other person's open thread is woken by the
 * Server-Sent Events stream (PostgreSQL LISTEN/NOTIFY behind it), so a
 * message appears in well under a second — faster than the 2.5-second poll
 * it replaces, which now only runs when the stream is down.
 */

test.describe.configure({ timeout: 90_000 });

const thread = (page: Page, otherName: string) => page.getByRole("region", { name: `Thread with ${otherName}` });
const box = (page: Page, otherName: string) => page.getByLabel(`Message to ${otherName}`);

test("a message appears on the other person's open thread in under a second, through the live stream", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "friendship" });
  await openRelationship(page, seeker, relationshipId);
  const other = await secondBrowser(browser);
  try {
    // The other person's page opens its stream once it has loaded.
    const stream = other.page.waitForResponse((r) => r.url().includes(`/api/live?thread=${relationshipId}`));
    await openRelationship(other.page, partner, relationshipId);
    const response = await stream;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/event-stream");
    await expect(thread(other.page, seeker.name).getByText("No messages yet.")).toBeVisible();
    // Give the stream a moment to be subscribed on the server.
    await other.page.waitForTimeout(500);

    // A first message warms the server's code paths (a fresh `next start` compiles them on first use); not timed.
    await box(page, partner.name).fill("Hello!");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(thread(other.page, seeker.name).getByText("Hello!")).toBeVisible();

    // Three in a row, typically under a second each: the 2.5-second poll alone could not do that.
    const timings: number[] = [];
    for (const words of ["Are you around tonight?", "No pressure at all.", "Just thinking of you."]) {
      await box(page, partner.name).fill(words);
      await page.getByRole("button", { name: "Send", exact: true }).click();
      // Sent (stored and committed) once the sender's own page shows it; from there the clock runs.
      await expect(thread(page, partner.name).getByText(words)).toBeVisible();
      const sentAt = Date.now();
      await expect(thread(other.page, seeker.name).getByText(words)).toBeVisible({ timeout: 5000 });
      timings.push(Date.now() - sentAt);
    }
    console.log(`[live] sent → visible on the other page: ${timings.map((t) => `${t} ms`).join(", ")}`);
    // The middle one under a second, and none near the 2.5-second poll: a single sample slowed by a
    // busy machine (PGlite serves every page on one connection) must not decide the run.
    const sorted = [...timings].sort((a, b) => a - b);
    expect(sorted[1]).toBeLessThan(1000);
    expect(sorted[2]).toBeLessThan(2000);
  } finally {
    await other.context.close();
  }
});
