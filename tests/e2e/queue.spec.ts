import { expect, type Page, test } from "@playwright/test";
import { makeRelationship } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, notice, secondBrowser, signIn } from "./support";

/**
 * A moderator working a long queue: filter it in the address, tick several
 * reports and claim them at once, move through what they hold with j and k,
 * then dismiss several with one reason. The section counts stay in view.
 */

const reportsSection = (page: Page) => page.getByRole("region", { name: /^Reports \(\d+\)$/ });

test("filter, claim several at once, move with j/k, dismiss several with one reason", async ({ browser, request }) => {
  test.setTimeout(180_000);
  // Three people each report their mentor, each in their own browser.
  const titles: string[] = [];
  for (let i = 0; i < 3; i++) {
    const { seeker, partner } = await makeRelationship(request);
    const { context, page } = await secondBrowser(browser);
    try {
      await signIn(page, seeker.email, seeker.password, seeker.name);
      await page.goto(`/reports/new?kind=person&id=${partner.id}`);
      await page.getByRole("group", { name: "What's wrong?" }).getByRole("radio", { name: /^Spam/ }).check();
      await page.getByRole("button", { name: "Send report" }).click();
      await expect(notice(page, "Thank you for telling us")).toBeVisible();
    } finally {
      await context.close();
    }
    titles.push(partner.name);
  }

  const { context, page: mod } = await secondBrowser(browser);
  try {
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.goto("/admin/queue");
    const filters = mod.getByRole("search", { name: "Filter the queue" });
    await filters.getByLabel("Kind").selectOption({ label: "Reports" });
    await filters.getByLabel("Category").selectOption({ label: "Spam or selling" });
    await filters.getByLabel("Claimed").selectOption({ label: "Not claimed" });
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(mod).toHaveURL(/\/admin\/queue\?kind=report&category=spam&age=&claim=unclaimed$/);
    // Only reports are shown; other sections are hidden while filtering.
    await expect(mod.getByRole("region", { name: /^Appeals/ })).toHaveCount(0);
    const summary = mod.getByRole("navigation", { name: "Queue sections" });
    await expect(summary.getByRole("link", { name: /Reports/ })).toContainText(/\d+\/\d+/);

    // Tick our three and claim them together.
    for (const name of titles) await mod.getByRole("checkbox", { name: new RegExp(`Choose .*${name}`) }).check();
    const bulk = mod.getByRole("form", { name: "Act on the chosen items" });
    await expect(bulk).toContainText("3 chosen");
    await bulk.getByRole("button", { name: "Claim chosen" }).click();
    await expect(notice(mod, "Claimed 3 items")).toBeVisible();

    // Claimed by me: they are all there, marked as mine.
    await mod.goto("/admin/queue?claim=mine&kind=report");
    for (const name of titles) await expect(reportsSection(mod).getByRole("listitem").filter({ hasText: name })).toContainText("Claimed by you");

    // j and k move through claimed items; typing in a field is never a shortcut.
    const mine = mod.locator("[data-queue-mine] a[data-queue-item]");
    await mod.locator("h1").click();
    await mod.keyboard.press("j");
    await expect(mine.first()).toBeFocused();
    await mod.keyboard.press("j");
    await expect(mine.nth(1)).toBeFocused();
    await mod.keyboard.press("k");
    await expect(mine.first()).toBeFocused();
    await expect(mod.getByText(/move to the next and previous item you have claimed/)).toBeVisible();

    // Dismiss two with one reason.
    for (const name of titles.slice(0, 2)) await mod.getByRole("checkbox", { name: new RegExp(`Choose .*${name}`) }).check();
    await bulk.locator("summary", { hasText: "Dismiss chosen…" }).click();
    const reason = bulk.getByLabel("Reason for dismissing");
    await reason.fill("j");
    await expect(reason).toBeFocused();
    await expect(reason).toHaveValue("j");
    await reason.fill("Checked each: not spam, an ordinary introduction.");
    await bulk.getByRole("button", { name: "Dismiss chosen" }).click();
    await expect(notice(mod, "Dismissed 2 items.")).toBeVisible();
    await expect(reportsSection(mod).getByRole("listitem").filter({ hasText: titles[0]! })).toHaveCount(0);
    await expect(reportsSection(mod).getByRole("listitem").filter({ hasText: titles[2]! })).toHaveCount(1);

    // The counts stay in view at the bottom of a long page.
    await mod.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(summary).toBeInViewport();
  } finally {
    await context.close();
  }
});
