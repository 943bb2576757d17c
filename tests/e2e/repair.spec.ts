import { expect, type Page, test } from "@playwright/test";
import { advanceClock, makeRelationship, openRelationship, openSection, resetClock } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, notice, secondBrowser, signIn } from "./support";

/**
 * Rupture and repair between two people, each in their own browser: one
 * says something felt off, the other is told gently and answers, both say
 * "we're good", and it shows as repaired. Moderators see a rupture left open
 * for 7 days (the app's clock), without any of the words.
 */

// Two people sign in (argon2) and each opens the fold, on a small shared machine: give them room.
test.slow();

const repair = (page: Page) => page.getByRole("region", { name: "Working things through" });

const words = {
  happened: "When I mentioned the move you changed the subject",
  needed: "A minute to talk about it",
  heard: "That I moved on too fast from something big",
};

async function nameIt(page: Page, otherName: string) {
  // Nothing is open yet, so the fold is closed until the person opens it.
  const section = await openSection(page, "Working things through");
  await expect(section.getByText("This is not a report and not a block")).toBeVisible();
  await section.locator("summary").filter({ hasText: "Something felt off…" }).click();
  await section.getByLabel("What happened").fill(words.happened);
  await section.getByLabel("What I needed (optional)").fill(words.needed);
  await section.getByRole("button", { name: `Share with ${otherName}` }).click();
  await expect(section.getByText(/you said something felt off/)).toBeVisible();
}

test("two people name and repair a rupture; the other side gets a gentle notice", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "mentorship" });
  await openRelationship(page, seeker, relationshipId);
  await nameIt(page, partner.name);
  await expect(repair(page).getByText(words.happened)).toBeVisible();

  const other = await secondBrowser(browser);
  try {
    await openRelationship(other.page, partner, relationshipId);
    const section = repair(other.page);
    // Something open between them: the fold is open by itself (the notice's link points at #repair).
    await expect(section.locator("details").first()).toHaveAttribute("open", "");
    await expect(notice(other.page, `${seeker.name} felt something was a little off`)).toBeVisible();
    await expect(section.getByText("Nobody is in trouble")).toBeVisible();
    await expect(section.getByText(words.happened)).toBeVisible();
    await expect(section.getByText(words.needed)).toBeVisible();
    await section.getByLabel("What I heard").fill(words.heard);
    await section.getByRole("button", { name: `Share with ${seeker.name}` }).click();
    await expect(section.getByText(words.heard)).toBeVisible();
    await section.getByRole("button", { name: "We're good" }).click();
    await expect(section.getByText(`It's repaired once ${seeker.name} feels the same.`)).toBeVisible();

    await page.reload();
    const mine = repair(page);
    await expect(mine.getByText(words.heard)).toBeVisible();
    await expect(mine.getByText(`${partner.name} feels you're good again.`)).toBeVisible();
    await mine.getByRole("button", { name: "We're good" }).click();
    await expect(mine.getByText(/worked through something together/)).toBeVisible();
    // Repaired: the words are no longer on the page, and something new can be named again.
    await expect(mine.getByText(words.happened)).toHaveCount(0);
    await expect(mine.locator("summary").filter({ hasText: "Something felt off…" })).toBeVisible();

    await other.page.reload();
    await openSection(other.page, "Working things through");
    await expect(repair(other.page).getByText(/worked through something together/)).toBeVisible();
  } finally {
    await other.context.close();
  }
});

test("a rupture open for 7 days shows in the moderators' queue, without the words", async ({ page, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "mentorship" });
  try {
    await openRelationship(page, seeker, relationshipId);
    await nameIt(page, partner.name);
    await advanceClock(request, 7 * 24 + 1);
    await page.context().clearCookies();
    await signIn(page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await page.goto("/admin/queue");
    const list = page.getByRole("region", { name: "Ruptures unrepaired for 7 days" });
    const item = list.getByRole("listitem").filter({ hasText: `${seeker.name} and ${partner.name}` });
    await expect(item).toContainText("Open for 7 days");
    await expect(list.getByText(words.happened)).toHaveCount(0);
  } finally {
    await resetClock(request);
  }
});
