import { expect, test } from "@playwright/test";
import { makeRelationship, openRelationship } from "./relationship-fixture";
import { mainNav } from "./support";

// A small, common Android phone.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("landing page fits a 360 px phone and keeps crisis help in view", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  const help = mainNav(page).getByRole("link", { name: "Get help now", exact: true });
  await expect(help).toBeVisible();
  await expect(help).toBeInViewport();
});

test("a relationship page fits a 360 px phone: the thread fits the screen and every fold is one tap away", async ({ page, request }) => {
  test.slow();
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "mentorship", rhythm: { cadence: "weekly", day: "tue", part: "evening" } });
  await openRelationship(page, seeker, relationshipId);
  await expect(page.getByRole("heading", { level: 1, name: partner.name })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);

  // The thread, with its composer, fits within the screen once scrolled to.
  const thread = page.locator('section[aria-labelledby="thread-heading"]');
  expect((await thread.boundingBox())!.height).toBeLessThanOrEqual(740);
  await thread.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(page.getByRole("heading", { level: 2, name: "Messages" })).toBeInViewport();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeInViewport();

  // The folds sit below the thread; a link above it opens each in one tap.
  const links = page.getByRole("navigation", { name: "More about this relationship" });
  for (const [link, region] of [
    ["Safety", "Safety"],
    ["Check-ins", "Check-ins"],
    ["Ending", "Ending well"],
  ] as const) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await links.getByRole("link", { name: link, exact: true }).tap();
    const fold = page.getByRole("main").getByRole("region", { name: region, exact: true });
    await expect(fold.locator("details").first()).toHaveAttribute("open", "");
    await expect(fold.getByRole("heading", { level: 2, name: region })).toBeInViewport();
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
});
