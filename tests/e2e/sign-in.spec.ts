import { expect, test } from "@playwright/test";
import { createConfirmedPerson, messages, newPerson, signInError, signUp, submitSignIn } from "./support";

test("a wrong password and an unknown email get the very same answer", async ({ page }) => {
  // A fresh account rather than a demo one: failures count towards a
  // per-email limit that would otherwise build up over repeated runs.
  const person = await createConfirmedPerson(page, "mismatch");
  await submitSignIn(page, person.email, `${person.password} wrong`);
  await expect(signInError(page)).toHaveText(messages.noMatch);
  const wrongPassword = await signInError(page).innerText();
  // The email stays, the password does not.
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(person.email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await page.goto("/sign-in");
  await submitSignIn(page, newPerson("nobody").email, person.password);
  await expect(signInError(page)).toHaveText(messages.noMatch);
  expect(await signInError(page).innerText()).toBe(wrongPassword);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sixth failed sign-in within 15 minutes is asked to wait", async ({ page }) => {
  // A fresh account: the limit is per email, so nobody else gets locked out.
  const person = newPerson("throttle");
  await signUp(page, person);

  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, person.email, `wrong password ${attempt}`);
    // Every answer carries the same text, so wait for the form's reset (which
    // empties the password) to know this attempt is done before the next one.
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    await expect(signInError(page)).toHaveText(messages.noMatch);
  }
  await submitSignIn(page, person.email, "wrong password 6");
  await expect(signInError(page)).toHaveText(/^Too many sign-in attempts\. Please wait \d+ minutes? and try again/);
});
