import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship, openSection } from "./relationship-fixture";
import { secondBrowser } from "./support";

/**
 * An ending or a block that lands while the other person has the relationship
 * page open: the live stream tells the page, which refreshes into its ended
 * state (an ending) or replaces itself (a block) without a reload.
 */

test.slow();

const main = (page: Page) => page.getByRole("main");
const endingSection = (page: Page) => main(page).getByRole("region", { name: /^(Ending well|How it ended)$/ });
const summary = (page: Page, text: string | RegExp) => main(page).locator("summary").filter({ hasText: text });

/** The page has opened its live stream (so what happens next reaches it). */
async function openLive(page: Page, person: Parameters<typeof openRelationship>[1], relationshipId: string) {
  const stream = page.waitForResponse((r) => r.url().includes(`/api/live?thread=${relationshipId}`));
  await openRelationship(page, person, relationshipId);
  expect((await stream).status()).toBe(200);
}

test("when the other person closes the relationship, the open page turns into its ended state by itself", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner: mentor } = await makeRelationship(request, { kind: "mentorship" });
  await openLive(page, mentor, relationshipId);
  await expect(page.getByLabel(`Message to ${seeker.name}`)).toBeVisible();
  await openSection(page, "Ending well");
  await expect(summary(page, `Close this relationship with ${seeker.name}…`)).toBeVisible();

  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, seeker, relationshipId);
    await openSection(other.page, "Ending well");
    await summary(other.page, `Close this relationship with ${mentor.name}…`).click();
    const section = endingSection(other.page);
    await section.getByRole("group", { name: "Why is it ending?" }).getByRole("radio", { name: "I feel ready to go on by myself" }).check();
    await section.getByRole("button", { name: `Close the relationship with ${mentor.name}` }).click();
    await expect(other.page).toHaveURL(/\/suggestions\?after=ended$/);
  } finally {
    await other.context.close();
  }

  // No reload: the composer and the closing form go, and the ending is told.
  await expect(page.getByLabel(`Message to ${seeker.name}`)).toHaveCount(0);
  await expect(endingSection(page).getByRole("heading", { name: "How it ended" })).toBeVisible();
  await expect(endingSection(page).getByText(`${seeker.name} closed this relationship on`)).toBeVisible();
  await expect(summary(page, /^Close this relationship/)).toHaveCount(0);
});

test("when the other person blocks, the open page replaces itself: no name, no messages, no forms", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner: mentor } = await makeRelationship(request, { kind: "mentorship" });
  await openLive(page, seeker, relationshipId);
  await expect(page.getByRole("heading", { level: 1, name: mentor.name })).toBeVisible();

  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, mentor, relationshipId);
    const safety = await openSection(other.page, "Safety");
    await summary(other.page, `Block ${seeker.name}…`).click();
    await safety.getByRole("button", { name: `Yes, block ${seeker.name}` }).click();
    await expect(other.page).toHaveURL(/\/relationships\?after=blocked$/);
  } finally {
    await other.context.close();
  }

  const gone = page.getByRole("heading", { level: 1, name: "This relationship has ended" });
  await expect(gone).toBeVisible();
  await expect(gone).toBeFocused();
  await expect(main(page).getByText(mentor.name)).toHaveCount(0);
  await expect(main(page).getByRole("textbox")).toHaveCount(0);
  await expect(main(page).getByRole("button")).toHaveCount(0);
  await main(page).getByRole("link", { name: "Back to your people" }).click();
  await expect(page).toHaveURL(/\/relationships$/);
  await expect(main(page).getByText(mentor.name)).toHaveCount(0);
});
