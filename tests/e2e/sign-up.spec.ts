import { expect, test } from "@playwright/test";
import { confirmEmail, fillSignUp, mainNav, newPerson, notice, signIn, signOut, signUp } from "./support";

test("sign up, confirm by email, sign in, reach the dashboard and sign out", async ({ page }) => {
  const person = newPerson("signup");
  await signUp(page, person);
  await expect(page.getByText(`We've sent a link to ${person.email}`)).toBeVisible();

  await confirmEmail(page, person);

  await signIn(page, person.email, person.password, person.name);
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "Home", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  // A seeker is not staff.
  await expect(nav.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Get help now", exact: true })).toBeVisible();

  await signOut(page);
  // Signed out for real: the signed-in area sends us to sign in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a too-short password is explained beside the field and keeps what was typed", async ({ page }) => {
  const person = { ...newPerson("short"), password: "short1" };
  await fillSignUp(page, person);

  const password = page.getByLabel("Password", { exact: true });
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  // The error is tied to the field for screen readers, not just placed near it.
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(notice(page, "Please check the highlighted fields.")).toBeVisible();

  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(person.email);
  await expect(page.getByLabel("Name to be known by")).toHaveValue(person.name);
  await expect(page.getByText("Check your inbox")).toHaveCount(0);
});
