import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { matchRequests, relationships, savedMentors } from "@/db/schema";
import { congestionPrices, type Interest } from "@/lib/matching/exposure";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { mentorPool } from "./mentor-pool";
import { loadSeekers } from "./pool";

/**
 * Each mentor's congestion price (lib/matching/exposure.ts): the shadow
 * prices of a batch solve over the real interest of the seekers who are
 * waiting — their open requests and their saves; looks count for nothing.
 * Shared by one instance's requests (lib/dal/system/shared-value.ts): fresh
 * for 30 s, then in production answered up to two minutes old while the next
 * solve runs in the background, one solve at a time (a batch solve per page
 * view would cost more than the ranking). A request, a save or an unsave in
 * this process drops it.
 */
const shared = sharedValue<Map<string, number>>("congestion", { freshMs: 30_000, staleMs: 120_000 });

export function congestion(): Promise<Map<string, number>> {
  return shared.get("prices", async () => {
    const [{ pool, mentors }, interest] = await Promise.all([mentorPool(), waitingInterest()]);
    const seekerIds = [...new Set(interest.map((i) => i.seekerId))];
    const seekers = seekerIds.length > 0 ? await loadSeekers({ userIds: seekerIds }) : [];
    return congestionPrices({ seekers, mentors, context: pool.context, interest });
  });
}

export function invalidateCongestion() {
  shared.invalidate();
}

/** Open mentorship requests and saves of seekers who have no active mentorship yet. */
async function waitingInterest(): Promise<Interest[]> {
  const [requests, saves] = await Promise.all([
    db()
      .select({ seekerId: matchRequests.fromId, mentorId: matchRequests.toId })
      .from(matchRequests)
      .where(and(eq(matchRequests.status, "open"), eq(matchRequests.kind, "mentorship"))),
    db().select({ seekerId: savedMentors.seekerId, mentorId: savedMentors.mentorId }).from(savedMentors),
  ]);
  const all = [...requests, ...saves];
  if (all.length === 0) return [];
  const settled = await db()
    .selectDistinct({ seekerId: relationships.seekerId })
    .from(relationships)
    .where(and(eq(relationships.kind, "mentorship"), eq(relationships.status, "active"), inArray(relationships.seekerId, [...new Set(all.map((i) => i.seekerId))])));
  const done = new Set(settled.map((s) => s.seekerId));
  return all.filter((i) => !done.has(i.seekerId));
}
