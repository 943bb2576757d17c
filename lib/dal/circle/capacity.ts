import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { circles } from "@/db/schema";

/** Circle places a mentor holds: each circle they facilitate (not ended, not stepped back from) counts as `placesPerCircle`. */
export async function circlePlacesHeld(mentorIds: readonly string[], placesPerCircle: number): Promise<Map<string, number>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db()
    .select({ id: circles.facilitatorId, n: sql<number>`count(*)::int` })
    .from(circles)
    .where(and(inArray(circles.facilitatorId, [...mentorIds]), inArray(circles.status, ["proposed", "open", "active"]), eq(circles.facilitatorAway, false)))
    .groupBy(circles.facilitatorId);
  return new Map(rows.map((r) => [r.id, r.n * placesPerCircle]));
}
