import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, secondBrowser, signIn } from "./support";

/**
 * A support platform's worst day, end to end: crisis words are delivered as
 * written, the author is answered with crisis lines at once, the other person
 * gets guidance, and the message reaches the moderators' queue among the
 * first things they see — crisis items before everything else.
 */

const thread = (page: Page, otherName: string) => page.getByRole("region", { name: `Thread with ${otherName}` });

test("a crisis message is delivered, answered with resources, and queued for moderators ahead of everything else", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { seekerTimezone: "America/New_York" });
  await openRelationship(page, seeker, relationshipId);
  await page.getByLabel(`Message to ${partner.name}`).fill("Honestly everyone would be better off without me. I have the pills right here.");
  await page.getByRole("button", { name: "Send", exact: true }).click();

  await expect(thread(page, partner.name).getByText("I have the pills right here.")).toBeVisible();
  const care = thread(page, partner.name).getByRole("complementary", { name: "Support for you" });
  await expect(care).toContainText("Your message was sent");
  // New York: the US line, from the crisis resources.
  await expect(care.getByRole("link", { name: /988/ }).first()).toBeVisible();

  const other = await secondBrowser(browser);
  const moderator = await secondBrowser(browser);
  try {
    await openRelationship(other.page, partner, relationshipId);
    await expect(thread(other.page, seeker.name).getByText("I have the pills right here.")).toBeVisible();
    await expect(thread(other.page, seeker.name).getByRole("complementary", { name: `How to help ${seeker.name}` })).toBeVisible();

    const mod = moderator.page;
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.goto("/admin/queue");
    // Safety items are the queue's first section, and crisis items lead it.
    const sections = mod.getByRole("main").getByRole("heading", { level: 2 });
    await expect(sections.first()).toHaveText(/^Safety items \(\d+\)$/);
    const safety = mod.getByRole("region", { name: /^Safety items/ });
    const rows = safety.getByRole("listitem");
    const ours = rows.filter({ hasText: `Crisis: a message by ${seeker.name}` });
    await expect(ours).toHaveCount(1);
    const titles = await rows.allInnerTexts();
    const at = titles.findIndex((t) => t.includes(`Crisis: a message by ${seeker.name}`));
    expect(titles.slice(0, at + 1).every((t) => t.includes("Crisis:"))).toBe(true);
    // The queue shows who and why, never the words.
    await expect(safety).not.toContainText("pills right here");
  } finally {
    await other.context.close();
    await moderator.context.close();
  }
});
