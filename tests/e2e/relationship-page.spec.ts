import { expect, type Page, test } from "@playwright/test";
import { makeRelationship, openRelationship, openSection } from "./relationship-fixture";

/**
 * The relationship page as a chat: at desktop width the thread has the main
 * area and the window's height (the composer in view on arrival, the
 * rhythm and record above it), and everything else is a fold beside it,
 * closed unless it needs the person, one click away, and still open after a
 * form inside it has been sent.
 */

test.slow();

const main = (page: Page) => page.getByRole("main");
const threadSection = (page: Page) => main(page).locator('section[aria-labelledby="thread-heading"]');
const fold = (page: Page, name: string | RegExp) => main(page).getByRole("region", { name, exact: typeof name === "string" ? true : undefined }).locator("details").first();

test.use({ viewport: { width: 1280, height: 800 } });

test("at 1280 px the thread fills the main area and the window, with the rhythm and record above it and the other sections folded beside it", async ({ page, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "mentorship", rhythm: { cadence: "weekly", day: "tue", part: "evening" } });
  await openRelationship(page, seeker, relationshipId);
  const send = page.getByRole("button", { name: "Send", exact: true });
  // The composer is in view without scrolling, and so are the rhythm and the record.
  await expect(send).toBeInViewport();
  const header = main(page).getByRole("region", { name: partner.name, exact: true });
  await expect(header.getByText("Rhythm", { exact: true })).toBeInViewport();
  await expect(header.getByText("Record", { exact: true })).toBeInViewport();

  // The thread is the main column: most of the page's width, and the window's height down to its bottom edge.
  const [box, mainBox] = [await threadSection(page).boundingBox(), await main(page).boundingBox()];
  expect(box!.width).toBeGreaterThan(mainBox!.width * 0.6);
  expect(box!.y + box!.height).toBeLessThanOrEqual(800);
  expect(box!.y + box!.height).toBeGreaterThan(800 - 40);
  expect(box!.height).toBeGreaterThan(400);

  // Everything else is closed, one click away, beside the thread.
  for (const name of ["Check-ins", "Working things through", "Your story together", "Ending well", "Safety"]) {
    await expect(fold(page, name)).not.toHaveAttribute("open");
    const summary = main(page).getByRole("region", { name, exact: true }).locator("summary").first();
    await expect(summary).toBeInViewport();
    expect((await summary.boundingBox())!.x).toBeGreaterThan(box!.x + box!.width);
  }
  const safety = await openSection(page, "Safety");
  await expect(safety.getByText(`Report ${partner.name} to a moderator…`)).toBeVisible();

  // Messages scroll inside the thread; the composer stays where it is.
  const before = await send.boundingBox();
  for (const words of ["First line of the day.", "Second thought.", "A third, longer one, to fill the thread a little more than the others do."]) {
    await page.getByLabel(`Message to ${partner.name}`).fill(words);
    await send.click();
    await expect(main(page).getByRole("region", { name: `Thread with ${partner.name}` }).getByText(words)).toBeVisible();
  }
  expect((await send.boundingBox())!.y).toBe(before!.y);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(1280);
});

test("a fold opened by hand stays open after a form inside it is sent, and shows its error", async ({ page, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "mentorship" });
  await openRelationship(page, seeker, relationshipId);
  const checkIns = await openSection(page, "Check-ins");
  await checkIns.getByRole("group", { name: "How often" }).getByRole("radio", { name: "Weekly" }).check();
  await checkIns.getByRole("button", { name: `Propose this to ${partner.name}` }).click();
  await expect(checkIns.getByText(/^You proposed: Weekly/)).toBeVisible();
  await expect(fold(page, "Check-ins")).toHaveAttribute("open", "");

  // The ending form sent without a reason: the error is in view in the fold, which stayed open.
  const ending = await openSection(page, "Ending well");
  await ending.locator("summary").filter({ hasText: "Close this relationship" }).click();
  await ending.getByRole("button", { name: `Close the relationship with ${partner.name}` }).click();
  await expect(ending.getByText("Choose a reason. Any of them is fine.")).toBeVisible();
  await expect(fold(page, "Ending well")).toHaveAttribute("open", "");
  await expect(fold(page, "Check-ins")).toHaveAttribute("open", "");
});

test("an address that points at a fold opens it, on arrival and from a link on the page", async ({ page, request }) => {
  const { relationshipId, seeker } = await makeRelationship(request, { kind: "friendship" });
  await openRelationship(page, seeker, relationshipId);
  await page.goto(`/relationships/${relationshipId}#repair`);
  await expect(fold(page, "Working things through")).toHaveAttribute("open", "");
  await expect(main(page).getByRole("region", { name: "Working things through" }).getByText("This is not a report and not a block")).toBeInViewport();
  await expect(fold(page, "Safety")).not.toHaveAttribute("open");
  await page.evaluate(() => (window.location.hash = "#safety"));
  await expect(fold(page, "Safety")).toHaveAttribute("open", "");
});

test("a closed fold arrives without its content and brings it when opened, from the keyboard, or by its link without JavaScript", async ({ page, browser, request }) => {
  const { relationshipId, seeker, partner } = await makeRelationship(request, { kind: "friendship" });
  await openRelationship(page, seeker, relationshipId);
  const safety = main(page).getByRole("region", { name: "Safety", exact: true });
  const report = safety.getByText(`Report ${partner.name} to a moderator…`);
  // Closed: the page carried its summary only.
  await expect(safety.locator("summary").first()).toBeVisible();
  await expect(report).toHaveCount(0);
  await safety.locator("summary").first().focus();
  await page.keyboard.press("Enter");
  await expect(fold(page, "Safety")).toHaveAttribute("open", "");
  await expect(report).toBeVisible();
  // The address names it, so a reload (or a form's answer) renders it with its content.
  await expect(page).toHaveURL(/[?&]open=safety/);
  await page.reload();
  await expect(fold(page, "Safety")).toHaveAttribute("open", "");
  await expect(report).toBeVisible();

  // Without JavaScript the empty fold offers a link to the page with it open.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await context.newPage();
    await plain.goto(`/relationships/${relationshipId}`);
    const story = plain.getByRole("main").getByRole("region", { name: "Your story together", exact: true });
    await story.locator("summary").first().click();
    await story.getByRole("link", { name: "Show Your story together" }).click();
    await expect(story.locator("details").first()).toHaveAttribute("open", "");
    await expect(story.getByText("You became peer friends")).toBeVisible();
  } finally {
    await context.close();
  }
});
