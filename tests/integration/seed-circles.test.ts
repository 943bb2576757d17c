import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { circleAttendance, circleMembers, circles, circleSeekers } from "@/db/schema";
import { seedDemoData } from "@/db/seed-runner";

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
  });
});
