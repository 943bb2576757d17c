import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, demo, signIn } from "./support";
import type { FixturePerson } from "./relationship-fixture";

/**
 * Every page of the app, at 360 px (a small Android phone), for the person
 * who would open it: nothing may scroll sideways. The list below must name
 * every app/**\/page.tsx (the first test reads the folder and fails on a page
 * it does not know), and dynamic segments are filled with real ids made
 * through /dev/fixtures or read from the seeded demo data.
 */

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

type Role = "guest" | "seeker" | "partner" | "demoMentor" | "moderator" | "admin";

interface Ids {
  relationshipId: string;
  seeker: FixturePerson;
  partner: FixturePerson;
  reportId: string;
  safetyItemId: string;
  actionId: string;
  appealId: string;
  spaceSlug: string;
  postId: string;
  circleId: string;
  roundId: string;
}

/** Route (as its folder names it, route groups left out) → who opens it, and the address with real ids. */
const pages: Record<string, { as: Role; path: (ids: Ids) => string; /** Why this page answers "not found" here (its width is still checked). */ notFound?: string }> = {
  "/": { as: "guest", path: () => "/" },
  "/appeal": { as: "guest", path: () => "/appeal" },
  "/email-settings": { as: "guest", path: () => "/email-settings" },
  "/forgot-password": { as: "guest", path: () => "/forgot-password" },
  "/get-help": { as: "guest", path: () => "/get-help" },
  "/reset-password": { as: "guest", path: () => "/reset-password" },
  "/safety": { as: "guest", path: () => "/safety" },
  "/sign-in": { as: "guest", path: () => "/sign-in" },
  "/sign-in/link": { as: "guest", path: () => "/sign-in/link" },
  "/sign-up": { as: "guest", path: () => "/sign-up" },
  "/signed-out": { as: "guest", path: () => "/signed-out" },
  "/verify-email": { as: "guest", path: () => "/verify-email" },
  "/dev/outbox": { as: "guest", path: () => "/dev/outbox" },
  "/bench/bare": { as: "guest", path: () => "/bench/bare" },

  "/bench/shell": { as: "seeker", path: () => "/bench/shell" },
  "/dashboard": { as: "seeker", path: () => "/dashboard" },
  "/account": { as: "seeker", path: () => "/account" },
  "/account/delete": { as: "seeker", path: () => "/account/delete" },
  "/account/notifications": { as: "seeker", path: () => "/account/notifications" },
  "/notifications": { as: "seeker", path: () => "/notifications" },
  "/onboarding": { as: "seeker", path: () => "/onboarding" },
  "/onboarding/[step]": { as: "seeker", path: () => "/onboarding/topics" },
  "/profile": { as: "seeker", path: () => "/profile" },
  "/profile/edit/[section]": { as: "seeker", path: () => "/profile/edit/boundaries" },
  "/relationships": { as: "seeker", path: () => "/relationships" },
  "/relationships/[id]": { as: "seeker", path: (ids) => `/relationships/${ids.relationshipId}` },
  "/reports": { as: "seeker", path: () => "/reports" },
  "/reports/new": { as: "seeker", path: (ids) => `/reports/new?kind=person&id=${ids.partner.id}` },
  "/requests": { as: "seeker", path: () => "/requests" },
  "/suggestions": { as: "seeker", path: () => "/suggestions" },
  "/spaces": { as: "seeker", path: () => "/spaces" },
  "/spaces/waiting": { as: "seeker", path: () => "/spaces/waiting", notFound: "it exists only while the person's first post waits; the fixture's post is published" },
  "/spaces/[slug]": { as: "seeker", path: (ids) => `/spaces/${ids.spaceSlug}` },
  "/spaces/[slug]/new": { as: "seeker", path: (ids) => `/spaces/${ids.spaceSlug}/new` },
  "/spaces/[slug]/posts/[id]": { as: "seeker", path: (ids) => `/spaces/${ids.spaceSlug}/posts/${ids.postId}` },
  "/circles": { as: "seeker", path: () => "/circles" },

  "/appeals/[id]": { as: "partner", path: (ids) => `/appeals/${ids.actionId}` },
  "/volunteer": { as: "partner", path: () => "/volunteer" },
  "/volunteer/apply/[step]": { as: "partner", path: () => "/volunteer/apply/1" },

  "/circles/[id]": { as: "demoMentor", path: (ids) => `/circles/${ids.circleId}` },
  "/circles/new": { as: "demoMentor", path: () => "/circles/new" },
  "/circles/training": { as: "demoMentor", path: () => "/circles/training" },

  "/admin": { as: "moderator", path: () => "/admin" },
  "/admin/queue": { as: "moderator", path: () => "/admin/queue" },
  "/admin/queue/appeals/[id]": { as: "moderator", path: (ids) => `/admin/queue/appeals/${ids.appealId}` },
  "/admin/queue/relationships/[id]": { as: "moderator", path: (ids) => `/admin/queue/relationships/${ids.relationshipId}` },
  "/admin/reports": { as: "moderator", path: () => "/admin/reports" },
  "/admin/circles/[id]": { as: "moderator", path: (ids) => `/admin/circles/${ids.circleId}` },
  "/admin/reports/[id]": { as: "moderator", path: (ids) => `/admin/reports/${ids.reportId}` },
  "/admin/safety": { as: "moderator", path: () => "/admin/safety" },
  "/admin/safety/[id]": { as: "moderator", path: (ids) => `/admin/safety/${ids.safetyItemId}` },
  "/admin/space-posts": { as: "moderator", path: () => "/admin/space-posts" },
  "/admin/space-posts/[id]": { as: "moderator", path: (ids) => `/admin/space-posts/${ids.postId}` },
  "/admin/applications": { as: "moderator", path: () => "/admin/applications" },
  "/admin/applications/[userId]": { as: "moderator", path: (ids) => `/admin/applications/${ids.partner.id}` },
  "/admin/rounds": { as: "moderator", path: () => "/admin/rounds" },
  "/admin/rounds/[roundId]": { as: "moderator", path: (ids) => `/admin/rounds/${ids.roundId}` },
  "/admin/health": { as: "moderator", path: () => "/admin/health" },

  "/admin/topics": { as: "admin", path: () => "/admin/topics" },
  "/admin/spaces": { as: "admin", path: () => "/admin/spaces" },
  "/admin/moderators": { as: "admin", path: () => "/admin/moderators" },
  "/admin/crisis-resources": { as: "admin", path: () => "/admin/crisis-resources" },
  "/admin/on-call": { as: "admin", path: () => "/admin/on-call" },
  "/admin/outbox": { as: "admin", path: () => "/admin/outbox" },
  "/admin/settings": { as: "admin", path: () => "/admin/settings" },
  "/admin/audit": { as: "admin", path: () => "/admin/audit" },
};

/** Every page route under app/, as the address shows it: route groups "(…)" dropped. */
function appRoutes(dir = join(process.cwd(), "app")): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...appRoutes(full));
    else if (name === "page.tsx") {
      const segments = relative(join(process.cwd(), "app"), dir).split(sep).filter((s) => s && !/^\(.*\)$/.test(s));
      found.push(`/${segments.join("/")}`);
    }
  }
  return found.sort();
}

test("the list below names every page in the app, and nothing else", () => {
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(50);
  expect(routes.filter((r) => !(r in pages)), "pages with no entry in tests/e2e/no-overflow.spec.ts").toEqual([]);
  expect(Object.keys(pages).filter((r) => !routes.includes(r)), "entries for pages that no longer exist").toEqual([]);
});

/** The first href on a page matching a pattern (read from the seeded demo data), if there is one. */
async function firstHref(page: Page, path: string, pattern: RegExp): Promise<string | null> {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

/** An id nothing has: the page's "not found" answer is still checked for width, and the run says so. */
const MISSING = "00000000-0000-4000-8000-000000000000";

async function makeIds(browser: Browser, request: APIRequestContext): Promise<Ids> {
  const response = await request.post("/dev/fixtures/moderation");
  expect(response.ok(), await response.text()).toBe(true);
  const fixture = (await response.json()) as Omit<Ids, "circleId" | "roundId">;

  // Circles and rounds come from the demo data the test server is seeded with; each look is its own browser.
  const circleId = await as(browser, { email: "mentor@alongside.test", password: DEMO_PASSWORD, name: "Maya (demo mentor)" }, async (page) => (await firstHref(page, "/circles", /^\/circles\/[0-9a-f-]{36}$/))?.split("/")[2] ?? MISSING);
  const roundId = await as(browser, { email: demo.moderator.email, password: DEMO_PASSWORD, name: demo.moderator.name }, async (page) => {
    await page.goto("/admin/rounds");
    let round = await page.locator("main a[href^='/admin/rounds/']").first().getAttribute("href", { timeout: 2000 }).catch(() => null);
    if (!round) {
      // No round yet on this database: preview one (nothing is sent until someone commits it).
      await page.getByRole("button", { name: "Preview the round" }).click();
      await page.waitForURL(/\/admin\/rounds\/[0-9a-f-]{36}/, { timeout: 15_000 }).catch(() => null);
      round = /\/admin\/rounds\/[0-9a-f-]{36}/.test(page.url()) ? new URL(page.url()).pathname : `/admin/rounds/${MISSING}`;
    }
    return round.split("/")[3]!;
  });
  return { ...fixture, circleId, roundId };
}

/** Runs `look` in a fresh browser context signed in as the person (a cleared cookie can come back with a live poll). */
async function as<T>(browser: Browser, who: { email: string; password: string; name: string }, look: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, who.email, who.password, who.name);
    return await look(page);
  } finally {
    await context.close();
  }
}

async function signInAs(page: Page, role: Role, ids: Ids) {
  if (role === "guest") return;
  const who = {
    seeker: ids.seeker,
    partner: ids.partner,
    demoMentor: { email: "mentor@alongside.test", password: DEMO_PASSWORD, name: "Maya (demo mentor)" },
    moderator: { email: demo.moderator.email, password: DEMO_PASSWORD, name: demo.moderator.name },
    admin: { email: "admin@alongside.test", password: DEMO_PASSWORD, name: "Ada (demo admin)" },
  }[role];
  await signIn(page, who.email, who.password, who.name);
}

/** How far the page scrolls sideways, and the widest elements (for a useful failure message). */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

test.describe("no sideways scrolling at 360 px", () => {
  let ids: Ids;

  test.beforeAll(async ({ browser, request }) => {
    test.setTimeout(120_000);
    ids = await makeIds(browser, request);
  });

  for (const role of ["guest", "seeker", "partner", "demoMentor", "moderator", "admin"] as const) {
    const routes = Object.entries(pages).filter(([, p]) => p.as === role);
    if (routes.length === 0) continue;
    test(`pages for ${role === "guest" ? "someone signed out" : role}`, async ({ page }) => {
      test.setTimeout(30_000 + routes.length * 10_000);
      await signInAs(page, role, ids);
      for (const [route, p] of routes) {
        const path = p.path(ids);
        const response = await page.goto(path, { waitUntil: "load" });
        if (p.notFound) test.info().annotations.push({ type: "not found by design", description: `${route}: ${p.notFound}` });
        else if (path.includes(MISSING)) test.info().annotations.push({ type: "no real id", description: `${route}: nothing of this kind in the seeded data; checked its "not found" page` });
        // Otherwise a real page, not an error: the ids are real and the person is the right one.
        else expect.soft(response?.status(), `${route} (${path}) answered`).toBeLessThan(400);
        const o = await overflowOf(page);
        expect.soft(o.scrollWidth, `${route} (${path}) scrolls sideways; widest: ${o.culprits.join(", ")}`).toBeLessThanOrEqual(o.clientWidth);
      }
    });
  }
});
