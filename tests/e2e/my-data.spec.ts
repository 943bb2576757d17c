import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createConfirmedPerson, demo, DEMO_PASSWORD, mainNav, signIn, submitSignIn } from "./support";

test("the demo seeker downloads a JSON file holding what their profile says", async ({ page }) => {
  await signIn(page, demo.seeker.email, DEMO_PASSWORD, demo.seeker.name);
  await mainNav(page).getByRole("link", { name: "Account", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^alongside-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account.email).toBe(demo.seeker.email);
  expect(data.needsProfile.hopes).toContain("checks in every week");
  expect(data.needsProfile.topics.map((t: { topic: string }) => t.topic)).toContain("Grief and loss");
  expect(JSON.stringify(data)).not.toContain("$argon2");
});

test("deleting an account asks for the password, signs out, and sign-in fails afterwards", async ({ page }) => {
  const person = await createConfirmedPerson(page, "deleter");
  await signIn(page, person.email, person.password, person.name);
  await mainNav(page).getByRole("link", { name: "Account", exact: true }).click();
  await page.getByRole("link", { name: "Delete my account…" }).click();

  // A wrong password deletes nothing.
  await page.getByLabel("Your password").fill("definitely not it");
  await page.getByRole("checkbox", { name: "I understand this cannot be undone." }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: "That password is not right" })).toBeVisible();

  await page.getByLabel("Your password").fill(person.password);
  await page.getByRole("checkbox", { name: "I understand this cannot be undone." }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account is deleted" })).toBeVisible();

  await submitSignIn(page, person.email, person.password);
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
});
