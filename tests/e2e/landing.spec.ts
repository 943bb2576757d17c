import { expect, test } from "@playwright/test";
import { mainNav, wcagScan } from "./support";

test.describe("landing page", () => {
  test("says what Alongside is and is not, and leads to crisis help", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Someone steady, who shows up again next week." })).toBeVisible();
    await expect(page.getByText("It is not therapy.")).toBeVisible();
    await expect(page.getByText("It is not a crisis service.")).toBeVisible();

    // The header link, not the lower-case ones in the text and footer.
    await mainNav(page).getByRole("link", { name: "Get help now", exact: true }).click();
    await expect(page).toHaveURL(/\/get-help$/);
    await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
    await expect(page.getByText("If you are in immediate danger, call your local emergency number now.")).toBeVisible();
  });

  test("health check answers with the database in use", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: process.env.E2E_DATABASE_URL ? "postgres" : "pglite",
    });
  });
});

test.describe("accessibility (axe, WCAG 2 A and AA)", () => {
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await wcagScan(page);
      // Listing rule, impact and targets makes a failure readable without the trace.
      const found = results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
      expect(found).toEqual([]);
    });
  }
});
