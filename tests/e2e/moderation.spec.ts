import { expect, type Page, test } from "@playwright/test";
import { makeRelationship } from "./relationship-fixture";
import { DEMO_PASSWORD, demo, linkFromMail, mainNav, notice, secondBrowser, signIn } from "./support";

/**
 * The moderation loop end to end: a person reports their partner, a
 * moderator finds the report in the queue, claims it and suspends the
 * partner with a reason; the partner is signed out on their next click, told
 * why, appeals through an emailed link, and the appeal reaches the queue.
 */

const reportsSection = (page: Page) => page.getByRole("region", { name: /^Reports \(\d+\)$/ });

test("a report goes to the queue, a suspension signs the person out, and their appeal comes back to the queue", async ({ page, browser, request }) => {
  const { seeker, partner } = await makeRelationship(request);
  const reason = `Repeated insults after being asked to stop (${Date.now()})`;

  // The seeker reports their mentor.
  await signIn(page, seeker.email, seeker.password, seeker.name);
  await page.goto(`/reports/new?kind=person&id=${partner.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Report ${partner.name}` })).toBeVisible();
  await page.getByRole("group", { name: "What's wrong?" }).getByRole("radio", { name: /Harassment or bullying/ }).check();
  await page.getByLabel("Anything moderators should know (optional)").fill("It started after our second check-in.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(notice(page, "Thank you for telling us")).toBeVisible();
  await page.goto("/reports");
  await expect(page.getByRole("list", { name: "Reports" }).getByRole("listitem").filter({ hasText: partner.name })).toContainText("Waiting for a moderator");

  // The partner is signed in elsewhere, going about their day.
  const partnerBrowser = await secondBrowser(browser);
  const moderatorBrowser = await secondBrowser(browser);
  try {
    const them = partnerBrowser.page;
    await signIn(them, partner.email, partner.password, partner.name);

    // The moderator finds it at the top of the reports, claims it with one click, and opens it.
    const mod = moderatorBrowser.page;
    await signIn(mod, demo.moderator.email, DEMO_PASSWORD, demo.moderator.name);
    await mod.goto("/admin/queue");
    await expect(mod.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
    const title = `Harassment or bullying: ${partner.name}`;
    const rows = reportsSection(mod).getByRole("listitem");
    const titles = await rows.getByRole("link").allInnerTexts();
    const ours = titles.indexOf(title);
    expect(ours, "our report is in the queue").toBeGreaterThanOrEqual(0);
    // Only reports at least as serious (and older) may come before it.
    for (const above of titles.slice(0, ours)) expect(above).toMatch(/^(Someone may be at risk|Harassment or bullying):/);
    const row = rows.filter({ has: mod.getByRole("link", { name: title, exact: true }) });
    await expect(row).toContainText("Waiting");
    await row.getByRole("button", { name: `Claim ${title}` }).click();
    await expect(row).toContainText("Claimed by you");
    await row.getByRole("link", { name: title, exact: true }).click();
    await expect(mod.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(mod.getByText("It started after our second check-in.")).toBeVisible();
    await expect(mod.getByText("This is about the person, not a particular message.")).toBeVisible();

    // Suspend, with the reason the partner will read.
    await mod.getByRole("group", { name: "What to do" }).getByRole("radio", { name: /^Suspend/ }).check();
    await mod.getByLabel(`Reason ${partner.name} will read`).fill(reason);
    await mod.getByRole("button", { name: "Apply decision" }).click();
    await expect(notice(mod, `Suspended. ${partner.name} will be signed out on their next click`)).toBeVisible();

    // The partner's very next click ends their session, with the explanation and a way to appeal.
    await mainNav(them).getByRole("link", { name: "Account", exact: true }).click();
    await expect(them).toHaveURL(/\/signed-out\?reason=suspended$/);
    await expect(them.getByRole("heading", { level: 1, name: "Your account is suspended" })).toBeVisible();
    await them.getByRole("link", { name: "Appeal this decision" }).click();
    await expect(them).toHaveURL(/\/appeal$/);
    await them.getByLabel("Email", { exact: true }).fill(partner.email);
    await them.getByRole("button", { name: "Email me an appeal link" }).click();
    await expect(notice(them, `If the account for ${partner.email} was suspended or closed`)).toBeVisible();

    // The link in their inbox shows the decision and takes one appeal.
    const link = await linkFromMail(them, "Your link to appeal a moderator's decision", partner.email);
    expect(link).toMatch(/^\/appeal\?token=/);
    await them.goto(link);
    await expect(them.getByRole("heading", { name: "A moderator suspended your account." })).toBeVisible();
    await expect(them.getByText(reason)).toBeVisible();
    const appeal = "I was quoting the lyrics we'd been talking about, not insulting anyone.";
    await them.getByLabel("Your appeal").fill(appeal);
    await them.getByRole("button", { name: "Send my appeal" }).click();
    // The page now shows the appeal in place of the form, and still does after a reload.
    await expect(them.getByText("Your appeal is waiting for a moderator who wasn't part of the decision.")).toBeVisible();
    await them.reload();
    await expect(them.getByText("Your appeal is waiting for a moderator who wasn't part of the decision.")).toBeVisible();
    await expect(them.getByRole("button", { name: "Send my appeal" })).toHaveCount(0);

    // The appeal is in the moderator's queue; they took the action, so someone else decides it.
    await mod.goto("/admin/queue");
    const appeals = mod.getByRole("region", { name: /^Appeals \(\d+\)$/ });
    const appealLink = appeals.getByRole("link", { name: `Appeal from ${partner.name}: suspended`, exact: true });
    await expect(appealLink).toBeVisible();
    await appealLink.click();
    await expect(mod.getByRole("heading", { level: 1, name: `Appeal from ${partner.name}` })).toBeVisible();
    await expect(mod.getByText(appeal)).toBeVisible();
    await expect(notice(mod, "You took this action, so another moderator or an admin decides the appeal.")).toBeVisible();

    // The seeker reads the decision in plain words, without the moderator's name.
    await page.goto("/reports");
    const mine = page.getByRole("list", { name: "Reports" }).getByRole("listitem").filter({ hasText: partner.name });
    await expect(mine).toContainText("took action on the person's account");
    await expect(mine).not.toContainText(demo.moderator.name);
  } finally {
    await partnerBrowser.context.close();
    await moderatorBrowser.context.close();
  }
});
