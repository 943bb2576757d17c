import { expect, type Page, test } from "@playwright/test";
import { advanceClock, makeRelationship, openRelationship, openSection, resetClock, serverNow } from "./relationship-fixture";
import { notice, secondBrowser } from "./support";

/**
 * Two people agree a rhythm (one proposes on London time, the other reads it
 * on New York time and agrees), then live four weeks of it on the server's
 * movable clock: a check-in both write for, one excused by time away said
 * ahead, another both write for, and one that slips by. The record and the
 * chart's text alternative say what happened.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const dayValues = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The wall clock of `instant` in a zone, as UTC fields. */
function wall(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
}

/** The instant when it is `hour`:00 on the local date of `instant` + `days` in `timeZone`. */
function localTime(instant: number, days: number, hour: number, timeZone: string) {
  const date = new Date(wall(instant, timeZone) + days * DAY);
  const target = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour);
  let guess = target;
  for (let i = 0; i < 2; i++) guess = target - (wall(guess, timeZone) - guess);
  return guess;
}

const isoDay = (instant: number, timeZone: string) => new Date(wall(instant, timeZone)).toISOString().slice(0, 10);

const section = (page: Page) => page.getByRole("region", { name: "Check-ins" });

/** Loads the page again and opens the check-ins fold (it opens by itself only while a check-in waits for the viewer). */
async function reload(page: Page) {
  await page.reload();
  await openSection(page, "Check-ins");
}

async function writeEntry(page: Page, words: { arriving?: string; onMind?: string }) {
  const form = section(page).getByRole("region", { name: "Your check-in" });
  if (words.arriving) await form.getByLabel("How I'm arriving").fill(words.arriving);
  if (words.onMind) await form.getByLabel("What's on my mind").fill(words.onMind);
  await form.getByRole("button", { name: /Save my (check-in|changes)/ }).click();
  await expect(notice(page, /^Saved\./)).toBeVisible();
}

test("a rhythm agreed across timezones, then weeks of check-ins: kept, excused, kept, missed", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const { relationshipId, seeker, partner: mentor } = await makeRelationship(request, { kind: "mentorship", seekerTimezone: "Europe/London", partnerTimezone: "America/New_York" });
  const other = await secondBrowser(browser);
  try {
    // Three London days from now, so the first window is well ahead whatever the time is.
    const start = (await serverNow(request)).getTime();
    const firstOpens = localTime(start, 3, 17, "Europe/London");
    const weekday = new Date(wall(firstOpens, "Europe/London")).getUTCDay();
    const dayName = dayNames[weekday];

    // The seeker proposes weekly, that day, in the evening (on London time).
    await openRelationship(page, seeker, relationshipId);
    await expect(page.getByRole("heading", { level: 1, name: mentor.name })).toBeVisible();
    await openSection(page, "Check-ins");
    await expect(page.getByText("your mentor · together since")).toBeVisible();
    await section(page).getByRole("group", { name: "How often" }).getByRole("radio", { name: "Weekly" }).check();
    await section(page).getByLabel("Day").selectOption(dayValues[weekday]!);
    await section(page).getByRole("group", { name: "Part of the day" }).getByRole("radio", { name: /^Evening/ }).check();
    await section(page).getByRole("button", { name: `Propose this to ${mentor.name}` }).click();
    await expect(section(page).getByText(`You proposed: Weekly, ${dayName}s 17:00–22:00.`)).toBeVisible();

    // The mentor reads it on New York time and agrees.
    await openRelationship(other.page, mentor, relationshipId);
    // Their proposal waits for an answer: the fold is open by itself.
    await expect(section(other.page).locator("details").first()).toHaveAttribute("open", "");
    const proposal = section(other.page).getByText(new RegExp(`proposed a rhythm: Weekly, \\w+ \\d\\d:00–\\d\\d:00 your time \\(${dayName} evening in London\\)`));
    await expect(proposal).toBeVisible();
    await section(other.page).getByRole("button", { name: "Yes, agree this rhythm" }).click();
    await expect(section(other.page).getByText(/^Your rhythm: Weekly, \w+days 12:00–17:00 your time/)).toBeVisible();

    await reload(page);
    const header = page.getByRole("region", { name: mentor.name });
    await expect(header.getByText(`Weekly, ${dayName}s 17:00–22:00`)).toBeVisible();
    await expect(header.getByText("No check-ins yet")).toBeVisible();

    // Week 1: the window opens; both write.
    await advanceClock(request, (firstOpens + HOUR - start) / HOUR);
    await page.reload();
    // A check-in waiting for the viewer's words opens its fold by itself.
    await expect(section(page).locator("details").first()).toHaveAttribute("open", "");
    await expect(section(page).getByRole("heading", { name: "Open now" })).toBeVisible();
    await expect(section(page).getByRole("list", { name: "Who has checked in" })).toContainText(`${mentor.name}: not yet`);
    await writeEntry(page, { arriving: "A bit tired, glad to be here", onMind: "The move next month" });
    await reload(other.page);
    await expect(section(other.page).getByRole("region", { name: `${seeker.name}'s check-in` })).toContainText("The move next month");
    await writeEntry(other.page, { arriving: "Calm today" });
    await expect(notice(other.page, "You've both checked in this time.")).toBeVisible();

    // Still in week 1, the mentor says ahead they'll be away for the next one (dates on New York's calendar).
    const secondOpens = firstOpens + 7 * DAY;
    await section(other.page).getByText("Say you'll be away…").click();
    await section(other.page).getByLabel("First day away").fill(isoDay(secondOpens, "America/New_York"));
    await section(other.page).getByLabel("Back on").fill(isoDay(secondOpens + DAY, "America/New_York"));
    await section(other.page).getByRole("button", { name: "Say I'll be away" }).click();
    await expect(notice(other.page, "Thanks for saying so ahead.")).toBeVisible();
    await expect(section(other.page).getByText("This excuses one check-in:")).toBeVisible();
    await reload(page);
    await expect(section(page).getByText(`${mentor.name} is away from`)).toBeVisible();

    // Week 3 (the excused one has passed): both write again.
    await advanceClock(request, (14 * DAY) / HOUR);
    await reload(page);
    await writeEntry(page, { onMind: "Unpacking, slowly" });
    await reload(other.page);
    await writeEntry(other.page, { arriving: "Back from the trip" });

    // Week 4 comes and goes with nobody there; two days later it has slipped by.
    await advanceClock(request, (7 * DAY + 2 * DAY) / HOUR);
    for (const p of [page, other.page]) {
      await reload(p);
      await expect(section(p).getByText("Kept 2 of 3 check-ins · 1 excused", { exact: true })).toBeVisible();
      await expect(p.getByRole("region", { name: p === page ? mentor.name : seeker.name }).getByText("Kept 2 of 3 check-ins · 1 excused")).toBeVisible();
      const chart = section(p).getByRole("img", { name: /^Kept 2 of 3 check-ins · 1 excused\. 4 check-ins shown: 2 kept, 1 missed, 1 excused/ });
      await expect(chart).toBeVisible();
      await section(p).getByText("Every check-in, as a list").click();
      const rows = section(p).getByRole("table").getByRole("row");
      await expect(rows).toHaveCount(5);
      await expect(rows.nth(1)).toContainText("Kept");
      await expect(rows.nth(2)).toContainText("Excused");
      await expect(rows.nth(3)).toContainText("Kept");
      await expect(rows.nth(4)).toContainText("Missed");
    }
    // The mentor reads the check-in times on their own clock.
    await expect(section(other.page).getByRole("table").getByRole("row").nth(1)).toContainText("12:00–17:00");
  } finally {
    await other.context.close();
    await resetClock(request);
  }
});

test("a third person can't open the relationship", async ({ page, request }) => {
  const { relationshipId } = await makeRelationship(request, { rhythm: { cadence: "weekly", day: "tue", part: "evening" } });
  const outsider = await makeRelationship(request);
  await openRelationship(page, outsider.seeker, relationshipId);
  await expect(page.getByRole("region", { name: "Check-ins" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
});
