import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { circleAttendance, circleMembers, circles, circleSeekers } from "@/db/schema";
import { seedDemoData } from "@/db/seed-runner";
import { getCircleHealth } from "@/lib/dal/circle/health";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

describe("demo circles", () => {
  it("seeds an active circle with a session history, a circle waiting to fill and people waiting; a second run changes nothing", async () => {
    await seedDemoData(db());
    await seedDemoData(db());
    const all = await db().select().from(circles);
    expect(all.map((c) => c.status).sort()).toEqual(["active", "proposed"]);
    const active = all.find((c) => c.status === "active")!;
    const marks = await db().select().from(circleAttendance).where(eq(circleAttendance.circleId, active.id));
    expect(new Set(marks.map((m) => m.status))).toEqual(new Set(["there", "missed", "excused"]));
    const waiting = all.find((c) => c.status === "proposed")!;
    expect(await db().select().from(circleMembers).where(eq(circleMembers.circleId, waiting.id))).toHaveLength(2);
    expect((await db().select().from(circleSeekers)).length).toBeGreaterThan(10);
    // Program health reads them as numbers.
    await actAs(await makeUser({ roles: ["moderator"] }));
    const health = await getCircleHealth();
    expect(health.sessionsHeld).toBe(3);
    expect(health.shareThere).toBeCloseTo(12 / 14);
    expect(health.excused).toBe(1);
    expect(health.reachedAfterMiss).toBe(1);
    expect(health.missToWordMedianHours).toBeCloseTo(24);
    expect(health.missedNotYetReached).toBe(1);
  });
});
