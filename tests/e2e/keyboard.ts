import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Moving through a page the way a keyboard user does: Tab to reach things,
 * Space to tick, arrow keys inside a radio group, Enter to follow a link or
 * press a button. No mouse anywhere.
 */

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses Tab until the target (or something inside it, for a group) has focus. */
export async function tabTo(page: Page, target: Locator, limit = 150) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Ticks (or unticks) a checkbox with Space. */
export async function toggle(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  await page.keyboard.press("Space");
}

/** Tabs into a radio group and moves with the arrow keys until the wanted radio is chosen. */
export async function choose(page: Page, group: Locator, radio: Locator) {
  await tabTo(page, group);
  for (let presses = 0; presses < 12; presses++) {
    if (await hasFocus(radio)) {
      await page.keyboard.press("Space");
      await expect(radio).toBeChecked();
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`could not reach ${radio} with the arrow keys`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a link or button and presses Enter. */
export async function press(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}
