import { expect, type Page, test } from "@playwright/test";
import { createConfirmedPerson, DEMO_PASSWORD, mainNav, notice, secondBrowser, signIn } from "./support";

/**
 * One person, more than one way of taking part over time: a seeker adds
 * volunteering (and goes through the whole application and vetting), a
 * volunteer adds support (and onboarding opens for them). Each test makes
 * its own person; the approving admin is the demo account.
 */

test.slow();

const admin = { email: "admin@alongside.test", name: "Ada (demo admin)" };
const main = (page: Page) => page.getByRole("main");
const group = (page: Page, name: string | RegExp) => page.getByRole("group", { name });
const next = (page: Page, name = "Save and continue") => page.getByRole("button", { name, exact: true });
const atStep = (page: Page, n: number) => expect(page.getByText(`Step ${n} of 7`)).toBeVisible();

/** The mentor application, every step, with answers that pass the training. */
async function completeApplication(page: Page) {
  await page.getByRole("link", { name: "Start my application" }).click();
  await atStep(page, 1);
  await group(page, /What have you lived through/).getByRole("checkbox", { name: "Grief and loss" }).check();
  await next(page).click();
  await atStep(page, 2);
  await group(page, /How many people could you support/).getByRole("radio", { name: /^Two people/ }).check();
  await group(page, "Which rhythms could you keep?").getByRole("checkbox", { name: "Weekly" }).check();
  await page.getByRole("checkbox", { name: "Tuesday evening" }).check();
  await expect(page.getByLabel("Your timezone")).not.toHaveValue("");
  await next(page).click();
  await atStep(page, 3);
  await group(page, "Which languages could you mentor in?").getByRole("checkbox", { name: "English" }).check();
  await group(page, /When someone shares something hard/).getByRole("radio", { name: "Listen first" }).check();
  await group(page, /Your way of putting things/).getByRole("radio", { name: "Gentle" }).check();
  await group(page, /Your messages are usually/).getByRole("radio", { name: "Either is fine" }).check();
  await group(page, "Your age band").getByRole("radio", { name: "35–44" }).check();
  await next(page).click();
  await atStep(page, 4);
  await page.getByLabel("A few words about you").fill("I was supported here through a hard year, and I listen more than I talk.");
  await page.getByLabel("Why would you like to mentor?").fill("Someone kept me company when I needed it; I'd like to give that back now.");
  await next(page).click();
  await atStep(page, 5);
  await page.getByRole("checkbox", { name: /I will listen without judging/ }).check();
  await page.getByRole("checkbox", { name: /I will keep what is shared private/ }).check();
  await page.getByRole("checkbox", { name: /I will keep the boundaries of peer support/ }).check();
  await next(page, "I make these pledges").click();
  await atStep(page, 6);
  for (const [question, answer] of [
    [/don't want to be here anymore/, "Stay with them, ask whether they are safe right now"],
    [/a child in their home is being hurt/, "Tell them gently that you can't keep this private"],
    [/stop taking the medication/, "Say that's a question for their doctor"],
    [/lend them £50/, "Say kindly that mentors never give or lend money"],
    [/phone number so you can chat on WhatsApp/, "Say you'd like to keep talking here for now"],
    [/relapsed after six months sober/, "Thank them for telling you"],
    [/can't make this Tuesday's check-in/, "Let them know as early as you can"],
  ] as const) {
    await group(page, question).getByRole("radio", { name: new RegExp(`^${answer}`) }).check();
  }
  await next(page, "Check my answers and continue").click();
  await atStep(page, 7);
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page).toHaveURL(/\/volunteer$/);
  await expect(page.getByRole("heading", { level: 2, name: "Your application is with our moderators" })).toBeVisible();
}

test("a seeker adds volunteering from their account, is vetted and approved, and then has both roles' navigation", async ({ page, browser }) => {
  const person = await createConfirmedPerson(page, "giver", "support");
  await signIn(page, person.email, person.password, person.name);
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "Suggestions" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Volunteering" })).toHaveCount(0);

  // /volunteer is no longer a dead end: it offers the same step, and the application itself stays closed until then.
  expect((await page.goto("/volunteer/apply/1"))?.status()).toBe(404);
  expect((await page.goto("/volunteer"))?.status()).toBe(200);
  await expect(main(page).getByRole("heading", { level: 2, name: "Volunteer as a mentor too" })).toBeVisible();

  // From the account page: "I'd like to volunteer", clicked twice in a row, adds the role once.
  await page.goto("/account");
  const offer = main(page).getByRole("region", { name: "Volunteer as a mentor too" });
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "I'd like to volunteer" }).dblclick();
  await expect(page).toHaveURL(/\/volunteer\?notice=added$/);
  await expect(notice(page, /Volunteering is now part of your account/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Apply to be a mentor" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Volunteering" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Suggestions" })).toBeVisible();

  // The full application; until a moderator decides, nobody is matched with them.
  await completeApplication(page);
  await page.goto("/account");
  await expect(main(page).getByText("Looking for support, Volunteer mentor")).toBeVisible();
  await expect(main(page).getByRole("region", { name: "Volunteer as a mentor too" })).toHaveCount(0);

  const staff = await secondBrowser(browser);
  try {
    const a = staff.page;
    await signIn(a, admin.email, DEMO_PASSWORD, admin.name);
    await a.goto("/admin/applications");
    await a.getByRole("table").getByRole("link", { name: person.name }).click();
    await expect(a.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
    await a.getByRole("button", { name: `Approve ${person.name}` }).click();
    await expect(notice(a, /^Approved\. They'll see it/)).toBeVisible();
  } finally {
    await staff.context.close();
  }

  // Both ways of taking part, side by side: the seeker's navigation and the volunteer's.
  await page.goto("/dashboard");
  await expect(main(page).getByRole("heading", { level: 2, name: "You're an approved mentor" })).toBeVisible();
  await expect(main(page).getByRole("heading", { level: 2, name: "Tell us what would help" })).toBeVisible();
  for (const link of ["Suggestions", "My profile", "Requests", "Volunteering", "Your people"]) {
    await expect(nav.getByRole("link", { name: link, exact: true })).toBeVisible();
  }
  await nav.getByRole("link", { name: "Volunteering" }).click();
  await expect(page).toHaveURL(/\/volunteer$/);
  await expect(page.getByRole("heading", { level: 2, name: "You're an approved mentor" })).toBeVisible();
  await nav.getByRole("link", { name: "Your people" }).click();
  await expect(page).toHaveURL(/\/relationships$/);
  await expect(main(page).getByText("For support:")).toBeVisible();
  await expect(main(page).getByText(/As a volunteer: the people you support appear here/)).toBeVisible();
});

test("a volunteer adds support from their home page, and onboarding and their profile open for them", async ({ page }) => {
  const person = await createConfirmedPerson(page, "helper", "volunteer");
  await signIn(page, person.email, person.password, person.name);
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "My profile" })).toHaveCount(0);

  // A volunteer's empty list speaks to a volunteer, not to someone looking for support.
  await nav.getByRole("link", { name: "Your people" }).click();
  await expect(page).toHaveURL(/\/relationships$/);
  await expect(main(page).getByText(/The people you support appear here once you've both said yes/)).toBeVisible();
  await expect(main(page).getByText(/what you asked for/)).toHaveCount(0);
  await nav.getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Asking you" })).toBeVisible();
  await expect(main(page).getByText(/what you asked for/)).toHaveCount(0);

  expect((await page.goto("/profile"))?.status()).toBe(200);
  await expect(main(page).getByRole("heading", { level: 2, name: "Get support for yourself too" })).toBeVisible();

  await page.goto("/dashboard");
  await main(page).getByRole("region", { name: "Get support for yourself too" }).getByRole("button", { name: "I'd like support" }).click();
  await expect(page).toHaveURL(/\/onboarding\/[a-z-]+$/);
  await expect(page.getByText(/^Step 1 of \d+/)).toBeVisible();
  await expect(nav.getByRole("link", { name: "My profile" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Volunteering" })).toBeVisible();
  await nav.getByRole("link", { name: "My profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  await expect(main(page).getByRole("region", { name: "Get support for yourself too" })).toHaveCount(0);
});
