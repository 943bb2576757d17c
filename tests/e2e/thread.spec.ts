import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship } from "./relationship-fixture";
import { notice, secondBrowser, signIn, wcagScan } from "./support";

/**
 * The thread between two people: live delivery without a reload, drafts that
 * survive failures, one message per draft, unread counts, and care beside
 * crisis language. Each test makes its own pair through the fixture route.
 */

// Two people means two sign-ins (argon2) and a few poll rounds: more than the default on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const thread = (page: Page, otherName: string) => page.getByRole("region", { name: `Thread with ${otherName}` });
const box = (page: Page, otherName: string) => page.getByLabel(`Message to ${otherName}`);
const sendButton = (page: Page) => page.getByRole("button", { name: "Send", exact: true });
const announcer = (page: Page) => page.locator('[aria-live="polite"]');

/** Marks the window, so a test can tell later that the page was never reloaded. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { __notReloaded?: boolean }).__notReloaded = true));
}
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);

test("two people exchange messages, and each sees the other's appear without a reload", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "friendship" });
  await openRelationship(page, seeker, relationshipId);
  await expect(page.getByRole("heading", { level: 2, name: "Messages" })).toBeVisible();
  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, partner, relationshipId);
    await expect(thread(other.page, seeker.name).getByText("No messages yet.")).toBeVisible();
    await markWindow(page);
    await markWindow(other.page);

    await box(page, partner.name).fill("Hi! How did the interview go?\nNo rush, and here's the article: https://example.org/steady.");
    await sendButton(page).click();
    await expect(box(page, partner.name)).toHaveValue("");
    await expect(thread(page, partner.name).getByText("Hi! How did the interview go?")).toBeVisible();

    // The other person: without a reload, within a few seconds.
    const arrived = thread(other.page, seeker.name).getByRole("article", { name: new RegExp(`^${seeker.name},`) });
    await expect(arrived).toContainText("Hi! How did the interview go?");
    await expect(announcer(other.page).filter({ hasText: `New message from ${seeker.name}.` })).toHaveCount(1);
    // Line breaks kept; the web address is a safe link, the full stop outside it.
    const text = arrived.locator("p.whitespace-pre-wrap");
    expect(await text.evaluate((p) => [p.textContent, getComputedStyle(p).whiteSpace])).toEqual([
      "Hi! How did the interview go?\nNo rush, and here's the article: https://example.org/steady (opens in a new tab).",
      "pre-wrap",
    ]);
    const link = arrived.getByRole("link", { name: /https:\/\/example\.org\/steady/ });
    await expect(link).toHaveAttribute("href", "https://example.org/steady");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    await expect(link).toHaveAttribute("target", "_blank");

    // A reply with Ctrl+Enter comes back the same way.
    await box(other.page, seeker.name).fill("It went well, I think!");
    await box(other.page, seeker.name).press("Control+Enter");
    await expect(box(other.page, seeker.name)).toHaveValue("");
    await expect(thread(page, partner.name).getByRole("article", { name: new RegExp(`^${partner.name},`) })).toContainText("It went well, I think!");
    await expect(announcer(page).filter({ hasText: `New message from ${partner.name}.` })).toHaveCount(1);

    expect(await notReloaded(page)).toBe(true);
    expect(await notReloaded(other.page)).toBe(true);
    // Each message once, in order, after everything has settled.
    await page.reload();
    await expect(thread(page, partner.name).getByRole("article")).toHaveCount(2);
    await expect(thread(page, partner.name).getByRole("article").last()).toContainText("It went well, I think!");
  } finally {
    await other.context.close();
  }
});

test("a message that is too long keeps the draft, with a clear error; a shorter one sends", async ({ page, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request);
  await openRelationship(page, seeker, relationshipId);
  const long = `${"All of this matters to me. ".repeat(150)}`.trim();
  expect(long.length).toBeGreaterThan(4000);
  await box(page, partner.name).fill(long);
  await expect(page.getByText(/a little too long/)).toBeVisible();
  await sendButton(page).click();
  await expect(page.getByRole("alert").filter({ hasText: `A message can be up to 4000 characters; this one has ${long.length}.` })).toBeVisible();
  await expect(box(page, partner.name)).toHaveValue(long);
  await expect(box(page, partner.name)).toHaveAttribute("aria-invalid", "true");
  await expect(thread(page, partner.name).getByRole("article")).toHaveCount(0);

  await box(page, partner.name).fill("All of this matters to me.");
  await sendButton(page).click();
  await expect(box(page, partner.name)).toHaveValue("");
  await expect(thread(page, partner.name).getByRole("article")).toHaveCount(1);
});

test("a lost answer keeps the draft, and sending it again stores it once", async ({ page, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request);
  await openRelationship(page, seeker, relationshipId);
  // The server gets the first send and stores it, but its answer never arrives.
  await page.route(
    `**/relationships/${relationshipId}`,
    async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await route.fetch();
      await route.abort("connectionfailed");
    },
    { times: 1 },
  );
  await box(page, partner.name).fill("Thinking of you today.");
  await sendButton(page).click();
  await expect(notice(page, "We couldn't reach Alongside")).toBeVisible();
  await expect(box(page, partner.name)).toHaveValue("Thinking of you today.");

  await sendButton(page).click();
  await expect(box(page, partner.name)).toHaveValue("");
  await expect(thread(page, partner.name).getByText("Thinking of you today.")).toHaveCount(1);
  await page.reload();
  await expect(thread(page, partner.name).getByText("Thinking of you today.")).toHaveCount(1);
});

test("new messages are counted on the list and the home page until the thread is opened", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request);
  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, partner, relationshipId);
    for (const body of ["Hello from your mentor.", "Tuesday evening still good?", "No pressure either way."]) {
      await box(other.page, seeker.name).fill(body);
      await sendButton(other.page).click();
      await expect(box(other.page, seeker.name)).toHaveValue("");
    }
  } finally {
    await other.context.close();
  }
  // Not opened yet: counted on the home page and on the list.
  await signIn(page, seeker.email, seeker.password, seeker.name);
  const people = page.getByRole("region", { name: "Your people" });
  await expect(people.getByText("3 new messages")).toBeVisible();
  await page.goto("/relationships");
  await expect(page.getByRole("main").getByText("3 new messages")).toBeVisible();
  // Opening the thread reads them.
  await page.getByRole("link", { name: partner.name }).click();
  await expect(thread(page, partner.name).getByText("No pressure either way.")).toBeVisible();
  await page.goto("/relationships");
  await expect(page.getByRole("link", { name: partner.name })).toBeVisible();
  await expect(page.getByText(/new message/)).toHaveCount(0);
});

test("crisis language: the author sees care and helplines at once, the other person sees how to help", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { seekerTimezone: "Europe/London" });
  await openRelationship(page, seeker, relationshipId);
  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, partner, relationshipId);
    await box(page, partner.name).fill("I can't do this anymore. I want to kill myself tonight.");
    await sendButton(page).click();

    // Sent as written, and right under it, for the author:
    await expect(thread(page, partner.name).getByText("I want to kill myself tonight.")).toBeVisible();
    const care = thread(page, partner.name).getByRole("complementary", { name: "Support for you" });
    await expect(care).toContainText(`You matter. Your message was sent to ${partner.name}.`);
    await expect(care.getByRole("link", { name: "Call 116 123" })).toHaveAttribute("href", "tel:116123");
    await expect(care.getByRole("link", { name: "Helplines in other places" })).toHaveAttribute("href", "/get-help");
    await expect(announcer(page).filter({ hasText: "Message sent. You matter" })).toHaveCount(1);

    // The other person gets the message, and guidance beside it.
    await expect(thread(other.page, seeker.name).getByText("I want to kill myself tonight.")).toBeVisible();
    const guidance = thread(other.page, seeker.name).getByRole("complementary", { name: `How to help ${seeker.name}` });
    await expect(guidance).toContainText(`${seeker.name} may be in crisis`);
    await expect(guidance).toContainText("Don't promise to keep it secret");
    await expect(guidance).toContainText("Tell a moderator");
    await expect(guidance.getByRole("link", { name: "Get help now" })).toHaveAttribute("href", "/get-help");
    await expect(announcer(other.page).filter({ hasText: "There is a note beside it on how to help." })).toHaveCount(1);
    // Neither side's note is shown to the wrong person, and the conversation goes on.
    await expect(thread(other.page, seeker.name).getByRole("complementary", { name: "Support for you" })).toHaveCount(0);
    await expect(thread(page, partner.name).getByRole("complementary", { name: /How to help/ })).toHaveCount(0);
    await box(other.page, seeker.name).fill("I'm here. I'm really glad you told me.");
    await sendButton(other.page).click();
    await expect(thread(page, partner.name).getByText("I'm really glad you told me.")).toBeVisible();

    // The thread, notes and composer pass axe (WCAG 2 A and AA), and fit a 360 px phone.
    const results = await wcagScan(page, 'section[aria-labelledby="thread-heading"]');
    expect(results.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(sendButton(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const sendBox = await sendButton(page).boundingBox();
    expect(sendBox?.height).toBeGreaterThanOrEqual(44);
  } finally {
    await other.context.close();
  }
});
