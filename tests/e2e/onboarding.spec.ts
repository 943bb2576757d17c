import { expect, type Page, test } from "@playwright/test";
import { choose, press, toggle, typeInto } from "./keyboard";
import { createConfirmedPerson, mainNav, notice, secondBrowser, signIn, wcagScan } from "./support";

const main = (page: Page) => page.getByRole("main");
const group = (page: Page, name: string | RegExp) => main(page).getByRole("group", { name });
const continueButton = (page: Page) => main(page).getByRole("button", { name: "Continue" });
const backLink = (page: Page) => main(page).getByRole("link", { name: "Back", exact: true });

async function atStep(page: Page, path: string, step: number, total: number) {
  await expect(page).toHaveURL(new RegExp(`/onboarding/${path}$`));
  await expect(main(page).getByText(`Step ${step} of ${total}`)).toBeVisible();
}

/** Picks a radio by the start of its label, inside a group, with the keyboard. */
async function chooseIn(page: Page, legend: string | RegExp, option: RegExp) {
  const fieldset = group(page, legend);
  await choose(page, fieldset, fieldset.getByRole("radio", { name: option }));
}

test("a new seeker completes onboarding with the keyboard alone, leaves halfway and resumes with every answer kept", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const person = await createConfirmedPerson(page, "onboarding");
  await signIn(page, person.email, person.password, person.name);

  // From the header to the start of onboarding.
  await press(page, mainNav(page).getByRole("link", { name: "My profile" }));
  await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  await press(page, main(page).getByRole("link", { name: "Start" }));

  // 1. What they are looking for.
  await atStep(page, "looking-for", 1, 9);
  await chooseIn(page, "I'm looking for", /^Both/);
  await press(page, continueButton(page));

  // 2. Topics, lived experience, own words.
  await atStep(page, "topics", 2, 9);
  await toggle(page, main(page).getByRole("checkbox", { name: "Grief and loss", exact: true }));
  await toggle(page, main(page).getByRole("checkbox", { name: "Lived experience matters to me for Grief and loss" }));
  await toggle(page, main(page).getByRole("checkbox", { name: "Loneliness", exact: true }));
  await typeInto(page, main(page).getByLabel("In your own words (optional)"), "My partner died last winter.");
  await press(page, continueButton(page));

  // 3. Rhythm — first without any window: the error shows beside the field, the other answers stay.
  await atStep(page, "rhythm", 3, 9);
  await chooseIn(page, "How often would you like to check in?", /^Weekly/);
  const timezone = main(page).getByLabel("Your timezone");
  await expect(timezone).not.toHaveValue("");
  const detectedZone = await timezone.inputValue();
  await press(page, continueButton(page));
  const windows = group(page, "Which times usually suit you?");
  await expect(windows.getByText("Choose at least one time that suits you.")).toBeVisible();
  await expect(windows).toHaveAttribute("aria-invalid", "true");
  await expect(group(page, "How often would you like to check in?").getByRole("radio", { name: /^Weekly/ })).toBeChecked();
  await expect(timezone).toHaveValue(detectedZone);
  await toggle(page, windows.getByRole("checkbox", { name: "Tuesday evening" }));
  await toggle(page, windows.getByRole("checkbox", { name: "Thursday evening" }));
  await press(page, continueButton(page));

  // 4. How they like to be met.
  await atStep(page, "style", 4, 9);
  await chooseIn(page, /would you rather they/, /^Listen first/);
  await chooseIn(page, "How would you like them to talk with you?", /^Gentle/);
  await chooseIn(page, "What kind of messages suit you?", /^Short messages/);
  await chooseIn(page, /show up reliably/, /^Essential/);
  await chooseIn(page, /never judge you/, /^Matters a lot/);
  await press(page, continueButton(page));
  await atStep(page, "about-you", 5, 9);

  // Leave halfway: a new browser, a new session.
  await page.context().close();
  const later = await secondBrowser(browser);
  const again = later.page;
  try {
    await signIn(again, person.email, person.password, person.name);
    await press(again, mainNav(again).getByRole("link", { name: "My profile" }));
    await expect(main(again).getByText("You're partway through")).toBeVisible();
    await press(again, main(again).getByRole("link", { name: "Continue where you left off" }));
    await atStep(again, "about-you", 5, 9);

    // Back, twice: every earlier answer is still there.
    await press(again, backLink(again));
    await atStep(again, "style", 4, 9);
    await expect(group(again, /would you rather they/).getByRole("radio", { name: /^Listen first/ })).toBeChecked();
    await expect(group(again, /never judge you/).getByRole("radio", { name: /^Matters a lot/ })).toBeChecked();
    await press(again, backLink(again));
    await atStep(again, "rhythm", 3, 9);
    await expect(group(again, "How often would you like to check in?").getByRole("radio", { name: /^Weekly/ })).toBeChecked();
    await expect(group(again, "Which times usually suit you?").getByRole("checkbox", { name: "Tuesday evening" })).toBeChecked();
    await expect(group(again, "Which times usually suit you?").getByRole("checkbox", { name: "Monday morning" })).not.toBeChecked();
    await press(again, backLink(again));
    await atStep(again, "topics", 2, 9);
    await expect(main(again).getByRole("checkbox", { name: "Lived experience matters to me for Grief and loss" })).toBeChecked();
    await expect(main(again).getByLabel("In your own words (optional)")).toHaveValue("My partner died last winter.");

    // Forward again, saving unchanged steps.
    await press(again, continueButton(again));
    await atStep(again, "rhythm", 3, 9);
    await press(again, continueButton(again));
    await atStep(again, "style", 4, 9);
    await press(again, continueButton(again));

    // 5. About them.
    await atStep(again, "about-you", 5, 9);
    await toggle(again, group(again, "Languages you'd like to talk in").getByRole("checkbox", { name: "English" }));
    await chooseIn(again, "Your age", /^35–44/);
    await press(again, continueButton(again));

    // 6. Boundaries: all optional.
    await atStep(again, "boundaries", 6, 9);
    await toggle(again, group(again, /rather not be matched with/).getByRole("checkbox", { name: "Someone who goes straight to advice" }));
    await press(again, continueButton(again));

    // 7. Hopes.
    await atStep(again, "hopes", 7, 9);
    await typeInto(again, main(again).getByLabel("What I hope for"), "Someone steady to talk to on Tuesday evenings.");
    await press(again, continueButton(again));

    // 8. Peer friendship, its rhythm prefilled from step 3.
    await atStep(again, "friend", 8, 9);
    await expect(group(again, "Which times usually suit you?").getByRole("checkbox", { name: "Tuesday evening" })).toBeChecked();
    await typeInto(again, main(again).getByLabel("What would you like to share with a peer friend?"), "Cooking, walks and old films.");
    await press(again, continueButton(again));

    // 9. Not therapy.
    await atStep(again, "not-therapy", 9, 9);
    await toggle(again, main(again).getByRole("checkbox", { name: /not therapy, and not a crisis service/ }));
    await press(again, main(again).getByRole("button", { name: "Finish" }));

    await expect(again).toHaveURL(/\/profile\?notice=welcome$/);
    await expect(notice(again, "that's everything")).toBeVisible();
    const topics = main(again).getByRole("region", { name: "What you'd like support with" });
    await expect(topics.getByText("Grief and loss — lived experience matters to you")).toBeVisible();
    await expect(topics.getByText("My partner died last winter.")).toBeVisible();
    await expect(main(again).getByRole("region", { name: "Your rhythm" }).getByText("Tuesday evening, Thursday evening")).toBeVisible();
    const boundaries = main(again).getByRole("region", { name: "Your boundaries" });
    await expect(boundaries.getByText("Only you see this — used for matching")).toHaveCount(3);
    await expect(boundaries.getByText("Someone who goes straight to advice")).toBeVisible();
    await expect(main(again).getByText(/You read “Alongside is peer support/)).toBeVisible();

    // Finished: /onboarding now leads to the profile.
    await again.goto("/onboarding");
    await expect(again).toHaveURL(/\/profile$/);
  } finally {
    await later.context.close();
  }
});

/** WCAG 2 A and AA, as in landing.spec.ts. */
async function expectNoAxeViolations(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const results = await wcagScan(page);
  const found = results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(found, page.url()).toEqual([]);
}

/**
 * Onboarding filled in quickly (the test using it is about the profile page,
 * not the keyboard), checking every step with axe on the way.
 */
async function completeOnboarding(page: Page, lookingFor: RegExp) {
  await page.goto("/onboarding");
  await expectNoAxeViolations(page);
  await group(page, "I'm looking for").getByRole("radio", { name: lookingFor }).check();
  await continueButton(page).click();
  await expect(main(page).getByText("Step 2 of 8")).toBeVisible();
  // An error state is checked too.
  await continueButton(page).click();
  await expect(main(page).getByText("Choose at least one thing you'd like support with.")).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole("checkbox", { name: "A move or a new place", exact: true }).check();
  await continueButton(page).click();
  await expectNoAxeViolations(page);
  await group(page, "How often would you like to check in?").getByRole("radio", { name: /^Monthly/ }).check();
  await group(page, "Which times usually suit you?").getByRole("checkbox", { name: "Saturday morning" }).check();
  await continueButton(page).click();
  for (const [legend, option] of [
    [/would you rather they/, /^A bit of both/],
    ["How would you like them to talk with you?", /^Direct/],
    ["What kind of messages suit you?", /^Either is fine/],
    [/show up reliably/, /^Matters$/],
    [/never judge you/, /^Essential/],
  ] as const) {
    await group(page, legend).getByRole("radio", { name: option }).check();
  }
  await continueButton(page).click();
  await expectNoAxeViolations(page);
  await group(page, "Languages you'd like to talk in").getByRole("checkbox", { name: "Spanish" }).check();
  await group(page, "Your age").getByRole("radio", { name: /^25–34/ }).check();
  await continueButton(page).click();
  await expectNoAxeViolations(page);
  await continueButton(page).click();
  await main(page).getByLabel("What I hope for").fill("A mentor who has moved countries too.");
  await continueButton(page).click();
  await expect(main(page).getByText("Step 8 of 8")).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole("checkbox", { name: /not therapy, and not a crisis service/ }).check();
  await main(page).getByRole("button", { name: "Finish" }).click();
  await expect(page).toHaveURL(/\/profile\?notice=welcome$/);
}

test("a seeker switches peer friendship on and off from their profile, and the answers are kept", async ({ page }) => {
  const person = await createConfirmedPerson(page, "friendship");
  await signIn(page, person.email, person.password, person.name);
  await completeOnboarding(page, /^A mentor/);

  await expectNoAxeViolations(page);

  const friendship = main(page).getByRole("region", { name: "Peer friendship" });
  await expect(friendship.getByText("Peer friendship is off.")).toBeVisible();
  // The first time, switching on asks the friend step.
  await friendship.getByRole("button", { name: "Switch peer friendship on" }).click();
  await expect(page).toHaveURL(/\/profile\/edit\/friend$/);
  await expect(group(page, "How often would you like to check in?").getByRole("radio", { name: /^Monthly/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await main(page).getByLabel("What would you like to share with a peer friend?").fill("Learning the language, finding good bread.");
  await main(page).getByRole("button", { name: "Save and switch on" }).click();
  await expect(page).toHaveURL(/\/profile\?notice=saved-friend$/);
  await expect(friendship.getByText("Peer friendship is on.")).toBeVisible();
  await expect(main(page).getByRole("region", { name: "What you're looking for" }).getByText("Both")).toBeVisible();

  await friendship.getByRole("button", { name: "Switch peer friendship off" }).click();
  await expect(notice(page, "Peer friendship is off. Your answers are kept")).toBeVisible();
  await expect(friendship.getByText("Learning the language, finding good bread.")).toBeVisible();
  await expect(main(page).getByRole("region", { name: "What you're looking for" }).getByText("A mentor")).toBeVisible();

  // Switching back on asks nothing again.
  await friendship.getByRole("button", { name: "Switch peer friendship on" }).click();
  await expect(notice(page, "Peer friendship is on.")).toBeVisible();
  await expect(friendship.getByText("Peer friendship is on.")).toBeVisible();

  // A section can be changed at any time, and the change shows at once.
  await main(page).getByRole("link", { name: "Change what you hope for" }).click();
  await main(page).getByLabel("What I hope for").fill("A mentor who moved countries too, and a friend nearby.");
  await main(page).getByRole("button", { name: "Save changes" }).click();
  await expect(notice(page, "Saved: what you hope for.")).toBeVisible();
  await expect(main(page).getByText("A mentor who moved countries too, and a friend nearby.")).toBeVisible();
});

test("a volunteer without the seeker role has no needs profile pages; /profile offers to add support", async ({ page }) => {
  const person = await createConfirmedPerson(page, "volunteer-only", "volunteer");
  await signIn(page, person.email, person.password, person.name);
  for (const path of ["/onboarding", "/onboarding/topics", "/profile/edit/hopes"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  }
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 2, name: "Get support for yourself too" })).toBeVisible();
  await expect(page.getByRole("button", { name: "I'd like support" })).toBeVisible();
});
