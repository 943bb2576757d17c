import { expect, test } from "@playwright/test";
import { createConfirmedPerson, notice, signIn } from "./support";

/**
 * The timezone field: grouped by region, searchable, the browser's zone
 * first — and without JavaScript still a plain list that submits a valid
 * IANA name.
 */

test.use({ timezoneId: "America/New_York" });

test("the browser's zone comes first, and typing narrows the list to what is chosen", async ({ page }) => {
  const person = await createConfirmedPerson(page, "zones");
  await signIn(page, person.email, person.password, person.name);
  await page.goto("/account/notifications");
  const field = page.getByLabel("Your timezone");
  await expect(field).toHaveValue("America/New_York");
  await expect(field.locator("optgroup").first()).toHaveAttribute("label", "Found from your browser");
  await expect(field.locator("optgroup[label=Europe] option[value='Europe/Lisbon']")).toHaveText("Lisbon");

  const search = page.getByLabel("Search the list by city or region");
  await search.fill("lisb");
  await expect(page.getByText("1 timezone matches.")).toBeVisible();
  await expect(field).toHaveValue("Europe/Lisbon");
  // Enter does not send the form: it moves to the list.
  await search.press("Enter");
  await expect(field).toBeFocused();
  await search.fill("atlantis");
  await expect(page.getByText("No timezone matches “atlantis”.")).toBeVisible();
  await expect(field).toHaveValue("Europe/Lisbon");

  await page.getByRole("button", { name: "Save my choices" }).click();
  await expect(notice(page, "Saved. We'll reach you the way you chose.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Your timezone")).toHaveValue("Europe/Lisbon");
});

test("without JavaScript the list is grouped by region and submits a valid zone", async ({ page, browser }) => {
  const person = await createConfirmedPerson(page, "nojs");
  await signIn(page, person.email, person.password, person.name);
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const p = await plain.newPage();
    await p.goto("/account/notifications");
    const field = p.getByLabel("Your timezone");
    await expect(field).toHaveValue("");
    await expect(p.getByLabel("Search the list by city or region")).toHaveCount(0);
    expect(await field.locator("optgroup").evaluateAll((groups) => groups.map((g) => g.getAttribute("label")))).toEqual([
      "Africa",
      "Americas",
      "Antarctica",
      "Arctic",
      "Asia",
      "Atlantic Ocean",
      "Australia",
      "Europe",
      "Indian Ocean",
      "Pacific",
      "Other",
    ]);
    await field.selectOption("Asia/Tokyo");
    await p.getByRole("button", { name: "Save my choices" }).click();
    await expect(p.getByText("Saved. We'll reach you the way you chose.")).toBeVisible();
  } finally {
    await plain.close();
  }
  await page.goto("/account/notifications");
  await expect(page.getByLabel("Your timezone")).toHaveValue("Asia/Tokyo");
});
