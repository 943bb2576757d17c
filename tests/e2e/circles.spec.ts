import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { advanceClock, type FixturePerson, resetClock, serverNow } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, secondBrowser, signIn, signOut, wcagScan } from "./support";

/**
 * Circles, as people live them: a facilitator proposes a circle; a
 * moderator's circle round places four seekers in it; the first session is
 * opened and held with one member absent; the next day (moved clock) the
 * facilitator is prompted and reaches out, and the word arrives; a member
 * reports another from the circle page and the moderator reaches the
 * circle's staff view from the queue; a member leaves well; the facilitator
 * pauses over the next session (told plainly first), comes back early and
 * takes the circle back. The circle pages pass axe and fit a 360 px phone.
 */

interface CircleFixture {
  facilitator: FixturePerson;
  seekers: [FixturePerson, FixturePerson, FixturePerson, FixturePerson];
  language: string;
  day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
  topic: string;
}

const HOUR = 3_600_000;
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

async function makeCircleFixture(request: APIRequestContext): Promise<CircleFixture> {
  const response = await request.post("/dev/fixtures/circle", { data: {} });
  if (!response.ok()) throw new Error(`fixture failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as CircleFixture;
}

/** The UTC instant of a wall-clock time in Europe/London. */
function londonTime(date: string, hour: number): Date {
  const guess = new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
  const shown = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" }).format(guess);
  return new Date(guess.getTime() - (Number(shown) - hour) * HOUR);
}

/** Session 1: the first circle day on or after the start date, 19:00 London. */
function firstSession(startsOn: string, day: CircleFixture["day"]): Date {
  const d = new Date(`${startsOn}T12:00:00Z`);
  while (DAYS[d.getUTCDay()] !== day) d.setUTCDate(d.getUTCDate() + 1);
  return londonTime(d.toISOString().slice(0, 10), 19);
}

async function expectNoAxeViolations(page: Page, label: string) {
  // Open every disclosure so what it holds is checked too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
  const results = await wcagScan(page);
  expect(results.violations.map((v) => ({ label, rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

async function switchTo(page: Page, person: FixturePerson) {
  await signOut(page);
  await signIn(page, person.email, person.password, person.name);
}

test("a circle from proposal to a member leaving well: a round places four, one is missed, the facilitator reaches out", async ({ page, browser, request }) => {
  test.setTimeout(420_000);
  const fx = await makeCircleFixture(request);
  const [ana, ben, cai, dee] = fx.seekers;
  const title = `Evenings after a loss ${fx.facilitator.id.slice(0, 6)}`;
  const startsOn = new Date((await serverNow(request)).getTime() + 24 * HOUR).toISOString().slice(0, 10);
  const mod = await secondBrowser(browser);
  try {
    // The facilitator proposes a circle.
    await signIn(page, fx.facilitator.email, fx.facilitator.password, fx.facilitator.name);
    await page.goto("/circles/new");
    await page.getByLabel("Name of the circle").fill(title);
    await page.getByRole("checkbox", { name: fx.topic, exact: true }).check();
    await page.getByLabel("Members you hope for (4–6)").fill("4");
    await page.getByLabel("Most you'd take (up to 8)").fill("4");
    await page.locator('select[name="day"]').selectOption(fx.day);
    await page.getByLabel(/Starts at/).fill("19:00");
    await page.getByLabel("Minutes").fill("60");
    await page.getByLabel("First session on or after").fill(startsOn);
    await page.getByLabel("Number of sessions").fill("4");
    await expectNoAxeViolations(page, "/circles/new");
    await page.getByRole("button", { name: "Propose the circle" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Waiting to fill: it opens with four members.")).toBeVisible();
    const circleUrl = page.url();

    // A moderator runs a circle round from /admin/rounds: preview, then commit.
    await signIn(mod.page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.page.goto("/admin/rounds");
    await mod.page.getByRole("button", { name: "Preview a circle round" }).click();
    await expect(mod.page.getByText(/Preview ready: \d+ people placed in circles\./)).toBeVisible();
    await mod.page.getByRole("form", { name: "Commit this circle round" }).first().getByRole("button", { name: "Commit this round" }).click();
    // The committed round re-renders without its commit form (and so without that form's message): its heading says so.
    await expect(mod.page.getByRole("heading", { level: 3, name: /— committed$/ }).first()).toBeVisible();

    // The four are in the circle, with the facilitator marked.
    await page.reload();
    const people = page.getByRole("region", { name: "Who's here" });
    for (const s of fx.seekers) await expect(people.getByText(s.name).first()).toBeVisible();
    await expect(people.getByText(`${fx.facilitator.name} — facilitator`).first()).toBeVisible();

    // The first session: the facilitator opens it a few minutes in.
    const start = firstSession(startsOn, fx.day);
    await advanceClock(request, (start.getTime() + 5 * 60_000 - (await serverNow(request)).getTime()) / HOUR);
    await page.reload();
    await page.getByLabel("A prompt to start with").fill("What are you carrying into this evening?");
    await page.getByRole("button", { name: "Open the session" }).click();
    await expect(page.getByText("Session 1 is open now.")).toBeVisible();

    // Three members write while it is open; Dee doesn't come.
    await signOut(page);
    for (const member of [ana, ben, cai]) {
      await signIn(page, member.email, member.password, member.name);
      await page.goto(circleUrl);
      if (member === ana) {
        // Crisis words typed in the circle's box bring the crisis lines beside it before sending, as in a one-to-one thread.
        await page.getByLabel("Your message").fill("I took all my pills an hour ago.");
        await expect(page.getByRole("complementary", { name: "Help right now" })).toBeVisible();
      }
      await page.getByLabel("Your message").fill(`Here tonight. ${member.name.split(" ")[1]} checking in.`);
      await expect(page.getByRole("complementary", { name: "Help right now" })).toHaveCount(0);
      await page.getByRole("button", { name: "Send to the circle" }).click();
      await expect(page.getByRole("list", { name: "Messages" }).getByText(`${member.name.split(" ")[1]} checking in.`)).toBeVisible();
      if (member === ben) {
        // Ben has a lot to say tonight: the thread grows past what the page sends at first (20 messages).
        for (let i = 1; i <= 19; i++) {
          await page.getByLabel("Your message").fill(`And another thing, number ${i}.`);
          await page.getByRole("button", { name: "Send to the circle" }).click();
          await expect(page.getByRole("list", { name: "Messages" }).getByText(`And another thing, number ${i}.`, { exact: true })).toBeVisible();
        }
      }
      await signOut(page);
    }

    // The next day: the sweep closes the session, Dee is missed, and the facilitator is prompted to reach out.
    await advanceClock(request, 14);
    await signIn(page, fx.facilitator.email, fx.facilitator.password, fx.facilitator.name);
    await page.goto(circleUrl);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("heading", { name: "Someone was missed" })).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 150_000, intervals: [5000] });
    await expect(page.getByRole("region", { name: "Members' records" })).toContainText(`${dee.name}: there for 0 of 1`);
    await expect(page.getByRole("region", { name: "Members' records" })).toContainText(`${ana.name}: there for 1 of 1`);
    await expectNoAxeViolations(page, "/circles/[id] as the facilitator");
    // The page opens at the newest twenty messages; Ana's, the first, is one click further back.
    const messages = page.getByRole("list", { name: "Messages" });
    await expect(messages.getByText(`${ana.name.split(" ")[1]} checking in.`)).toHaveCount(0);
    await page.getByRole("button", { name: "Show earlier messages" }).click();
    await expect(messages.getByText(`${ana.name.split(" ")[1]} checking in.`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Show earlier messages" })).toHaveCount(0);
    await expect(messages.getByRole("listitem")).toHaveCount(22);
    const words = page.getByLabel(new RegExp(`A word to ${dee.name} about session 1`));
    await expect(words).toHaveValue(/no need to explain/);
    await words.fill(`Hi ${dee.name.split(" ")[1]}, we missed you last night — no need to explain. Your seat is here.`);
    await page.getByRole("button", { name: `Send to ${dee.name}` }).click();
    // The form goes with the miss it answered; the page says the word went.
    await expect(page.getByText(`Your word reached ${dee.name} about session 1. Thank you for noticing.`)).toBeVisible();

    // Dee hears it, and sees their own record (nobody else's).
    await switchTo(page, dee);
    await page.goto("/notifications");
    await expect(page.getByText(/A word from Fixture, your circle's facilitator/).first()).toBeVisible();
    await page.goto(circleUrl);
    await expect(page.getByRole("region", { name: "Your record" })).toContainText("You were there for 0 of 1.");
    await expect(page.getByRole("region", { name: "Your record" })).not.toContainText(ana.name);

    // Dee reports Ben from the circle page, and is thanked and told what happens next.
    await page.getByText("Report or block someone in this circle").click();
    const benRow = page
      .locator("details", { hasText: "Report or block someone in this circle" })
      .first()
      .getByRole("listitem")
      .filter({ has: page.getByText(ben.name, { exact: true }) });
    await benRow.getByText(`Report ${ben.name}…`).click();
    await benRow.getByRole("radio", { name: /Crossing boundaries/ }).check();
    await benRow.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText(/Thank you for telling us\. A moderator will look at it, usually within a day, and nobody in the circle is told who reported\./)).toBeVisible();

    // The moderator finds it in the queue's Circles section and opens the circle's staff view.
    await mod.page.goto("/admin/queue");
    const circlesSection = mod.page.getByRole("region", { name: /^Circles/ });
    await circlesSection.getByRole("link", { name: `${dee.name} reported another member, ${ben.name}, in ${title}` }).click();
    await expect(mod.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(mod.page.getByRole("region", { name: "Members (4)" })).toContainText(`${dee.name}`);
    await expect(mod.page.getByRole("region", { name: "Open items" })).toContainText(`${dee.name} reported ${ben.name}`);
    await expect(mod.page.getByRole("main")).not.toContainText("checking in.");
    await expectNoAxeViolations(mod.page, "/admin/circles/[id]");

    // Cai leaves well, with closing words, and lands on suggestions with a warm line.
    await switchTo(page, cai);
    await page.goto(circleUrl);
    await expectNoAxeViolations(page, "/circles/[id] as a member");
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByLabel("Closing words (optional)").fill("Thank you all for holding this space with me.");
    await page.getByRole("button", { name: "Leave the circle" }).click();
    await expect(page).toHaveURL(/\/suggestions\?after=left-circle/);
    await expect(page.getByText("Thank you for the time you gave your circle.")).toBeVisible();
    await page.goto(circleUrl);
    await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
    await page.goto("/circles");
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, "/circles");

    // The facilitator pauses over the next session: told plainly first, then the circle waits for cover.
    await page.setViewportSize({ width: 1280, height: 800 });
    await switchTo(page, fx.facilitator);
    await page.goto("/volunteer");
    const back = new Date(start.getTime() + 8 * 24 * HOUR).toISOString().slice(0, 10);
    await page.getByLabel("The day you expect to be back").fill(back);
    await page.getByRole("button", { name: "Pause until then" }).click();
    await expect(page.getByText(new RegExp(`You facilitate “${title}”; pausing until .* asks moderators to find cover, and members will be told\\.`))).toBeVisible();
    await expectNoAxeViolations(page, "/volunteer, asked before pausing");
    await page.getByRole("button", { name: "Pause and ask for cover" }).click();
    await expect(page.getByText(/Moderators are finding cover for/)).toBeVisible();
    await switchTo(page, ana);
    await page.goto(circleUrl);
    await expect(page.getByText("Your facilitator can't hold the circle for now. This is nobody's doing.")).toBeVisible();

    // Back early, nobody assigned yet: nothing is retaken silently; the facilitator takes the circle back from its page.
    await switchTo(page, fx.facilitator);
    await page.goto("/volunteer");
    await page.getByRole("button", { name: "I'm back — end my pause now" }).click();
    await expect(page.getByText(/is still waiting for a facilitator: you can take it back from the Circles page/)).toBeVisible();
    await page.goto(circleUrl);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("region", { name: "Who's here" })).toHaveCount(0);
    await expectNoAxeViolations(page, "/circles/[id] waiting after a pause");
    await page.getByRole("button", { name: "Take the circle back" }).click();
    await expect(page.getByText("The circle is yours again, and its members have been told.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Members' records" })).toBeVisible();
  } finally {
    await resetClock(request);
    await mod.context.close();
  }
});
