import { expect, type Page, test } from "@playwright/test";
import { createConfirmedPerson, DEMO_PASSWORD, demo, mainNav, notice, type Person, secondBrowser, signIn, wcagScan } from "./support";

/**
 * A volunteer applies (through the training), a moderator decides, and the
 * volunteer reads the decision. Each test makes its own volunteer; the
 * moderator is the demo account.
 */

const step = (page: Page, n: number, title: string) =>
  Promise.all([
    expect(page).toHaveURL(new RegExp(`/volunteer/apply/${n}$`)),
    expect(page.getByText(`Step ${n} of 7`)).toBeVisible(),
    expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible(),
  ]);

/** No WCAG 2 A/AA violations on the page as it is now. */
async function expectAccessible(page: Page) {
  const results = await wcagScan(page);
  expect(results.violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

const group = (page: Page, name: string | RegExp) => page.getByRole("group", { name });
const continueButton = (page: Page, name = "Save and continue") => page.getByRole("button", { name, exact: true });

async function newVolunteer(page: Page, label: string) {
  const person = await createConfirmedPerson(page, label, "volunteer");
  await signIn(page, person.email, person.password, person.name);
  await mainNav(page).getByRole("link", { name: "Volunteering" }).click();
  // The home page has a card with the same heading and link: wait for the volunteering page itself.
  await expect(page).toHaveURL(/\/volunteer$/);
  await expect(page.getByRole("heading", { level: 2, name: "Apply to be a mentor" })).toBeVisible();
  await page.getByRole("link", { name: "Start my application" }).click();
  await step(page, 1, "What you've lived through");
  return person;
}

async function topicsStep(page: Page) {
  await group(page, /What have you lived through/).getByRole("checkbox", { name: "Grief and loss" }).check();
  await group(page, /Anything you'd rather not take on/).getByRole("checkbox", { name: "Parenting" }).check();
  await continueButton(page).click();
  await step(page, 2, "Your capacity and rhythm");
}

async function rhythmStep(page: Page) {
  await group(page, /How many people could you support/).getByRole("radio", { name: /^Two people/ }).check();
  await group(page, "Which rhythms could you keep?").getByRole("checkbox", { name: "Weekly" }).check();
  await page.getByRole("checkbox", { name: "Tuesday evening" }).check();
  await page.getByRole("checkbox", { name: "Saturday morning" }).check();
  await expect(page.getByLabel("Your timezone")).not.toHaveValue("");
  await continueButton(page).click();
  await step(page, 3, "Languages and your way of being there");
}

async function styleStep(page: Page) {
  await group(page, "Which languages could you mentor in?").getByRole("checkbox", { name: "Ukrainian" }).check();
  await group(page, /When someone shares something hard/).getByRole("radio", { name: "Listen first" }).check();
  await group(page, /Your way of putting things/).getByRole("radio", { name: "Gentle" }).check();
  await group(page, /Your messages are usually/).getByRole("radio", { name: "Either is fine" }).check();
  await group(page, "Your age band").getByRole("radio", { name: "35–44" }).check();
  await continueButton(page).click();
  await step(page, 4, "In your own words");
}

async function wordsStep(page: Page) {
  await page.getByLabel("A few words about you").fill("I lost my mum two years ago. I listen more than I talk, and I'm good at quiet company.");
  await page.getByLabel("Why would you like to mentor?").fill("Someone kept showing up for me every week when I was grieving; I'd like to do that for someone else.");
  await continueButton(page).click();
  await step(page, 5, "Your pledges");
}

async function pledgesStep(page: Page) {
  await page.getByRole("checkbox", { name: /I will listen without judging/ }).check();
  await page.getByRole("checkbox", { name: /I will keep what is shared private/ }).check();
  await page.getByRole("checkbox", { name: /I will keep the boundaries of peer support/ }).check();
  await continueButton(page, "I make these pledges").click();
  await step(page, 6, "Training");
}

const rightAnswers: [RegExp, string][] = [
  [/don't want to be here anymore/, "Stay with them, ask whether they are safe right now"],
  [/a child in their home is being hurt/, "Tell them gently that you can't keep this private"],
  [/stop taking the medication/, "Say that's a question for their doctor"],
  [/lend them £50/, "Say kindly that mentors never give or lend money"],
  [/phone number so you can chat on WhatsApp/, "Say you'd like to keep talking here for now"],
  [/relapsed after six months sober/, "Thank them for telling you"],
  [/can't make this Tuesday's check-in/, "Let them know as early as you can"],
];

async function answerTraining(page: Page) {
  for (const [question, answer] of rightAnswers) {
    const scenario = group(page, question);
    await scenario.getByRole("radio", { name: new RegExp(`^${answer}`) }).check();
  }
  await continueButton(page, "Check my answers and continue").click();
  await step(page, 7, "Check and send");
}

async function sendApplication(page: Page) {
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page).toHaveURL(/\/volunteer$/);
  await expect(page.getByRole("heading", { level: 2, name: "Your application is with our moderators" })).toBeVisible();
}

/** A whole application, from a fresh account to "sent". */
async function applyAsNewVolunteer(page: Page, label: string) {
  const person = await newVolunteer(page, label);
  await topicsStep(page);
  await rhythmStep(page);
  await styleStep(page);
  await wordsStep(page);
  await pledgesStep(page);
  await answerTraining(page);
  await sendApplication(page);
  return person;
}

/** The moderator finds the application in the queue (narrowed by its language) and opens it. */
async function openInQueue(mod: Page, person: Person) {
  await mod.goto("/admin");
  await mod.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Mentor applications" }).click();
  await expect(mod.getByRole("heading", { level: 1, name: "Mentor applications" })).toBeVisible();
  await expect(mod.getByRole("link", { name: /^Waiting for a decision \d+$/ })).toHaveAttribute("aria-current", "page");
  await mod.getByRole("search").getByLabel("Language").selectOption({ label: "Ukrainian" });
  await mod.getByRole("search").getByLabel("Lived-experience topic").selectOption({ label: "Grief and loss" });
  await mod.getByRole("search").getByRole("button", { name: "Filter" }).click();
  await expect(mod).toHaveURL(/language=uk/);
  await mod.getByRole("table").getByRole("link", { name: person.name }).click();
  await expect(mod.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
}

test("a new volunteer applies through training, a moderator approves, and the volunteer sees it", async ({ page, browser }) => {
  const person = await newVolunteer(page, "mentor");

  // Step 1, with a validation error first.
  await continueButton(page).click();
  await expect(group(page, /What have you lived through/)).toHaveAccessibleDescription(/Choose at least one topic you have lived experience of\./);
  await topicsStep(page);
  await rhythmStep(page);

  // "Back" keeps what was chosen on this step, and the previous step is as it was left.
  await group(page, "Which languages could you mentor in?").getByRole("checkbox", { name: "Ukrainian" }).check();
  await group(page, "Your age band").getByRole("radio", { name: "35–44" }).check();
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await step(page, 2, "Your capacity and rhythm");
  await expect(group(page, /How many people could you support/).getByRole("radio", { name: /^Two people/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Tuesday evening" })).toBeChecked();
  await continueButton(page).click();
  await step(page, 3, "Languages and your way of being there");
  await expect(group(page, "Which languages could you mentor in?").getByRole("checkbox", { name: "Ukrainian" })).toBeChecked();
  await expect(group(page, "Your age band").getByRole("radio", { name: "35–44" })).toBeChecked();

  // Leaving and coming back resumes where the volunteer was.
  await mainNav(page).getByRole("link", { name: "Volunteering" }).click();
  await expect(page).toHaveURL(/\/volunteer$/);
  await expect(page.getByRole("heading", { level: 2, name: "Your application is saved" })).toBeVisible();
  await page.getByRole("link", { name: "Continue my application" }).click();
  await step(page, 3, "Languages and your way of being there");

  await styleStep(page);
  await wordsStep(page);
  await pledgesStep(page);

  // Training: a wrong answer shows its feedback; the pass rule is stated; a safety question must be right.
  await expect(page.getByText(/To pass, answer every question and get each one marked “Safety first” right/)).toBeVisible();
  const crisis = group(page, /don't want to be here anymore/);
  await crisis.getByRole("radio", { name: /^Promise to keep it between the two of you/ }).check();
  await expect(page.getByText(/Not quite\. Trust matters, but a promise of secrecy can't stand/)).toBeVisible();
  await expectAccessible(page);
  for (const [question, answer] of rightAnswers.slice(1)) await group(page, question).getByRole("radio", { name: new RegExp(`^${answer}`) }).check();
  await continueButton(page, "Check my answers and continue").click();
  await expect(notice(page, /Not passed yet: one question needs another look/)).toBeVisible();
  await expect(crisis).toHaveAccessibleDescription(/This one is marked “Safety first”/);
  await step(page, 6, "Training");

  // Retaken: the right answer, with its feedback, and the training passes.
  await crisis.getByRole("radio", { name: /^Stay with them, ask whether they are safe right now/ }).check();
  await expect(page.getByText(/That's it\. Yes\. You don't have to fix anything/)).toBeVisible();
  await continueButton(page, "Check my answers and continue").click();
  await step(page, 7, "Check and send");
  await expect(page.getByText("Passed on", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await sendApplication(page);

  // The moderator approves it from the queue.
  const moderator = await secondBrowser(browser);
  try {
    const mod = moderator.page;
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await openInQueue(mod, person);
    await expect(mod.getByText("Grief and loss")).toBeVisible();
    await expect(mod.getByText(/Someone kept showing up for me every week/)).toBeVisible();
    // What the volunteer would rather not take on stays private.
    await expect(mod.getByText("Parenting")).toHaveCount(0);
    await expectAccessible(mod);
    await mod.getByLabel(`A note ${person.name} will read (optional)`).fill("Welcome aboard — thank you for the care in your answers.");
    await mod.getByRole("button", { name: `Approve ${person.name}` }).click();
    await expect(notice(mod, /^Approved\. They'll see it/)).toBeVisible();
    await expect(mod.getByRole("button", { name: `Approve ${person.name}` })).toHaveCount(0);
  } finally {
    await moderator.context.close();
  }

  // The volunteer sees the approval and the note, and their settings.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "You're an approved mentor" })).toBeVisible();
  await expect(page.getByText("Welcome aboard — thank you for the care in your answers.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "How many people you can support" })).toBeVisible();
  await expectAccessible(page);

  // Approved mentors change their capacity, and pause with a return date.
  await group(page, "How many people can you support at the same time?").getByRole("radio", { name: /^One person/ }).check();
  await page.getByRole("button", { name: "Save capacity" }).click();
  await expect(notice(page, "Saved: you can support up to 1 person at a time.")).toBeVisible();

  const returnDate = page.getByLabel("The day you expect to be back");
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await returnDate.fill(inDays(400));
  await page.getByRole("button", { name: "Pause until then" }).click();
  await expect(returnDate).toHaveAccessibleDescription(/Choose a day within the next six months/);
  await returnDate.fill(inDays(14));
  await page.getByRole("button", { name: "Pause until then" }).click();
  await expect(notice(page, /^You're paused until .+\. Take good care\.$/)).toBeVisible();
  await page.getByRole("button", { name: "I'm back — end my pause now" }).click();
  await expect(notice(page, "Welcome back. You can be suggested to people again.")).toBeVisible();
  await expect(page.getByLabel("The day you expect to be back")).toBeVisible();
});

test("a declined volunteer reads the reason, revises and sends again", async ({ page, browser }) => {
  const person = await applyAsNewVolunteer(page, "declined");
  const reason = `Please tell us a little more about the rhythm you can keep (${Date.now()}).`;

  const moderator = await secondBrowser(browser);
  try {
    const mod = moderator.page;
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await openInQueue(mod, person);
    // A reason is required to decline.
    await mod.getByRole("button", { name: `Decline ${person.name}` }).click();
    await expect(mod.getByLabel(`Reason ${person.name} will read`)).toHaveAttribute("aria-invalid", "true");
    await mod.getByLabel(`Reason ${person.name} will read`).fill(reason);
    await mod.getByRole("button", { name: `Decline ${person.name}` }).click();
    await expect(notice(mod, /^Declined\. They'll read your reason/)).toBeVisible();
  } finally {
    await moderator.context.close();
  }

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Your application wasn't approved this time" })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await page.getByRole("button", { name: "Revise my application" }).click();
  await step(page, 7, "Check and send");
  await expect(page.getByText(reason)).toBeVisible();
  await page.getByRole("link", { name: "Change Your capacity and rhythm" }).click();
  await step(page, 2, "Your capacity and rhythm");
  await group(page, "Which rhythms could you keep?").getByRole("checkbox", { name: "Every two weeks" }).check();
  await continueButton(page).click();
  await step(page, 3, "Languages and your way of being there");
  await page.goto("/volunteer/apply/7");
  await expect(page.getByText("weekly, every two weeks")).toBeVisible();
  await sendApplication(page);
});

test("the application and its review are a 404 for someone who is not a mentor; /volunteer offers to add volunteering", async ({ page }) => {
  await signIn(page, demo.seeker.email, DEMO_PASSWORD, demo.seeker.name);
  for (const path of ["/volunteer/apply/1", "/admin/applications"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  expect((await page.goto("/volunteer"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: "Volunteer as a mentor too" })).toBeVisible();
  await expect(page.getByRole("button", { name: "I'd like to volunteer" })).toBeVisible();
});
