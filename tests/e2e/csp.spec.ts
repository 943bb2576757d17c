import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demo, mainNav, signIn } from "./support";

/** The script-src directive of a response's Content-Security-Policy. */
function scriptSrc(csp: string | null) {
  return (csp ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
}

test.describe("content security policy", () => {
  test("the landing page is served as prerendered, allows its inline scripts by hash only, and they all run", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));

    const response = await page.goto("/");
    const policy = scriptSrc(response!.headers()["content-security-policy"] ?? null);
    const [directive, self, ...hashes] = policy.split(" ");
    expect([directive, self]).toEqual(["script-src", "'self'"]);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    // The same bytes for everyone: Next says it served its prerendered copy.
    expect(response!.headers()["x-nextjs-cache"]).toBe("HIT");

    // Interactive: a client-side navigation (no new document) only works once React has hydrated.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole("main").getByRole("link", { name: "Read how we keep Alongside safe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Safety & boundaries" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(violations).toEqual([]);
  });

  test("a page rendered per request still gets a fresh nonce", async ({ request }) => {
    const first = scriptSrc((await request.get("/sign-in")).headers()["content-security-policy"] ?? null);
    const second = scriptSrc((await request.get("/sign-in")).headers()["content-security-policy"] ?? null);
    expect(first).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
    expect(second).not.toBe(first);
  });

  test("someone signed in sees the way home on the prerendered page, not an invitation to sign in", async ({ page }) => {
    await signIn(page, demo.seeker.email, DEMO_PASSWORD, demo.seeker.name);
    await page.goto("/safety");
    await expect(mainNav(page).getByRole("link", { name: "Your home" })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await mainNav(page).getByRole("link", { name: "Your home" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
