import { expect, type Page, test } from "@playwright/test";
import { createConfirmedPerson, demo, DEMO_PASSWORD, mainNav, secondBrowser, signIn } from "./support";

const main = (page: Page) => page.getByRole("main");
const group = (page: Page, name: string | RegExp) => main(page).getByRole("group", { name });
const maya = { email: "mentor@alongside.test", name: "Maya (demo mentor)" };

/** A new seeker's needs profile, by mouse: grief, weekly on Tuesday evenings, English — a fit for the demo mentor. */
async function onboardForMaya(page: Page) {
  await page.goto("/onboarding");
  await group(page, "I'm looking for").getByRole("radio", { name: /^A mentor/ }).check();
  await main(page).getByRole("button", { name: "Continue" }).click();
  await main(page).getByRole("checkbox", { name: "Grief and loss", exact: true }).check();
  await main(page).getByRole("button", { name: "Continue" }).click();
  await group(page, "How often would you like to check in?").getByRole("radio", { name: /^Weekly/ }).check();
  await group(page, "Which times usually suit you?").getByRole("checkbox", { name: "Tuesday evening" }).check();
  await main(page).getByRole("button", { name: "Continue" }).click();
  for (const [legend, option] of [
    [/would you rather they/, /^Listen first/],
    ["How would you like them to talk with you?", /^Gentle/],
    ["What kind of messages suit you?", /^Either/],
    [/show up reliably/, /^Essential/],
    [/never judge you/, /^Essential/],
  ] as const) {
    await group(page, legend).getByRole("radio", { name: option }).check();
  }
  await main(page).getByRole("button", { name: "Continue" }).click();
  await group(page, "Languages you'd like to talk in").getByRole("checkbox", { name: "English" }).check();
  await group(page, "Your age").getByRole("radio", { name: /^25–34/ }).check();
  await main(page).getByRole("button", { name: "Continue" }).click();
  await main(page).getByRole("button", { name: "Continue" }).click();
  await main(page).getByLabel("What I hope for").fill("Someone who has lost a parent too.");
  await main(page).getByRole("button", { name: "Continue" }).click();
  await group(page, "Your acknowledgment").getByRole("checkbox").check();
  await main(page).getByRole("button", { name: "Finish" }).click();
  await expect(page).toHaveURL(/\/profile/);
}

test("a seeker sees suggestions with reasons, asks a mentor, the mentor says yes, and both see the relationship", async ({ page, browser }) => {
  await signIn(page, demo.seeker.email, DEMO_PASSWORD, demo.seeker.name);
  await mainNav(page).getByRole("link", { name: "Suggestions", exact: true }).click();
  const card = main(page).getByRole("article", { name: `Suggested mentor: ${maya.name}` });
  await expect(card).toBeVisible();
  // Reasons name real things from both profiles.
  await expect(card.getByRole("listitem").filter({ hasText: /grief|Tuesday|weekly/i }).first()).toBeVisible();
  await card.getByText(`Ask ${maya.name}…`).click();
  await card.getByLabel(`A note for ${maya.name} (optional)`).fill("Tuesdays would be perfect for me.");
  await card.getByRole("button", { name: `Send my request to ${maya.name}` }).click();
  await expect(card.getByText(/Sent\. They have 7 days to answer/)).toBeVisible();

  const mentor = await secondBrowser(browser);
  try {
    await signIn(mentor.page, maya.email, DEMO_PASSWORD, maya.name);
    await expect(main(mentor.page).getByRole("link", { name: /1 request is waiting for your answer/ })).toBeVisible();
    await mainNav(mentor.page).getByRole("link", { name: "Requests", exact: true }).click();
    const request = main(mentor.page).getByRole("article", { name: `Request from ${demo.seeker.name}` });
    await expect(request.getByText("“Tuesdays would be perfect for me.”")).toBeVisible();
    await expect(request.getByText("Why we think you fit")).toBeVisible();
    await request.getByRole("button", { name: `Say yes to ${demo.seeker.name}` }).click();
    await expect(request.getByText(/You said yes/)).toBeVisible();
    await mainNav(mentor.page).getByRole("link", { name: "Home", exact: true }).click();
    await expect(main(mentor.page).getByRole("region", { name: "Your people" }).getByText(demo.seeker.name)).toBeVisible();
  } finally {
    await mentor.context.close();
  }
  await mainNav(page).getByRole("link", { name: "Home", exact: true }).click();
  const people = main(page).getByRole("region", { name: "Your people" });
  await expect(people.getByText(maya.name)).toBeVisible();
  await expect(people.getByText("your mentor")).toBeVisible();
});

test("after a kind no, the seeker is told and shown fresh suggestions without that mentor", async ({ page, browser }) => {
  const person = await createConfirmedPerson(page, "declined");
  await signIn(page, person.email, person.password, person.name);
  await onboardForMaya(page);
  await page.goto("/suggestions");
  const card = main(page).getByRole("article", { name: `Suggested mentor: ${maya.name}` });
  await card.getByText(`Ask ${maya.name}…`).click();
  await card.getByRole("button", { name: `Send my request to ${maya.name}` }).click();
  await expect(card.getByText(/Sent\./)).toBeVisible();

  const mentor = await secondBrowser(browser);
  try {
    await signIn(mentor.page, maya.email, DEMO_PASSWORD, maya.name);
    await mentor.page.goto("/requests");
    const request = main(mentor.page).getByRole("article", { name: `Request from ${person.name}` });
    await request.getByText("Say no kindly…").click();
    await request.getByRole("radio", { name: /The timing doesn't work for me/ }).check();
    await request.getByRole("button", { name: "Send my answer" }).click();
    await expect(request.getByText(/You said no, kindly/)).toBeVisible();
  } finally {
    await mentor.context.close();
  }

  await page.goto("/suggestions");
  await expect(main(page).getByRole("status").filter({ hasText: `${maya.name} can't take you on right now` })).toBeVisible();
  await expect(main(page).getByText(/The times that suit you don't line up with mine/)).toBeVisible();
  await expect(main(page).getByRole("article", { name: `Suggested mentor: ${maya.name}` })).toHaveCount(0);
});

test("a moderator previews a matching round beside the baselines and sends its proposals", async ({ page }) => {
  await signIn(page, "moderator@alongside.test", DEMO_PASSWORD, "Morgan (demo moderator)");
  await page.goto("/admin/rounds");
  await main(page).getByLabel("Only seekers who speak").selectOption("es");
  await main(page).getByRole("button", { name: "Preview the round" }).click();
  await expect(page).toHaveURL(/\/admin\/rounds\/[0-9a-f-]{36}$/);
  const totals = main(page).getByRole("table", { name: /Totals of this round/ });
  for (const column of ["This round (exact)", "First come, first served", "Greedy by score"]) {
    await expect(totals.getByRole("columnheader", { name: column })).toBeVisible();
  }
  await expect(totals.getByRole("row", { name: /Capacity violations/ }).getByRole("cell").first()).toHaveText("0");
  await expect(main(page).getByRole("heading", { name: /Proposed pairs/ })).toBeVisible();
  await main(page).getByRole("button", { name: "Send these proposals" }).click();
  await expect(main(page).getByText(/Sent \d+ proposals/)).toBeVisible();
});

test("a seeker saves a suggested mentor for later, finds them in the saved list, and takes them off again", async ({ page }) => {
  const person = await createConfirmedPerson(page, "saver");
  await signIn(page, person.email, person.password, person.name);
  await onboardForMaya(page);
  await page.goto("/suggestions");
  // Whoever is their closest fit right now (another test may have a request open with Maya).
  const card = main(page).getByRole("article", { name: /^Suggested mentor: / }).filter({ hasText: "Your closest fit right now" });
  const name = (await card.getByRole("heading", { level: 2 }).textContent())!.trim();
  await card.getByRole("button", { name: `Save for later (${name})` }).click();
  await expect(card.getByText(/Saved for later\./)).toBeVisible();
  const saved = main(page).getByRole("region", { name: "Saved for later" });
  const entry = saved.getByRole("article", { name: `Saved mentor: ${name}` });
  await expect(entry).toBeVisible();
  await expect(entry.getByText("Has a place: you can ask them now.")).toBeVisible();
  // Saving again is not offered twice: the card now offers to remove instead.
  await expect(card.getByRole("button", { name: `Save for later (${name})` })).toHaveCount(0);
  await entry.getByRole("button", { name: `Remove from saved (${name})` }).click();
  await expect(main(page).getByRole("region", { name: "Saved for later" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: `Save for later (${name})` })).toBeVisible();
});

test("without the script, a seeker saves a mentor and asks one with a note through the page's shared forms", async ({ page, browser }) => {
  const person = await createConfirmedPerson(page, "plain");
  await signIn(page, person.email, person.password, person.name);
  await onboardForMaya(page);
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const p = await plain.newPage();
    await p.goto("/suggestions");
    const card = main(p).getByRole("article", { name: /^Suggested mentor: / }).filter({ hasText: "Your closest fit right now" });
    const name = (await card.getByRole("heading", { level: 2 }).textContent())!.trim();
    const named = main(p).getByRole("article", { name: `Suggested mentor: ${name}` });
    await named.getByRole("button", { name: `Save for later (${name})` }).click();
    await expect(named.getByText(/Saved for later\./)).toBeVisible();
    await expect(main(p).getByRole("region", { name: "Saved for later" }).getByRole("article", { name: `Saved mentor: ${name}` })).toBeVisible();
    await named.getByText(`Ask ${name}…`).click();
    await named.getByLabel(`A note for ${name} (optional)`).fill("Evenings suit me best.");
    await named.getByRole("button", { name: `Send my request to ${name}` }).click();
    // Asked, they leave the suggestions; the answer shows at the top of the list instead.
    await expect(main(p).getByText(/Sent\. They have 7 days to answer/)).toBeVisible();
    await expect(main(p).getByRole("article", { name: `Suggested mentor: ${name}` })).toHaveCount(0);
    await expect(main(p).getByRole("article", { name: `Saved mentor: ${name}` }).getByText(/You've asked them/)).toBeVisible();
  } finally {
    await plain.close();
  }
});

test("a seeker blocks a suggested mentor from their card with the keyboard, and no longer sees them", async ({ page }) => {
  const person = await createConfirmedPerson(page, "blocker");
  await signIn(page, person.email, person.password, person.name);
  await onboardForMaya(page);
  await page.goto("/suggestions");
  const card = main(page).getByRole("article", { name: /^Suggested mentor: / }).filter({ hasText: "Your closest fit right now" });
  const name = (await card.getByRole("heading", { level: 2 }).textContent())!.trim();
  const named = main(page).getByRole("article", { name: `Suggested mentor: ${name}` });
  await named.getByText(`Block ${name}…`).focus();
  await page.keyboard.press("Enter");
  await named.getByRole("button", { name: `Yes, block ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suggestions\?after=blocked$/);
  await expect(main(page).getByRole("status").filter({ hasText: "You won't see each other anywhere on Alongside" })).toBeVisible();
  await expect(main(page).getByRole("article", { name: `Suggested mentor: ${name}` })).toHaveCount(0);
});
