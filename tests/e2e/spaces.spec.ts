import { type Browser, expect, type Page, test } from "@playwright/test";
import { advanceClock, type FixturePerson, makeRelationship, resetClock } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, notice, secondBrowser, signIn, wcagScan } from "./support";

/**
 * Spaces, as people use them: a first post waits for a moderator and says
 * so; a reply box shows the writer's wish; an unanswered post reaches a
 * mentor's waiting list; the writer marks a reply helped; a crisis post is
 * held with crisis lines at once and leads the queue; a content note folds a
 * post and a reader's filter hides it; a removal reaches the writer with its
 * reason and the appeal; every new page passes axe and fits 360 px.
 */

const mentor = { email: "mentor@alongside.test", name: "Maya (demo mentor)" };
const admin = { email: "admin@alongside.test", name: "Ada (demo admin)" };
const SPACE = "loneliness";
const SPACE_NAME = "Loneliness";

async function writePost(page: Page, writer: FixturePerson, post: { title: string; body: string; note?: string }) {
  await signIn(page, writer.email, writer.password, writer.name);
  await page.goto(`/spaces/${SPACE}`);
  await page.getByRole("link", { name: "Write a post" }).click();
  await page.getByLabel("Title").fill(post.title);
  await page.getByLabel("Your words").fill(post.body);
  if (post.note) await page.getByLabel("Content note (optional)").selectOption({ label: post.note });
  await page.getByRole("button", { name: `Post in ${SPACE_NAME}` }).click();
}

/** A moderator publishes the writer's held post from the queue. */
async function publishFromQueue(browser: Browser, writerName: string) {
  const mod = await secondBrowser(browser);
  try {
    await signIn(mod.page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.page.goto("/admin/queue");
    await mod.page.getByRole("link", { name: `First posts: a post in ${SPACE_NAME} by ${writerName}` }).click();
    await mod.page.getByRole("button", { name: "Publish this post" }).click();
    await expect(notice(mod.page, "Published. The writer has been told.")).toBeVisible();
  } finally {
    await mod.context.close();
  }
}

test("a first post waits, then a mentor answers it from the waiting list and the writer marks it helped", async ({ page, browser, request }) => {
  const { seeker } = await makeRelationship(request, { seekerTimezone: "Europe/London" });
  const title = `Quiet evenings ${Date.now()}`;
  await writePost(page, seeker, { title, body: "Since the move the flat is so quiet in the evenings. I don't need fixing, I just want someone to hear it." });
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(notice(page, /first 2 posts are read by a moderator/)).toBeVisible();

  await publishFromQueue(browser, seeker.name);
  const answerer = await secondBrowser(browser);
  try {
    await advanceClock(request, 13);
    await signIn(answerer.page, mentor.email, DEMO_PASSWORD, mentor.name);
    await answerer.page.goto("/dashboard");
    await answerer.page.getByRole("link", { name: "Posts in spaces waiting for a reply" }).click();
    await answerer.page.getByRole("link", { name: title }).click();
    // The writer's wish sits beside the reply box; nothing is counted on the page.
    const form = answerer.page.locator("form", { has: answerer.page.getByLabel("Your reply") });
    await expect(form).toContainText(`${seeker.name} asked for: just listen`);
    await expect(answerer.page.getByRole("main")).not.toContainText(/\b\d+ (likes?|reactions?|followers?|people)\b/);
    await answerer.page.getByLabel("Your reply").fill("I hear you. Quiet evenings after a move can feel so heavy. I'm glad you wrote it down here.");
    await answerer.page.getByRole("button", { name: "Post reply" }).click();
    await expect(answerer.page.getByText("Your reply is posted.")).toBeVisible();

    await page.reload();
    await page.getByRole("button", { name: "This helped" }).click();
    await expect(page.getByText("Marked: this helped.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("The writer said this helped")).toBeVisible();
  } finally {
    await resetClock(request);
    await answerer.context.close();
  }
});

test("a crisis post is held with crisis lines at once, never shown to others, and leads the queue", async ({ page, browser, request }) => {
  const { seeker, partner } = await makeRelationship(request, { seekerTimezone: "America/New_York" });
  await writePost(page, seeker, { title: "I can't do this", body: "I don't want to be alive anymore. I have the pills ready tonight." });
  const care = page.getByRole("complementary", { name: "Support for you" });
  await expect(care).toContainText("Your post reached our moderators");
  await expect(care.getByRole("link", { name: /988/ }).first()).toBeVisible();
  const href = await page.getByRole("link", { name: "your post's page" }).getAttribute("href");

  const other = await secondBrowser(browser);
  const mod = await secondBrowser(browser);
  try {
    await signIn(other.page, partner.email, partner.password, partner.name);
    await other.page.goto(href!);
    await expect(other.page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
    await other.page.goto(`/spaces/${SPACE}`);
    await expect(other.page.getByRole("main")).not.toContainText("I can't do this");

    await signIn(mod.page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.page.goto("/admin/queue");
    const safety = mod.page.getByRole("region", { name: /^Safety items/ });
    const titles = await safety.getByRole("listitem").allInnerTexts();
    // Titles read "Crisis: <kind of risk> — a post in a space by <name>".
    const at = titles.findIndex((t) => t.includes("Crisis:") && t.includes(`a post in a space by ${seeker.name}`));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(titles.slice(0, at + 1).every((t) => t.includes("Crisis:"))).toBe(true);
    const held = await mod.page.getByRole("region", { name: /^Posts held in spaces/ }).getByRole("listitem").first().innerText();
    expect(held).toContain("Crisis");
  } finally {
    await other.context.close();
    await mod.context.close();
  }
});

test("a content note folds a post; a reader's filter hides it; a removal reaches the writer with its reason and the appeal", async ({ page, browser, request }) => {
  const { seeker, partner } = await makeRelationship(request, { seekerTimezone: "Europe/London" });
  const title = `Missing her ${Date.now()}`;
  await writePost(page, seeker, { title, body: "It has been a year since my sister died and today is hard.", note: "loss and grief" });
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const postUrl = page.url();
  await publishFromQueue(browser, seeker.name);

  const reader = await secondBrowser(browser);
  const mod = await secondBrowser(browser);
  try {
    const r = reader.page;
    await signIn(r, partner.email, partner.password, partner.name);
    await r.goto(`/spaces/${SPACE}`);
    const folded = r.locator("details", { hasText: `Content note: loss and grief. Open to read “${title}”` });
    await expect(folded).toHaveCount(1);
    await expect(folded.getByRole("link", { name: title })).toBeHidden();
    await folded.locator("summary").click();
    await expect(folded.getByRole("link", { name: title })).toBeVisible();

    await r.goto("/spaces");
    await r.getByRole("group", { name: "Leave out posts about" }).getByLabel("loss and grief").check();
    await r.getByRole("button", { name: "Save" }).click();
    await expect(notice(r, "Saved. Posts with those notes are left out for you.")).toBeVisible();
    await r.goto(`/spaces/${SPACE}`);
    await expect(r.getByRole("main")).not.toContainText(title);

    await signIn(mod.page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.page.goto(`/admin/space-posts/${postUrl.split("/").at(-1)}`);
    await mod.page.getByLabel("The guideline it broke, as the writer will read it").fill("Please keep other people's full names out of posts.");
    await mod.page.getByRole("button", { name: "Take it down" }).click();
    await expect(notice(mod.page, /Taken down/)).toBeVisible();

    await page.goto("/notifications");
    await expect(page.getByRole("main")).toContainText("Please keep other people's full names out of posts.");
    await page.goto(postUrl);
    await expect(notice(page, /A moderator took this post down/)).toContainText("Please keep other people's full names out of posts.");
    await page.goto("/notifications");
    await page.getByRole("main").getByRole("link", { name: /A note from Alongside's moderators/ }).first().click();
    await expect(page.getByRole("main")).toContainText(/appeal/i);
  } finally {
    await reader.context.close();
    await mod.context.close();
  }
});

test("every new page passes axe and fits a 360 px phone", async ({ page, browser, request }) => {
  const { seeker } = await makeRelationship(request, { seekerTimezone: "Europe/London" });
  await writePost(page, seeker, { title: `Axe check ${Date.now()}`, body: "Just checking in with the space today.", note: "something difficult" });
  const postPath = new URL(page.url()).pathname;
  const staff = await secondBrowser(browser);
  try {
    await signIn(staff.page, admin.email, DEMO_PASSWORD, admin.name);
    const check = async (p: Page, path: string) => {
      await p.setViewportSize({ width: 360, height: 740 });
      await p.goto(path);
      await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is wider than 360 px`).toBeLessThanOrEqual(360);
      const results = await wcagScan(p);
      expect(results.violations.map((v) => ({ path, rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
    };
    for (const path of ["/spaces", `/spaces/${SPACE}`, `/spaces/${SPACE}/new`, postPath]) await check(page, path);
    for (const path of ["/spaces/waiting", "/admin/spaces", `/admin/space-posts/${postPath.split("/").at(-1)}`, "/admin/space-posts"]) await check(staff.page, path);
  } finally {
    await staff.context.close();
  }
});
