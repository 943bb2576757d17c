import "server-only";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { circleMembers, circleSeekers, circleSessions, circles } from "@/db/schema";
import { now } from "@/lib/clock";
import type { CircleCohort, CircleForPlacement } from "@/lib/matching/circles";
import { loadMentors, loadPairs, loadSeekers, topicLabels } from "@/lib/dal/matching/pool";

/**
 * Reads circles and the people waiting for one into the plain shapes of
 * lib/matching/circles. Called by rounds (staff) and by a seeker's own
 * suggestions; never by pages directly.
 */
export async function loadCircleCohort(options: { seekerIds?: string[]; circleIds?: string[] } = {}): Promise<CircleCohort> {
  const exec = db();
  const rows = await exec
    .select()
    .from(circles)
    .where(
      and(
        inArray(circles.status, ["proposed", "open", "active"]),
        eq(circles.facilitatorAway, false),
        options.circleIds ? inArray(circles.id, options.circleIds) : undefined,
      ),
    );
  const ids = rows.map((c) => c.id);
  const [memberRows, held] = ids.length
    ? await Promise.all([
        exec.select({ circleId: circleMembers.circleId, userId: circleMembers.userId }).from(circleMembers).where(and(inArray(circleMembers.circleId, ids), isNull(circleMembers.leftAt))),
        exec.select({ circleId: circleSessions.circleId, n: count() }).from(circleSessions).where(inArray(circleSessions.circleId, ids)).groupBy(circleSessions.circleId),
      ])
    : [[], []];
  const seated = new Set(memberRows.map((m) => m.userId));
  let seekerIds = options.seekerIds;
  // Those whose last circle ended early: a round seats them first (lib/matching/circles, PRIORITY_BONUS).
  const priority = new Set<string>();
  if (!seekerIds) {
    const waiting = await exec.select({ userId: circleSeekers.userId, priority: circleSeekers.priority }).from(circleSeekers).where(eq(circleSeekers.active, true));
    seekerIds = waiting.map((w) => w.userId).filter((id) => !seated.has(id));
    for (const w of waiting) if (w.priority) priority.add(w.userId);
  }
  const [seekers, members, facilitators, topics, pairs] = await Promise.all([
    seekerIds.length ? loadSeekers({ userIds: seekerIds }) : Promise.resolve([]),
    memberRows.length ? loadSeekers({ userIds: [...seated] }) : Promise.resolve([]),
    rows.length ? loadMentors({ userIds: [...new Set(rows.map((c) => c.facilitatorId))] }) : Promise.resolve([]),
    topicLabels(),
    loadPairs(),
  ]);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const facilitatorById = new Map(facilitators.map((f) => [f.id, f]));
  const heldBy = new Map(held.map((h) => [h.circleId, Number(h.n)]));
  const list: CircleForPlacement[] = [];
  for (const c of rows) {
    const f = facilitatorById.get(c.facilitatorId);
    // A facilitator who is no longer an approved, active mentor holds no circle a round can fill.
    if (!f || !f.approved) continue;
    list.push({
      id: c.id,
      title: c.title,
      facilitator: { id: f.id, name: f.name, topicIds: f.topicIds, avoidTopicIds: f.avoidTopicIds, listenStyle: f.listenStyle, tone: f.tone, messageLength: f.messageLength, ageBand: f.ageBand },
      focusTopicIds: c.focusTopicIds,
      language: c.language,
      targetSize: c.targetSize,
      maxSize: c.maxSize,
      cadence: c.cadence,
      day: c.day as CircleForPlacement["day"],
      startMinute: c.startMinute,
      durationMinutes: c.durationMinutes,
      timezone: c.timezone,
      sessionsHeld: heldBy.get(c.id) ?? 0,
      lengthSessions: c.lengthSessions,
      members: memberRows.filter((m) => m.circleId === c.id).flatMap((m) => memberById.get(m.userId) ?? []),
      status: c.status as CircleForPlacement["status"],
    });
  }
  return {
    format: "alongside-circles/1",
    referenceDate: now().toISOString().slice(0, 10),
    topics,
    seekers: seekers.map((s) => ({ ...s, safetyHold: false, priority: priority.has(s.id) })),
    circles: list,
    blockedPairs: pairs.blocked,
    pastPairs: pairs.past,
  };
}
