import { expect, test } from "@playwright/test";
import { createConfirmedPerson, mainNav, secondBrowser, signIn } from "./support";

test("signing out everywhere ends the session on another device at its next step", async ({ page, browser }) => {
  const person = await createConfirmedPerson(page, "everywhere");
  await signIn(page, person.email, person.password, person.name);

  const other = await secondBrowser(browser);
  try {
    await signIn(other.page, person.email, person.password, person.name);

    await mainNav(page).getByRole("link", { name: "Account", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signed-out\?reason=everywhere$/);
    await expect(page.getByRole("heading", { level: 1, name: "You're signed out everywhere" })).toBeVisible();

    // The other device still shows its page; its next navigation is refused.
    await mainNav(other.page).getByRole("link", { name: "Account", exact: true }).click();
    await expect(other.page).toHaveURL(/\/signed-out\?reason=signed-out-everywhere$/);
    await expect(other.page.getByRole("heading", { level: 1, name: "You've been signed out" })).toBeVisible();
    await other.page.goto("/account");
    await expect(other.page).toHaveURL(/\/sign-in/);
  } finally {
    await other.context.close();
  }
});
