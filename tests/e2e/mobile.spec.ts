import { expect, test } from "@playwright/test";
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
