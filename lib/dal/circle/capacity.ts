import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { circles } from "@/db/schema";

/** Circle places a mentor holds: each circle they facilitate (not ended) counts as `placesPerCircle`. */
export async function circlePlacesHeld(mentorIds: readonly string[], placesPerCircle: number): Promise<Map<string, number>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db()
    .select({ id: circles.facilitatorId, n: sql<number>`count(*)::int` })
    .from(circles)
    .where(and(inArray(circles.facilitatorId, [...mentorIds]), inArray(circles.status, ["proposed", "open", "active"])))
    .groupBy(circles.facilitatorId);
  return new Map(rows.map((r) => [r.id, r.n * placesPerCircle]));
}
