import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, secondBrowser, signIn } from "./support";

/**
 * A support platform's worst day, end to end: while the words are typed the
 * crisis lines appear beside the box (before sending, without blocking);
 * they are delivered as written, the author is answered with crisis lines at
 * once, the other person gets guidance, and the message reaches the
 * moderators' queue first — crisis items before everything else, the most
 * urgent kind of risk first, with the kind named in words.
 */

const thread = (page: Page, otherName: string) => page.getByRole("region", { name: `Thread with ${otherName}` });

test("a crisis message is delivered, answered with resources, and queued for moderators ahead of everything else", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { seekerTimezone: "America/New_York" });
  await openRelationship(page, seeker, relationshipId);
  const words = "Honestly everyone would be better off without me. I took all my pills an hour ago.";
  const box = page.getByLabel(`Message to ${partner.name}`);
  await box.pressSequentially(words, { delay: 5 });
  // Before sending: the crisis lines for their region (New York: 988) are beside the box, announced politely.
  const whileWriting = page.getByRole("complementary", { name: "Help right now" });
  await expect(whileWriting).toBeVisible();
  await expect(whileWriting.getByRole("link", { name: /988/ }).first()).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').filter({ has: whileWriting })).toHaveCount(1);
  // Nothing is held back or changed: the box still has every word and Send still works.
  await expect(box).toHaveValue(words);
  await expect(thread(page, partner.name).getByText("I took all my pills an hour ago.")).toHaveCount(0);
  await page.getByRole("button", { name: "Send", exact: true }).click();

  await expect(thread(page, partner.name).getByText(words)).toBeVisible();
  const care = thread(page, partner.name).getByRole("complementary", { name: "Support for you" });
  await expect(care).toContainText("Your message was sent");
  // New York: the US line, from the crisis resources.
  await expect(care.getByRole("link", { name: /988/ }).first()).toBeVisible();

  const other = await secondBrowser(browser);
  const moderator = await secondBrowser(browser);
  try {
    await openRelationship(other.page, partner, relationshipId);
    // The message arrives as written.
    await expect(thread(other.page, seeker.name).getByText(words, { exact: true })).toBeVisible();
    await expect(thread(other.page, seeker.name).getByRole("complementary", { name: `How to help ${seeker.name}` })).toBeVisible();

    const mod = moderator.page;
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.goto("/admin/queue");
    // Safety items are the queue's first section, and crisis items lead it.
    const sections = mod.getByRole("main").getByRole("heading", { level: 2 });
    await expect(sections.first()).toHaveText(/^Safety items \(\d+\)$/);
    const safety = mod.getByRole("region", { name: /^Safety items/ });
    const rows = safety.getByRole("listitem");
    const title = `Crisis: Suicide attempt, now or recent — a message by ${seeker.name}`;
    const ours = rows.filter({ hasText: title });
    await expect(ours).toHaveCount(1);
    // An attempt is the most urgent kind of risk: it leads the queue.
    await expect(rows.first()).toContainText(title);
    // The queue shows who and what kind, never the words.
    await expect(safety).not.toContainText("an hour ago");
  } finally {
    await other.context.close();
    await moderator.context.close();
  }
});
