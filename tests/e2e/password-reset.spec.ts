import { expect, test } from "@playwright/test";
import { createConfirmedPerson, linkFromMail, messages, notice, signIn, signInError, signOut, submitSignIn } from "./support";

test("reset a forgotten password through the emailed link, which works only once", async ({ page }) => {
  const person = await createConfirmedPerson(page, "reset");

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();

  const link = await linkFromMail(page, "Reset your Alongside password", person.email);
  expect(link).toMatch(/^\/reset-password\?token=/);
  await page.goto(link);
  const newPassword = `${person.password} renewed`;
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-changed$/);
  await expect(notice(page, "Your password is changed")).toBeVisible();

  // The old password no longer works.
  await submitSignIn(page, person.email, person.password);
  await expect(signInError(page)).toHaveText(messages.noMatch);

  await signIn(page, person.email, newPassword, person.name);
  await signOut(page);

  // The link was spent by the first use.
  await page.goto(link);
  await expect(page.getByText("This link has expired or was already used")).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
});
