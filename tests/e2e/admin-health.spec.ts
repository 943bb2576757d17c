import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, demo, secondBrowser, signIn, wcagScan } from "./support";

const admin = { email: "admin@alongside.test", name: "Ada (demo admin)" };

const newAdminPages = ["/admin/audit", "/admin/moderators", "/admin/crisis-resources", "/admin/settings", "/admin/health"];
const adminOnlyLinks = ["Audit log", "Moderators", "Crisis resources", "Settings", "Topics"];

const adminNav = (page: Page) => page.getByRole("navigation", { name: "Admin" });

test("a seeker gets a 404 on every new admin page", async ({ page }) => {
  await signIn(page, demo.seeker.email, DEMO_PASSWORD, demo.seeker.name);
  for (const path of newAdminPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    await expect(adminNav(page)).toHaveCount(0);
  }
});

test("the demo admin reads program health: charts with a spoken summary and their numbers in tables", async ({ page }) => {
  await signIn(page, admin.email, DEMO_PASSWORD, admin.name);
  await page.goto("/admin");
  await adminNav(page).getByRole("link", { name: "Program health", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/health$/);
  await expect(page.getByRole("heading", { level: 1, name: "Program health" })).toBeVisible();

  // The demo seekers finished their profiles long ago and most wait for a mentor: that chart has data.
  const waiting = page.getByRole("region", { name: "Seekers waiting for a mentor" });
  await expect(waiting.getByRole("img", { name: /^Seekers waiting for a mentor, week by week for 12 weeks: \d+ this week/ })).toBeVisible();
  const table = waiting.getByRole("table", { name: "Seekers waiting for a mentor, by week" });
  await expect(table).toBeHidden();
  await waiting.getByText("Show the numbers").click();
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Waiting" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(13); // a header and 12 weeks
  await expect(table.getByRole("rowheader").last()).toContainText("(this week)");

  // Every chart is either drawn, with its table, or says plainly that there is nothing yet.
  const titles = [
    "Seekers waiting for a mentor",
    "Days to a first mentor",
    "Active relationships",
    "Check-ins kept",
    "Ruptures named and repaired",
    "Fit-check answers",
    "Endings by reason",
    "Safety items",
  ];
  for (const title of titles) {
    const card = page.getByRole("region", { name: title, exact: true });
    await expect(card, title).toBeVisible();
    const drawn = await card.getByRole("img").count();
    if (drawn > 0) {
      await expect(card.getByRole("img")).toHaveAttribute("aria-label", /\S/);
      // The first card's numbers are already open from above.
      if (!(await card.getByRole("table").isVisible())) await card.getByText("Show the numbers").click();
      await expect(card.getByRole("table")).toBeVisible();
    } else {
      await expect(card.getByText(/in these 12 weeks\.$|of these weeks\.$/)).toBeVisible();
    }
  }
});

test("the demo admin sees every admin link and each new page opens", async ({ page }) => {
  await signIn(page, admin.email, DEMO_PASSWORD, admin.name);
  await page.goto("/admin");
  for (const name of adminOnlyLinks) await expect(adminNav(page).getByRole("link", { name, exact: true })).toBeVisible();
  const headings: Record<string, string> = {
    "/admin/audit": "Audit log",
    "/admin/moderators": "Moderators and admins",
    "/admin/crisis-resources": "Crisis resources",
    "/admin/settings": "Program settings",
  };
  for (const [path, heading] of Object.entries(headings)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  // The seed stores the built-in crisis regions, so admins have them to edit.
  await page.goto("/admin/crisis-resources");
  await expect(page.getByRole("heading", { level: 3, name: /United Kingdom and Ireland/ })).toBeVisible();
  await page.goto("/admin/settings");
  await expect(page.getByLabel("Days before a match request expires")).toHaveValue(/^\d+$/);
});

test("the new admin pages have no axe violations (WCAG 2 A and AA), with every disclosure open", async ({ page }) => {
  await signIn(page, admin.email, DEMO_PASSWORD, admin.name);
  for (const path of newAdminPages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Tables under "Show the numbers" and the forms behind "Edit…" are checked too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const results = await wcagScan(page);
    const found = results.violations.map((v) => ({ path, rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
    expect(found).toEqual([]);
  }
});

test("the demo moderator sees program health but no admin-only links, and those pages are a 404", async ({ browser }) => {
  const moderator = await secondBrowser(browser);
  try {
    const page = moderator.page;
    await signIn(page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await page.goto("/admin");
    await expect(adminNav(page).getByRole("link", { name: "Program health", exact: true })).toBeVisible();
    await expect(adminNav(page).getByRole("link", { name: "People", exact: true })).toBeVisible();
    for (const name of adminOnlyLinks) await expect(adminNav(page).getByRole("link", { name, exact: true })).toHaveCount(0);
    for (const path of ["/admin/audit", "/admin/moderators", "/admin/crisis-resources", "/admin/settings"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const health = await page.goto("/admin/health");
    expect(health?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Program health" })).toBeVisible();
  } finally {
    await moderator.context.close();
  }
});
