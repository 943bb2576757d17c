import { expect, type Page, test } from "@playwright/test";
import { advanceClock, makeRelationship, openRelationship, openSection, resetClock } from "./relationship-fixture";
import { notice, secondBrowser, signIn } from "./support";

// Two people sign in (argon2) in each test, on a small shared machine: give them room.
test.slow();

const main = (page: Page) => page.getByRole("main");
const endingName = /^(Ending well|How it ended)$/;
const endingSection = (page: Page) => main(page).getByRole("region", { name: endingName });
const isOpen = (section: ReturnType<typeof endingSection>) => expect(section.locator("details").first()).toHaveAttribute("open", "");
/** A <summary> has no role Playwright exposes: found by its text. */
const summary = (page: Page, text: string | RegExp) => main(page).locator("summary").filter({ hasText: text });

test("a seeker closes with closing words, lands on suggestions with a warm line, and the mentor reads the ending in the archive", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner: mentor } = await makeRelationship(request, { kind: "mentorship" });
  await openRelationship(page, seeker, relationshipId);
  const section = endingSection(page);
  await expect(section.getByRole("heading", { name: "Ending well" })).toBeVisible();
  // No rhythm yet: the final check-in is explained, not offered.
  await openSection(page, endingName);
  await summary(page, `Close this relationship with ${mentor.name}…`).click();
  await expect(section.getByText(/Once you two have agreed a rhythm/)).toBeVisible();
  await section.getByRole("group", { name: "Why is it ending?" }).getByRole("radio", { name: "I feel ready to go on by myself" }).check();
  await section.getByLabel("What I valued").fill("You always listened first.");
  await section.getByLabel("What I take with me").fill("That asking is allowed.");
  await section.getByRole("button", { name: `Close the relationship with ${mentor.name}` }).click();

  await expect(page).toHaveURL(/\/suggestions\?after=ended$/);
  await expect(notice(page, "You're not alone in this")).toBeVisible();
  await expect(notice(page, "Here are people who fit what you asked for")).toBeVisible();

  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, mentor, relationshipId);
    const archive = endingSection(other.page);
    await expect(archive.getByRole("heading", { name: "How it ended" })).toBeVisible();
    // How it ended is there to be read: its fold is open from the start.
    await isOpen(archive);
    await expect(archive.getByText(`${seeker.name} closed this relationship on`)).toBeVisible();
    await expect(archive.getByText("They feel ready to go on by themselves.")).toBeVisible();
    await expect(archive.getByText(`${seeker.name}'s closing words for you`)).toBeVisible();
    await expect(archive.getByText(/What I valued: You always listened first\./)).toBeVisible();
    await expect(archive.getByText(/What I take with me: That asking is allowed\./)).toBeVisible();
    // Nothing left to close, and the timeline tells the end of the story.
    await expect(summary(other.page, /^Close this relationship/)).toHaveCount(0);
    const story = await openSection(other.page, "Your story together");
    await expect(story.getByText(`${seeker.name} closed the relationship`)).toBeVisible();
    // The bell's words never quote the reflection.
    await other.page.goto(`/dev/outbox?${new URLSearchParams({ to: mentor.email })}`);
    const mail = other.page.getByRole("article", { name: `${seeker.name} has closed your relationship to ${mentor.email}`, exact: true });
    await expect(mail).toBeVisible();
    await expect(mail).not.toContainText("listened first");
  } finally {
    await other.context.close();
  }
});

test("one final check-in first: the ending waits for the next check-in to close, then happens by itself", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner: mentor } = await makeRelationship(request, { kind: "mentorship", rhythm: { cadence: "weekly", day: "tue", part: "evening" } });
  try {
    await openRelationship(page, mentor, relationshipId);
    const section = await openSection(page, endingName);
    await summary(page, `Close this relationship with ${seeker.name}…`).click();
    await section.getByRole("group", { name: "Why is it ending?" }).getByRole("radio", { name: "I need to support fewer people" }).check();
    await section.getByRole("checkbox", { name: "One final check-in first" }).check();
    await section.getByRole("button", { name: `Close the relationship with ${seeker.name}` }).click();
    await expect(section.getByText("You planned one final check-in")).toBeVisible();
    await expect(section.getByRole("button", { name: "Cancel the planned ending" })).toBeVisible();

    const other = await secondBrowser(browser);
    try {
      await openRelationship(other.page, seeker, relationshipId);
      // A planned ending opens its fold by itself.
      await isOpen(endingSection(other.page));
      await expect(endingSection(other.page).getByText(`${mentor.name} would like one final check-in`)).toBeVisible();
      // Nine days on, the final check-in has closed: opening the page finishes the ending.
      await advanceClock(request, 9 * 24);
      await other.page.reload();
      await expect(endingSection(other.page).getByText(`${mentor.name} closed this relationship on`)).toBeVisible();
      await expect(endingSection(other.page).getByText("They need to support fewer people.")).toBeVisible();
    } finally {
      await other.context.close();
    }
  } finally {
    await resetClock(request);
  }
});

test("a block from the thread hides the relationship from both people", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner: mentor } = await makeRelationship(request, { kind: "mentorship" });
  await openRelationship(page, mentor, relationshipId);
  const safety = await openSection(page, "Safety");
  await summary(page, `Block ${seeker.name}…`).click();
  await safety.getByRole("button", { name: `Yes, block ${seeker.name}` }).click();

  await expect(page).toHaveURL(/\/relationships\?after=blocked$/);
  await expect(notice(page, "You won't see each other anywhere on Alongside")).toBeVisible();
  await expect(main(page).getByText(seeker.name)).toHaveCount(0);
  await page.goto(`/relationships/${relationshipId}`);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await page.goto("/account");
  const blocked = main(page).getByRole("region", { name: "People you blocked" });
  await expect(blocked.getByRole("listitem").filter({ hasText: seeker.name })).toBeVisible();
  await expect(blocked.getByRole("button", { name: `Unblock ${seeker.name}` })).toBeVisible();

  const other = await secondBrowser(browser);
  try {
    await signIn(other.page, seeker.email, seeker.password, seeker.name);
    await expect(main(other.page).getByText(mentor.name)).toHaveCount(0);
    await other.page.goto("/relationships");
    await expect(main(other.page).getByText(mentor.name)).toHaveCount(0);
    await other.page.goto(`/relationships/${relationshipId}`);
    await expect(other.page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    await other.page.goto("/account");
    await expect(main(other.page).getByRole("region", { name: "People you blocked" }).getByText("Nobody.", { exact: false })).toBeVisible();
  } finally {
    await other.context.close();
  }
});
