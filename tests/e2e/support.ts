import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, expect, type Locator, type Page } from "@playwright/test";

/**
 * Shared steps for the browser tests. Everything is found by role, label or
 * visible text, as a person would find it. Each test makes its own people
 * (unique emails), so tests never depend on one another or on their order.
 */

export const DEMO_PASSWORD = "alongside-demo";

export const demo = {
  seeker: { email: "seeker@alongside.test", name: "Sam (demo seeker)" },
  moderator: { email: "moderator@alongside.test", name: "Morgan (demo moderator)" },
} as const;

export const messages = {
  noMatch: "That email and password don't match an account. Check them and try again, or reset your password.",
} as const;

export interface Person {
  name: string;
  email: string;
  password: string;
}

let counter = 0;

/** A token unique to this run and call, for emails and names nobody else uses. */
function uniqueToken() {
  counter += 1;
  return `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

/** A fresh person that no other test (or earlier run on the same database) knows. */
export function newPerson(label = "person"): Person {
  const token = uniqueToken();
  return {
    // The name carries the token so it is unique on the admin screen too.
    name: `E2E ${label} ${token}`,
    email: `e2e-${label}-${token}@example.test`,
    password: `correct horse ${token}`,
  };
}

/** The header navigation of the app shell (signed in or not). */
export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/**
 * A form's boxed message. Next's route announcer is also role="alert", so a
 * notice is always picked by its text as well as its role.
 */
export const notice = (page: Page, text: string | RegExp) =>
  page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: text });

export async function fillSignUp(page: Page, person: Person, intent: "support" | "volunteer" | "both" = "support") {
  await page.goto("/sign-up");
  const labels = { support: "I'm looking for support", volunteer: "I want to volunteer as a mentor", both: "Both" };
  await page
    .getByRole("group", { name: "What brings you to Alongside?" })
    .getByRole("radio", { name: labels[intent] })
    .check();
  await page.getByLabel("Name to be known by").fill(person.name);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Create my account" }).click();
}

/** Signs up and waits for the "check your inbox" answer. */
export async function signUp(page: Page, person: Person, intent: "support" | "volunteer" | "both" = "support") {
  await fillSignUp(page, person, intent);
  await expect(page.getByText("Check your inbox")).toBeVisible();
}

/**
 * Finds the latest mail with this subject to this address in the dev outbox
 * (narrowed to that address: other tests may have left a page of mail dated
 * later by a moved clock) and returns the path of the first app link in it.
 * The outbox lists newest first, and mail is stored before the form answers,
 * but a reload loop keeps this robust if that ever changes.
 */
export async function linkFromMail(page: Page, subject: string, to: string): Promise<string> {
  const mail = page.getByRole("article", { name: `${subject} to ${to}`, exact: true }).first();
  await expect(async () => {
    await page.goto(`/dev/outbox?${new URLSearchParams({ to })}`);
    await expect(mail).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  const body = await mail.locator("pre").innerText();
  const url = body.match(/https?:\/\/\S+/)?.[0];
  expect(url, `a link in "${subject}" to ${to}`).toBeTruthy();
  // Only the path: the test follows it on whatever base URL the run uses.
  const { pathname, search } = new URL(url!);
  return `${pathname}${search}`;
}

/** Opens the confirmation link mailed to this person. */
export async function confirmEmail(page: Page, person: Person) {
  const link = await linkFromMail(page, "Confirm your email for Alongside", person.email);
  expect(link).toMatch(/^\/verify-email\?token=/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?notice=confirmed$/);
  await expect(notice(page, "Your email is confirmed")).toBeVisible();
}

/** A new person who has signed up and confirmed their email, not signed in. */
export async function createConfirmedPerson(page: Page, label?: string, intent?: "support" | "volunteer" | "both") {
  const person = newPerson(label);
  await signUp(page, person, intent);
  await confirmEmail(page, person);
  return person;
}

/** Fills and sends the sign-in form; the caller checks the outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in and waits for the dashboard's greeting. */
export async function signIn(page: Page, email: string, password: string, name: string) {
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${name}` })).toBeVisible();
}

/** The sign-in form's own message, whichever it is. */
export const signInError = (page: Page) => page.getByRole("main").getByRole("alert");

export async function signOut(page: Page) {
  await mainNav(page).getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signed-out/);
  await expect(page.getByRole("heading", { level: 1, name: "You're signed out" })).toBeVisible();
}

/** A second, separate browser (own cookies) for two-person scenarios. */
export async function secondBrowser(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // Inside Playwright Test, browser.newContext() takes the config's `use` options (baseURL…).
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

/** The people screen narrowed to one person, through its search form. */
export async function findPersonInAdmin(page: Page, email: string) {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await page.getByRole("search").getByLabel("Name or email").fill(email);
  await page.getByRole("search").getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole("status").filter({ hasText: /^1 person$/ })).toBeVisible();
}

/**
 * Opens a row's "Suspend…"/"Reinstate…" disclosure. A <summary> has no ARIA
 * role that Playwright exposes, so it is found by its text, which includes
 * the visually hidden name.
 */
export async function openStatusForm(page: Page, verb: "Suspend" | "Reinstate", name: string): Promise<Locator> {
  const summary = page.locator("summary").filter({ hasText: `${verb} ${name}…` });
  await summary.click();
  const reason = page.getByLabel(`Reason ${name} will read`);
  await expect(reason).toBeVisible();
  return reason;
}

/**
 * Axe's WCAG 2 A and AA checks on the page as it is now (only inside `include`, when given). It waits
 * for the page's <title> first: the title is streamed with the page's metadata, and right after a
 * redirect the heading can be there before it, which axe would report as document-title.
 */
export async function wcagScan(page: Page, include?: string) {
  await expect(page).toHaveTitle(/\S/);
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]);
  return (include ? axe.include(include) : axe).analyze();
}
