import "server-only";
import { circlePlacesHeld } from "@/lib/dal/circle/capacity";
import { getSettings } from "@/lib/dal/staff/settings";
import { and, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  blocks,
  checkIns,
  friendProfiles,
  matchRequests,
  mentorProfiles,
  mentorTopics,
  needsProfiles,
  needsProfileTopics,
  pulses,
  relationships,
  topics,
  users,
} from "@/db/schema";
import { now, todayUtc } from "@/lib/clock";
import { addDays, pauseInForce } from "@/lib/mentoring/pause";
import type { FriendForMatching, MentorForMatching, MentorSignals, PairList, SeekerForMatching, TopicLabel } from "@/lib/matching/types";
import type { AgeBand, Cadence, Dealbreaker, Gender, Window } from "@/lib/profiles/options";

/**
 * Reads profiles into the plain shapes lib/matching works on. Only matching
 * reads the private fields loaded here; nothing in these shapes is ever sent
 * to a page (the DAL turns results into explanations and cards).
 */

/** Matching's day, by the app's clock (UTC). A mentor's pause is judged in their own zone (`matchingPause`). */
export const referenceDate = todayUtc;

/**
 * A mentor's pause as matching should compare it with `referenceDate`
 * (lib/matching compares the two dates as text). A pause ends when the
 * return day begins where the mentor lives, which can be a day either side
 * of the UTC date: one still in force there is given as at least the day
 * after the reference day, one that has ended there as none. Right when the
 * pool is loaded; the pool is reloaded within two minutes (mentor-pool.ts).
 */
export function matchingPause(pausedUntil: string | null, timezone: string | null, at = now()): string | null {
  if (!pauseInForce(pausedUntil, timezone, at)) return null;
  const tomorrow = addDays(at.toISOString().slice(0, 10), 1);
  return pausedUntil! > tomorrow ? pausedUntil! : tomorrow;
}

export async function topicLabels(): Promise<TopicLabel[]> {
  return (await db().select({ id: topics.id, label: topics.name }).from(topics)).map((t) => ({ id: t.id, label: t.label }));
}

/**
 * The needs-profile columns matching reads. Not the free texts (own words,
 * hopes, the dealbreakers note): matching never reads them, so they are not
 * opened for it — every suggestions page reads the whole friend pool, and
 * opening three sealed texts per person nobody looks at was most of its cost.
 */
const matchingNeeds = {
  userId: needsProfiles.userId,
  completedAt: needsProfiles.completedAt,
  cadence: needsProfiles.cadence,
  windows: needsProfiles.windows,
  timezone: needsProfiles.timezone,
  languages: needsProfiles.languages,
  listenStyle: needsProfiles.listenStyle,
  tone: needsProfiles.tone,
  messageLength: needsProfiles.messageLength,
  consistencyImportance: needsProfiles.consistencyImportance,
  nonJudgmentImportance: needsProfiles.nonJudgmentImportance,
  ageBand: needsProfiles.ageBand,
  gender: needsProfiles.gender,
  preferredAgeBands: needsProfiles.preferredAgeBands,
  preferredGenders: needsProfiles.preferredGenders,
  avoidTopicIds: needsProfiles.avoidTopicIds,
  dealbreakers: needsProfiles.dealbreakers,
};

/** Seekers with a finished needs profile, as matching sees them. */
export async function loadSeekers(where?: { userIds?: string[] }): Promise<SeekerForMatching[]> {
  const rows = await db()
    .select({ profile: matchingNeeds, name: users.name })
    .from(needsProfiles)
    .innerJoin(users, eq(users.id, needsProfiles.userId))
    .where(
      and(
        sql`${needsProfiles.completedAt} is not null`,
        eq(users.status, "active"),
        where?.userIds ? inArray(needsProfiles.userId, where.userIds) : undefined,
      ),
    );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.profile.userId);
  const topicRows = await db().select().from(needsProfileTopics).where(inArray(needsProfileTopics.userId, ids));
  const topicsBy = groupBy(topicRows, (t) => t.userId);
  return rows.map(({ profile: p, name }) => ({
    id: p.userId,
    name: firstName(name),
    waitingSince: p.completedAt ? p.completedAt.toISOString().slice(0, 10) : null,
    topics: (topicsBy.get(p.userId) ?? []).map((t) => ({ topicId: t.topicId, livedExperienceMatters: t.livedExperienceMatters })),
    cadence: p.cadence as Cadence | null,
    windows: p.windows as Window[],
    timezone: p.timezone,
    languages: p.languages,
    listenStyle: p.listenStyle,
    tone: p.tone,
    messageLength: p.messageLength,
    consistencyImportance: p.consistencyImportance,
    nonJudgmentImportance: p.nonJudgmentImportance,
    ageBand: p.ageBand as AgeBand | null,
    gender: p.gender as Gender | null,
    preferredAgeBands: p.preferredAgeBands as AgeBand[],
    preferredGenders: p.preferredGenders as Gender[],
    avoidTopicIds: p.avoidTopicIds,
    dealbreakers: p.dealbreakers as Dealbreaker[],
  }));
}

/**
 * Mentors with an application on file. The engine itself filters out the
 * unapproved, paused and full ones and records why, so moderators can answer
 * "why wasn't I matched?".
 */
export async function loadMentors(where?: { userIds?: string[] }): Promise<MentorForMatching[]> {
  const rows = await db()
    .select({ profile: mentorProfiles, name: users.name, status: users.status, roles: users.roles })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.status, "approved"), where?.userIds ? inArray(mentorProfiles.userId, where.userIds) : undefined));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.profile.userId);
  const [topicRows, counts, signals] = await Promise.all([
    db().select().from(mentorTopics).where(inArray(mentorTopics.userId, ids)),
    db()
      .select({ mentorId: relationships.partnerId, n: sql<number>`count(*)::int` })
      .from(relationships)
      .where(and(inArray(relationships.partnerId, ids), eq(relationships.kind, "mentorship"), eq(relationships.status, "active")))
      .groupBy(relationships.partnerId),
    loadMentorSignals(where?.userIds),
  ]);
  const topicsBy = groupBy(topicRows, (t) => t.userId);
  const activeBy = new Map(counts.map((c) => [c.mentorId, c.n]));
  // A circle the mentor holds takes `circlePlaces` of their capacity.
  const { circlePlaces } = await getSettings();
  for (const [id, places] of await circlePlacesHeld(ids, circlePlaces)) activeBy.set(id, (activeBy.get(id) ?? 0) + places);
  return rows.map(({ profile: p, name, status, roles }) => ({
    id: p.userId,
    name: firstName(name),
    // An account that is not active, or no longer a mentor, is never matched.
    approved: p.status === "approved" && status === "active" && roles.includes("mentor"),
    pausedUntil: matchingPause(p.pausedUntil, p.timezone),
    capacity: p.capacity ?? 0,
    activeCount: activeBy.get(p.userId) ?? 0,
    topicIds: (topicsBy.get(p.userId) ?? []).map((t) => t.topicId),
    avoidTopicIds: p.avoidTopicIds,
    cadences: p.cadences as Cadence[],
    windows: p.windows as Window[],
    timezone: p.timezone,
    languages: p.languages,
    listenStyle: p.listenStyle,
    tone: p.tone,
    messageLength: p.messageLength,
    ageBand: p.ageBand as AgeBand | null,
    gender: p.gender as Gender | null,
    // No history yet is all zeros, which the engine reads as the platform average.
    signals: signals.get(p.userId) ?? { keptCheckIns: 0, scheduledCheckIns: 0, notJudgedYes: 0, pulseAnswers: 0 },
  }));
}

/** How far back the learned signals look (docs/matching.md, "Learned signals"). */
export const SIGNAL_WINDOW_DAYS = 90;

/**
 * Each mentor's learned signals over the last 90 days (by the app's clock), in
 * one statement: check-ins of their mentorships (ended ones too) that were
 * kept, out of kept + missed — an excused check-in counts neither way — and
 * the pulses about them, with how many said "I did not feel judged". Only
 * counts leave the database. Mentors with no history are simply absent.
 */
export async function loadMentorSignals(mentorIds?: string[]): Promise<Map<string, MentorSignals>> {
  const at = now();
  const since = new Date(at.getTime() - SIGNAL_WINDOW_DAYS * 86_400_000);
  const consistency = db()
    .select({
      mentorId: sql<string>`${relationships.partnerId}`.as("ci_mentor_id"),
      kept: sql<number>`(count(*) filter (where ${checkIns.status} = 'kept'))::int`.as("kept"),
      scheduled: sql<number>`(count(*) filter (where ${checkIns.status} in ('kept', 'missed')))::int`.as("scheduled"),
    })
    .from(checkIns)
    .innerJoin(relationships, eq(relationships.id, checkIns.relationshipId))
    .where(
      and(
        eq(relationships.kind, "mentorship"),
        gte(checkIns.startsAt, since),
        lte(checkIns.startsAt, at),
        mentorIds ? inArray(relationships.partnerId, mentorIds) : undefined,
      ),
    )
    .groupBy(relationships.partnerId)
    .as("consistency");
  const pulse = db()
    .select({
      mentorId: sql<string>`${pulses.mentorId}`.as("p_mentor_id"),
      answers: sql<number>`count(*)::int`.as("answers"),
      notJudged: sql<number>`(count(*) filter (where not ${pulses.feltJudged}))::int`.as("not_judged"),
    })
    .from(pulses)
    .where(and(gte(pulses.createdAt, since), lte(pulses.createdAt, at), mentorIds ? inArray(pulses.mentorId, mentorIds) : undefined))
    .groupBy(pulses.mentorId)
    .as("pulse");
  const rows = await db()
    .select({
      mentorId: sql<string>`coalesce(${consistency.mentorId}, ${pulse.mentorId})`,
      kept: consistency.kept,
      scheduled: consistency.scheduled,
      answers: pulse.answers,
      notJudged: pulse.notJudged,
    })
    .from(consistency)
    .fullJoin(pulse, eq(consistency.mentorId, pulse.mentorId));
  return new Map(
    rows.map((r) => [
      r.mentorId,
      {
        keptCheckIns: Number(r.kept ?? 0),
        scheduledCheckIns: Number(r.scheduled ?? 0),
        notJudgedYes: Number(r.notJudged ?? 0),
        pulseAnswers: Number(r.answers ?? 0),
      },
    ]),
  );
}

/**
 * People in the peer-friend pool: friendship switched on, a finished needs
 * profile, an active account. The friend profile gives rhythm and times; the
 * needs profile gives topics, languages, style and private preferences.
 */
export async function loadFriends(where?: { userIds?: string[] }): Promise<FriendForMatching[]> {
  const rows = await db()
    .select({ friend: friendProfiles, needs: matchingNeeds, name: users.name })
    .from(friendProfiles)
    .innerJoin(needsProfiles, eq(needsProfiles.userId, friendProfiles.userId))
    .innerJoin(users, eq(users.id, friendProfiles.userId))
    .where(
      and(
        eq(friendProfiles.active, true),
        sql`${needsProfiles.completedAt} is not null`,
        eq(users.status, "active"),
        where?.userIds ? inArray(friendProfiles.userId, where.userIds) : undefined,
      ),
    );
  if (rows.length === 0) return [];
  const topicRows = await db().select().from(needsProfileTopics).where(inArray(needsProfileTopics.userId, rows.map((r) => r.friend.userId)));
  const topicsBy = groupBy(topicRows, (t) => t.userId);
  return rows.map(({ friend: f, needs: p, name }) => ({
    id: f.userId,
    name: firstName(name),
    waitingSince: f.createdAt.toISOString().slice(0, 10),
    topicIds: (topicsBy.get(f.userId) ?? []).map((t) => t.topicId),
    avoidTopicIds: p.avoidTopicIds,
    cadence: (f.cadence ?? p.cadence) as Cadence | null,
    windows: (f.windows.length ? f.windows : p.windows) as Window[],
    timezone: f.timezone ?? p.timezone,
    languages: p.languages,
    listenStyle: p.listenStyle,
    tone: p.tone,
    messageLength: p.messageLength,
    ageBand: p.ageBand as AgeBand | null,
    gender: p.gender as Gender | null,
    preferredAgeBands: p.preferredAgeBands as AgeBand[],
    preferredGenders: p.preferredGenders as Gender[],
    dealbreakers: p.dealbreakers as Dealbreaker[],
  }));
}

/**
 * Pairs that must not be suggested again: any relationship, past or present,
 * and requests that were declined (asking again would not be kind). Open
 * requests are returned separately: they filter on-demand suggestions only.
 * Blocked pairs (either person blocked the other) are never suggested or
 * matched, and are read fresh on every call.
 */
export async function loadPairs(personId?: string): Promise<{ past: PairList; requested: PairList; blocked: PairList }> {
  const involving = (a: typeof relationships.seekerId, b: typeof relationships.partnerId) => (personId ? or(eq(a, personId), eq(b, personId)) : undefined);
  const [rels, requests, blockRows] = await Promise.all([
    db().select({ a: relationships.seekerId, b: relationships.partnerId }).from(relationships).where(involving(relationships.seekerId, relationships.partnerId)),
    db()
      .select({ a: matchRequests.fromId, b: matchRequests.toId, status: matchRequests.status })
      .from(matchRequests)
      .where(and(inArray(matchRequests.status, ["open", "declined"]), personId ? or(eq(matchRequests.fromId, personId), eq(matchRequests.toId, personId)) : undefined)),
    db().select({ a: blocks.blockerId, b: blocks.blockedId }).from(blocks).where(personId ? or(eq(blocks.blockerId, personId), eq(blocks.blockedId, personId)) : undefined),
  ]);
  return {
    blocked: blockRows.map((r) => [r.a, r.b] as const),
    past: [...rels.map((r) => [r.a, r.b] as const), ...requests.filter((r) => r.status === "declined").map((r) => [r.a, r.b] as const)],
    requested: requests.filter((r) => r.status === "open").map((r) => [r.a, r.b] as const),
  };
}

/** Only the first word of a display name goes into sentences ("Maya has lived experience of…"). */
function firstName(name: string) {
  return name.replace(/\(.*?\)/g, "").trim().split(/\s+/)[0] ?? name;
}

/** Map.groupBy arrived in Node 21; this runs on Node 20. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K) {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
