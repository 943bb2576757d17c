import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { checkIns, fitChecks, needsProfiles, relationships, ruptures, safetyItems } from "@/db/schema";
import { ChartCard } from "@/components/admin/charts/chart-card";
import { LineChart } from "@/components/admin/charts/line-chart";
import { niceMax } from "@/components/admin/charts/scale";
import { SafetyChart, WaitingChart } from "@/components/admin/health/health-charts";
import { describeWeekly } from "@/components/admin/health/summaries";
import { getProgramHealth, HEALTH_WEEKS, healthWindow } from "@/lib/dal/staff/program-health";
import { actAs, makeUser, navigationDigest } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const DAY = 86_400_000;
const HOUR = 3_600_000;

async function asModerator() {
  await actAs(await makeUser({ roles: ["moderator"] }));
}

describe("program health: who may read it", () => {
  it("is for staff: seekers, mentors and nobody signed in get a 404; moderators and admins read it", async () => {
    for (const viewer of [await makeUser(), await makeUser({ roles: ["mentor"] }), null]) {
      await actAs(viewer);
      expect(navigationDigest(await getProgramHealth().catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    for (const roles of [["moderator"], ["admin"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      await expect(getProgramHealth()).resolves.toHaveProperty("waiting");
    }
  });
});

describe("program health on an empty program", () => {
  it("gives 12 weeks of zeros and no medians, and every chart says so in words instead of drawing", async () => {
    await asModerator();
    const health = await getProgramHealth();
    expect(health.window.weeks).toHaveLength(HEALTH_WEEKS);
    expect(health.waiting.every((w) => w.waiting === 0 && w.firstMatches === 0 && w.medianDaysToFirst === null)).toBe(true);
    expect(health.active.every((a) => a.mentorships === 0 && a.friendships === 0)).toBe(true);
    expect(health.checkIns.every((c) => c.keptShare === null)).toBe(true);
    expect(health.fitChecks.map((f) => [f.answer, f.afterFirst, f.afterThird])).toEqual([
      ["good_fit", 0, 0],
      ["still_deciding", 0, 0],
      ["not_a_fit", 0, 0],
    ]);
    expect(health.endings).toEqual([]);
    expect(health.safety.total).toEqual({ raised: 0, open: 0, resolved: 0, medianHours: null });

    const html = renderToStaticMarkup(createElement(WaitingChart, { health }));
    expect(html).toContain("Nobody was waiting for a mentor at the end of any of these weeks.");
    expect(html).not.toContain("<svg");
    expect(renderToStaticMarkup(createElement(SafetyChart, { health }))).toContain("No safety items were raised in these 12 weeks.");
  });
});

describe("program health with a known story", () => {
  // Weeks are numbered 0 (oldest) to 11 (this one). Everything happens in past weeks, so no event lies in the future.
  const window = healthWindow();
  const at = (week: number, days = 0, hours = 0) => new Date(window.weeks[week]!.getTime() + days * DAY + hours * HOUR);

  const pair = (a: string, b: string) => (a < b ? { pairLow: a, pairHigh: b } : { pairLow: b, pairHigh: a });

  beforeAll(async () => {
    const [ana, ben, cleo, dev, eve, mentor1, mentor2] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser({ status: "suspended" }),
      makeUser({ roles: ["mentor"] }),
      makeUser({ roles: ["mentor"] }),
    ]);
    await db()
      .insert(needsProfiles)
      .values([
        { userId: ana!.id, lookingFor: "mentor", completedAt: at(2, 1) },
        { userId: ben!.id, lookingFor: "both", completedAt: at(3, 1) },
        { userId: cleo!.id, lookingFor: "friend", completedAt: at(1) },
        { userId: dev!.id, lookingFor: "mentor", completedAt: at(5, 1) },
        // Suspended today: not counted as waiting in any week.
        { userId: eve!.id, lookingFor: "mentor", completedAt: at(1) },
      ]);
    const [anaMentorship, devMentorship] = await db()
      .insert(relationships)
      .values([
        // Ana: first mentorship in week 4 (14 days after her profile), ended in week 8.
        {
          kind: "mentorship",
          seekerId: ana!.id,
          partnerId: mentor1!.id,
          ...pair(ana!.id, mentor1!.id),
          startedAt: at(4, 1),
          status: "ended",
          endedAt: at(8, 2),
          endReason: "life-changed",
        },
        // Dev: first mentorship in week 5, 3 days after his profile, still going.
        { kind: "mentorship", seekerId: dev!.id, partnerId: mentor2!.id, ...pair(dev!.id, mentor2!.id), startedAt: at(5, 4) },
        // Cleo and Ben: friends since week 6.
        { kind: "friendship", seekerId: cleo!.id, partnerId: ben!.id, ...pair(cleo!.id, ben!.id), startedAt: at(6, 1) },
        // Ended before the window: not among this window's endings.
        {
          kind: "mentorship",
          seekerId: cleo!.id,
          partnerId: mentor1!.id,
          ...pair(cleo!.id, mentor1!.id),
          startedAt: new Date(window.start.getTime() - 40 * DAY),
          status: "ended",
          endedAt: new Date(window.start.getTime() - 10 * DAY),
          endReason: "not-a-fit",
        },
      ])
      .returning({ id: relationships.id });
    const slot = (week: number, day: number, status: "kept" | "missed" | "excused") => ({
      relationshipId: devMentorship!.id,
      startsAt: at(week, day),
      endsAt: at(week, day, 1),
      closesAt: at(week, day, 24),
      status,
    });
    await db().insert(checkIns).values([slot(6, 1, "kept"), slot(7, 1, "missed"), slot(7, 3, "kept"), slot(8, 1, "excused")]);
    const note = { openerNote: "ciphertext", openerKeyId: "k1" };
    await db()
      .insert(ruptures)
      .values([
        { relationshipId: devMentorship!.id, openedById: dev!.id, ...note, openedAt: at(6, 1), status: "repaired", resolvedAt: at(7, 1) },
        { relationshipId: devMentorship!.id, openedById: mentor2!.id, ...note, openedAt: at(9, 1) },
      ]);
    await db()
      .insert(fitChecks)
      .values([
        { relationshipId: devMentorship!.id, userId: dev!.id, stage: 1, answer: "good_fit", createdAt: at(6, 2) },
        { relationshipId: devMentorship!.id, userId: mentor2!.id, stage: 1, answer: "still_deciding", createdAt: at(6, 2) },
        { relationshipId: devMentorship!.id, userId: dev!.id, stage: 3, answer: "good_fit", createdAt: at(8, 2) },
        // Before the window: left out.
        { relationshipId: anaMentorship!.id, userId: ana!.id, stage: 1, answer: "not_a_fit", createdAt: new Date(window.start.getTime() - 7 * DAY) },
      ]);
    const item = (createdAt: Date, resolvedAfterHours: number | null, level: "crisis" | "concern") => ({
      level,
      targetKind: "message" as const,
      targetId: randomUUID(),
      createdAt,
      ...(resolvedAfterHours === null ? {} : { status: "resolved" as const, resolvedAt: new Date(createdAt.getTime() + resolvedAfterHours * HOUR) }),
    });
    await db()
      .insert(safetyItems)
      .values([item(at(9, 1), 4, "crisis"), item(at(9, 2), 10, "concern"), item(at(10, 1), null, "concern")]);
  });

  it("counts seekers waiting at each week's end, and the median days to a first mentorship", async () => {
    await asModerator();
    const { waiting } = await getProgramHealth();
    expect(waiting.map((w) => w.waiting)).toEqual([0, 0, 1, 2, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(waiting.map((w) => w.firstMatches)).toEqual([0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(waiting[4]!.medianDaysToFirst).toBe(14);
    expect(waiting[5]!.medianDaysToFirst).toBe(3);
    expect(waiting[6]!.medianDaysToFirst).toBeNull();
  });

  it("counts active mentorships and friendships at each week's end", async () => {
    await asModerator();
    const { active } = await getProgramHealth();
    expect(active.map((a) => a.mentorships)).toEqual([0, 0, 0, 0, 1, 2, 2, 2, 1, 1, 1, 1]);
    expect(active.map((a) => a.friendships)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it("gives the share of check-ins kept, leaving excused ones out", async () => {
    await asModerator();
    const { checkIns: weeks } = await getProgramHealth();
    expect(weeks[6]).toEqual({ kept: 1, missed: 0, excused: 0, keptShare: 1 });
    expect(weeks[7]).toEqual({ kept: 1, missed: 1, excused: 0, keptShare: 0.5 });
    expect(weeks[8]).toEqual({ kept: 0, missed: 0, excused: 1, keptShare: null });
  });

  it("counts ruptures named and repaired, fit-check answers and endings by reason within the window", async () => {
    await asModerator();
    const health = await getProgramHealth();
    expect(health.ruptures.map((r) => r.named)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
    expect(health.ruptures.map((r) => r.repaired)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(health.fitChecks).toEqual([
      { answer: "good_fit", afterFirst: 1, afterThird: 1 },
      { answer: "still_deciding", afterFirst: 1, afterThird: 0 },
      { answer: "not_a_fit", afterFirst: 0, afterThird: 0 },
    ]);
    expect(health.endings).toEqual([{ reason: "life-changed", mentorships: 1, friendships: 0 }]);
  });

  it("counts safety items by status with the median hours to resolve, per week and overall", async () => {
    await asModerator();
    const { safety } = await getProgramHealth();
    expect(safety.weeks[9]).toEqual({ raised: 2, open: 0, resolved: 2, medianHours: 7 });
    expect(safety.weeks[10]).toEqual({ raised: 1, open: 1, resolved: 0, medianHours: null });
    expect(safety.total).toEqual({ raised: 3, open: 1, resolved: 2, medianHours: 7 });
  });

  it("asks the database once per chart, however much data there is", async () => {
    await asModerator();
    const execute = vi.spyOn(db(), "execute");
    try {
      await getProgramHealth();
      expect(execute).toHaveBeenCalledTimes(8); // seven charts, and the first-look figures per kind of risk
    } finally {
      execute.mockRestore();
    }
  });

  it("draws an image with a spoken summary, and the same numbers in a table", async () => {
    await asModerator();
    const health = await getProgramHealth();
    const html = renderToStaticMarkup(createElement(WaitingChart, { health }));
    expect(html).toMatch(/<svg role="img" aria-label="Seekers waiting for a mentor, week by week for 12 weeks: 2 this week, 0 in the first week measured, highest 2, lowest 0\."/);
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="col" class="p-2">Waiting</th>');
    expect(html).toContain("(this week)");
  });
});

describe("chart pieces", () => {
  it("round axes up to 1, 2 or 5 times a power of ten", () => {
    expect([niceMax([0]), niceMax([3]), niceMax([7]), niceMax([12]), niceMax([48]), niceMax([100]), niceMax([null, 0.4], 0.1)]).toEqual([1, 5, 10, 20, 50, 100, 0.5]);
  });

  it("summarise a series in a sentence, and say so when there is nothing to measure", () => {
    expect(describeWeekly("Share kept", [null, 50, 100], (n) => `${n}%`)).toBe(
      "Share kept, week by week for 3 weeks: 100% this week, 50% in the first week measured, highest 100%, lowest 50%.",
    );
    expect(describeWeekly("Share kept", [null, null])).toBe("Share kept: nothing to measure in these 2 weeks.");
  });

  it("leave gaps in a line where a week has nothing to measure", () => {
    const html = renderToStaticMarkup(createElement(LineChart, { label: "x", categories: ["a", "b", "c", "d"], series: [{ name: "s", values: [1, null, 2, 3] }] }));
    expect(html.match(/<path /g)).toHaveLength(2);
    expect(html.match(/<circle /g)).toHaveLength(3);
  });

  it("show a plain sentence instead of an empty chart", () => {
    const html = renderToStaticMarkup(
      createElement(ChartCard, { title: "T", description: "D", empty: true, emptyText: "Nothing yet.", table: { caption: "c", columns: [], rows: [] } }, null),
    );
    expect(html).toContain("Nothing yet.");
    expect(html).not.toContain("<table");
  });
});
