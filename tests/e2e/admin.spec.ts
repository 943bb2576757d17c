import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  createConfirmedPerson,
  demo,
  findPersonInAdmin,
  mainNav,
  notice,
  openStatusForm,
  secondBrowser,
  signIn,
  signInError,
  submitSignIn,
} from "./support";

test("the admin area is a 404 for a seeker and the people screen for a moderator", async ({ page, browser }) => {
  await signIn(page, demo.seeker.email, DEMO_PASSWORD, demo.seeker.name);
  await expect(mainNav(page).getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  const moderator = await secondBrowser(browser);
  try {
    await signIn(moderator.page, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mainNav(moderator.page).getByRole("link", { name: "Admin", exact: true }).click();
    await expect(moderator.page).toHaveURL(/\/admin$/);
    await expect(moderator.page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
    const table = moderator.page.getByRole("table", { name: "People with their roles and account status" });
    await expect(table.getByRole("columnheader", { name: "Status" })).toBeVisible();
    // Hundreds of demo people: find one through the search.
    await findPersonInAdmin(moderator.page, demo.seeker.email);
    await expect(table.getByRole("rowheader").filter({ hasText: demo.seeker.email })).toBeVisible();
  } finally {
    await moderator.context.close();
  }
});

test("a moderator suspends a person, who is signed out on their next click, then reinstates them", async ({ page, browser }) => {
  // The person, in this test's own browser.
  const person = await createConfirmedPerson(page, "suspend");
  await signIn(page, person.email, person.password, person.name);

  // The moderator, in a separate browser.
  const moderator = await secondBrowser(browser);
  try {
    const mod = moderator.page;
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await findPersonInAdmin(mod, person.email);

    const reasonField = await openStatusForm(mod, "Suspend", person.name);
    // A reason is required, and it must say something.
    await reasonField.fill("no");
    await mod.getByRole("button", { name: `Suspend ${person.name}`, exact: true }).click();
    await expect(reasonField).toHaveAccessibleDescription("Write a reason of at least 5 characters: the person will read it.");
    await expect(reasonField).toHaveAttribute("aria-invalid", "true");

    const reason = `Repeatedly asked for contact details off the platform (${Date.now()})`;
    await reasonField.fill(reason);
    await mod.getByRole("button", { name: `Suspend ${person.name}`, exact: true }).click();
    await expect(notice(mod, `${person.name} is suspended and will be signed out on their next click.`)).toBeVisible();

    // The person's very next click ends their session and explains why.
    await mainNav(page).getByRole("link", { name: "Account", exact: true }).click();
    await expect(page).toHaveURL(/\/signed-out\?reason=suspended$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account is suspended" })).toBeVisible();
    // The session cookie is gone, not merely hidden.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);

    // Signing in again shows the moderator's reason, word for word.
    await submitSignIn(page, person.email, person.password);
    await expect(signInError(page)).toContainText(`Your account is suspended. The reason we gave: “${reason}”.`);
    await expect(page).toHaveURL(/\/sign-in/);

    // Reinstated, the person can sign in again.
    await findPersonInAdmin(mod, person.email);
    await expect(mod.getByRole("cell", { name: "suspended" })).toBeVisible();
    const reinstateReason = await openStatusForm(mod, "Reinstate", person.name);
    await reinstateReason.fill("Spoke with them; they understand the boundaries now.");
    await mod.getByRole("button", { name: `Reinstate ${person.name}`, exact: true }).click();
    await expect(notice(mod, `${person.name} is reinstated and can sign in again.`)).toBeVisible();

    await signIn(page, person.email, person.password, person.name);
  } finally {
    await moderator.context.close();
  }
});
