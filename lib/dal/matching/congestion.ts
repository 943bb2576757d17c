import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { matchRequests, relationships, savedMentors } from "@/db/schema";
import { congestionPrices, type Interest } from "@/lib/matching/exposure";
import { mentorPool } from "./mentor-pool";
import { loadSeekers } from "./pool";

/**
 * Each mentor's congestion price (lib/matching/exposure.ts): the shadow
 * prices of a batch solve over the real interest of the seekers who are
 * waiting — their open requests and their saves; looks count for nothing.
 * Cached per process for 30 s (a batch solve per page view would cost more
 * than the ranking); a request, a save or an unsave in this process drops it.
 */
const TTL_MS = 30_000;
const cache = globalThis as unknown as { __alongsideCongestion?: { prices: Map<string, number>; at: number } };

export async function congestion(): Promise<Map<string, number>> {
  const cached = cache.__alongsideCongestion;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.prices;
  const [{ pool, mentors }, interest] = await Promise.all([mentorPool(), waitingInterest()]);
  const seekerIds = [...new Set(interest.map((i) => i.seekerId))];
  const seekers = seekerIds.length > 0 ? await loadSeekers({ userIds: seekerIds }) : [];
  const prices = congestionPrices({ seekers, mentors, context: pool.context, interest });
  cache.__alongsideCongestion = { prices, at: Date.now() };
  return prices;
}

export function invalidateCongestion() {
  cache.__alongsideCongestion = undefined;
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
