import { type APIRequestContext, expect, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support";

/**
 * Two fresh people in an active relationship, through the test-only
 * /dev/fixtures/relationship route (lib/dal/system/dev-fixtures.ts), and the app's
 * movable clock (/dev/clock). The server runs with APP_ENV=test.
 */
export interface FixturePerson {
  id: string;
  name: string;
  email: string;
  password: string;
}

export interface RelationshipFixture {
  relationshipId: string;
  seeker: FixturePerson;
  partner: FixturePerson;
}

export async function makeRelationship(
  request: APIRequestContext,
  options: {
    kind?: "mentorship" | "friendship";
    seekerTimezone?: string;
    partnerTimezone?: string;
    rhythm?: { cadence: "weekly" | "fortnightly" | "monthly"; day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"; part: "morning" | "afternoon" | "evening" };
  } = {},
): Promise<RelationshipFixture> {
  const response = await request.post("/dev/fixtures/relationship", { data: options });
  if (!response.ok()) throw new Error(`fixture failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as RelationshipFixture;
}

/** Moves the server's clock forward (it never goes back during a run: use resetClock at the end of a test). */
export async function advanceClock(request: APIRequestContext, hours: number): Promise<Date> {
  const response = await request.post("/dev/clock", { data: { advanceHours: hours } });
  return new Date(((await response.json()) as { now: string }).now);
}

export async function resetClock(request: APIRequestContext) {
  await request.post("/dev/clock", { data: { reset: true } });
}

export async function serverNow(request: APIRequestContext): Promise<Date> {
  const response = await request.get("/dev/clock");
  return new Date(((await response.json()) as { now: string }).now);
}

/** Opens the relationship page as the person (signs in first). */
export async function openRelationship(page: Page, person: FixturePerson, relationshipId: string) {
  await signIn(page, person.email, person.password, person.name);
  await page.goto(`/relationships/${relationshipId}`);
}

/**
 * The relationship page folds everything but the thread (check-ins, "Just
 * for you", working things through, the story, ending, safety): finds the
 * fold by its heading, opens it if it is closed (a fold that needs attention
 * is open already) and returns its region.
 */
export async function openSection(page: Page, name: string | RegExp): Promise<Locator> {
  const region = page.getByRole("main").getByRole("region", { name, exact: typeof name === "string" ? true : undefined });
  const details = region.locator("details").first();
  await expect(details).toBeAttached();
  if ((await details.getAttribute("open")) === null) await region.locator("summary").first().click();
  await expect(details).toHaveAttribute("open", "");
  return region;
}
