/**
 * Data for `npm run bench:pages`, written with the project's own code: the
 * demo seed (db/seed-runner), the matching generator's people
 * (lib/matching/generate), the rhythm engine's slots (lib/rhythm) and the
 * message encryption (lib/privacy/encryption). Rows go in as batched
 * multi-row inserts, so the large size takes minutes, not tens of minutes.
 *
 * Two people are always set up the same way, at every size, so the pages
 * measured show the same things: the demo seeker and the demo mentor share
 * an active mentorship with an agreed weekly rhythm, a full thread and a
 * record of check-ins; the demo admin reads the queue and program health.
 */
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { seedDemoData } from "@/db/seed-runner";
import {
  checkIns,
  circleMembers,
  circleMessages,
  circles,
  mentorProfiles,
  mentorTopics,
  messages,
  needsProfiles,
  needsProfileTopics,
  relationships,
  reports,
  rhythms,
  safetyItems,
  spacePosts,
  spaces,
  topics,
  users,
} from "@/db/schema";
import { generateCohort } from "@/lib/matching/generate";
import { contexts, seal, sealJson } from "@/lib/privacy/encryption";
import { assessForStorage } from "@/lib/dal/safety/risk-record";
import { nextSlot, slotsBetween, type RhythmVersion } from "@/lib/rhythm";

export interface Size {
  seekers: number;
  mentors: number;
  relationships: number;
  messagesPerRelationship: number;
  reports: number;
  safetyItems: number;
  /** Published posts added to the measured space (the demo seed's own posts come on top). */
  spacePosts: number;
  /** Messages added to the measured circle's thread (the demo seed's own come on top). */
  circleMessages: number;
}

export const LARGE: Size = {
  seekers: 20_000,
  mentors: 5_000,
  relationships: 10_000,
  messagesPerRelationship: 30,
  reports: 1_000,
  safetyItems: 1_000,
  spacePosts: 20_000,
  circleMessages: 300,
};
/** The demo seed as it is, plus a few generated pairs so the queue has something in it. */
export const DEMO: Size = { seekers: 40, mentors: 10, relationships: 40, messagesPerRelationship: 30, reports: 20, safetyItems: 20, spacePosts: 0, circleMessages: 0 };

export function scaled(size: Size, scale: number): Size {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return {
    ...size,
    seekers: n(size.seekers),
    mentors: n(size.mentors),
    relationships: n(size.relationships),
    reports: n(size.reports),
    safetyItems: n(size.safetyItems),
    spacePosts: Math.round(size.spacePosts * scale),
  };
}

const DAY = 24 * 60 * 60 * 1000;
const lines = [
  "Thanks for listening yesterday, it helped more than I expected.",
  "How did the conversation with your manager go?",
  "I tried the walk before work idea. Two days out of three!",
  "That sounds like a lot to carry this week. I'm glad you wrote.",
  "Would Thursday evening still suit you for our check-in?",
  "I've been thinking about what you said about starting small.",
  "Some days are just heavy. You don't have to fix it today.",
  "I made the phone call I'd been putting off.",
];

/** The stored risk columns of a line, assessed once per distinct line (the lines repeat across 300k messages). */
const assessed = new Map<string, ReturnType<typeof assessForStorage>["stored"]>();
function riskOf(text: string) {
  let stored = assessed.get(text);
  if (!stored) assessed.set(text, (stored = assessForStorage(text).stored));
  return stored;
}

const chunk = <T>(list: readonly T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

async function insertAll<T>(list: readonly T[], size: number, write: (part: T[]) => Promise<unknown>) {
  for (const part of chunk(list, size)) await write(part);
}

export interface Personas {
  seekerId: string;
  mentorId: string;
  adminId: string;
  relationshipId: string;
  /** The active demo circle the seeker sits in. */
  circleId: string;
  /** The space whose page is measured (the seeker follows it). */
  spaceSlug: string;
}

const SPACE_SLUG = "grief";

/** The whole dataset for one size; returns the people the benchmark signs in as. */
export async function populate(db: Database, size: Size, log: (line: string) => void = () => {}): Promise<Personas> {
  const at = new Date();
  await seedDemoData(db);
  const id = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  const [seekerId, mentorId, adminId] = await Promise.all([id("seeker@alongside.test"), id("mentor@alongside.test"), id("admin@alongside.test")]);

  // The generated people, as bench:suggestions writes them.
  const cohort = generateCohort({ seekers: size.seekers, mentors: size.mentors, seed: 17, referenceDate: at.toISOString().slice(0, 10) });
  await db.insert(topics).values(cohort.topics.map((topic) => ({ id: topic.id, slug: `bench-${topic.id.slice(0, 8)}`, name: topic.label }))).onConflictDoNothing();
  await insertAll(cohort.mentors, 1000, async (part) => {
    await db.insert(users).values(part.map((m) => ({ id: m.id, name: m.name ?? "Mentor", email: `bench-${m.id}@bench.test`, roles: ["mentor" as const], emailVerified: at })));
    await db.insert(mentorProfiles).values(
      part.map((m) => ({
        userId: m.id,
        status: "approved" as const,
        capacity: m.capacity,
        cadences: m.cadences,
        windows: m.windows,
        timezone: m.timezone,
        languages: m.languages,
        listenStyle: m.listenStyle,
        tone: m.tone,
        messageLength: m.messageLength,
        ageBand: m.ageBand,
        gender: m.gender,
        avoidTopicIds: m.avoidTopicIds,
        intro: "Bench mentor.",
        pledgedAt: at,
        trainingPassedAt: at,
        submittedAt: at,
      })),
    );
    const mt = part.flatMap((m) => m.topicIds.map((topicId) => ({ userId: m.id, topicId })));
    if (mt.length) await db.insert(mentorTopics).values(mt);
  });
  await insertAll(cohort.seekers, 1000, async (part) => {
    await db.insert(users).values(part.map((s) => ({ id: s.id, name: s.name ?? "Seeker", email: `bench-${s.id}@bench.test`, roles: ["seeker" as const], emailVerified: at })));
    await db.insert(needsProfiles).values(
      part.map((s) => ({
        userId: s.id,
        lookingFor: "mentor" as const,
        cadence: s.cadence,
        windows: s.windows,
        timezone: s.timezone,
        listenStyle: s.listenStyle,
        tone: s.tone,
        messageLength: s.messageLength,
        consistencyImportance: s.consistencyImportance,
        nonJudgmentImportance: s.nonJudgmentImportance,
        languages: s.languages,
        ageBand: s.ageBand,
        gender: s.gender,
        preferredAgeBands: s.preferredAgeBands,
        preferredGenders: s.preferredGenders,
        avoidTopicIds: s.avoidTopicIds,
        dealbreakers: s.dealbreakers,
        completedAt: at,
      })),
    );
    const nt = part.flatMap((s) => s.topics.map((topic) => ({ userId: s.id, topicId: topic.topicId, livedExperienceMatters: topic.livedExperienceMatters })));
    if (nt.length) await db.insert(needsProfileTopics).values(nt);
  });
  log(`people: ${size.seekers} seekers, ${size.mentors} mentors`);

  // Relationships: the personas' one first, then seekers paired with mentors (each mentor up to capacity-ish).
  const pairs: { seekerId: string; partnerId: string; timezone: string }[] = [{ seekerId, partnerId: mentorId, timezone: "Europe/London" }];
  const count = Math.min(size.relationships, cohort.seekers.length);
  for (let i = 0; i < count; i++) pairs.push({ seekerId: cohort.seekers[i]!.id, partnerId: cohort.mentors[i % cohort.mentors.length]!.id, timezone: cohort.seekers[i]!.timezone ?? "UTC" });
  const rels = pairs.map((p, i) => {
    const startedAt = new Date(at.getTime() - (20 + (i % 40)) * DAY);
    return {
      id: crypto.randomUUID(),
      kind: "mentorship" as const,
      seekerId: p.seekerId,
      partnerId: p.partnerId,
      pairLow: p.seekerId < p.partnerId ? p.seekerId : p.partnerId,
      pairHigh: p.seekerId < p.partnerId ? p.partnerId : p.seekerId,
      status: "active" as const,
      startedAt,
      createdAt: startedAt,
      updatedAt: startedAt,
      timezone: p.timezone,
    };
  });
  await insertAll(rels, 1000, (part) => db.insert(relationships).values(part.map(({ timezone: _tz, ...r }) => r)));
  const parts = ["morning", "afternoon", "evening"] as const;
  const daysOfWeek = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
  const rhythmRows = rels.map((r, i) => ({
    relationshipId: r.id,
    cadence: "weekly" as const,
    day: daysOfWeek[i % 7]!,
    part: parts[i % 3]!,
    timezone: r.timezone,
    status: "agreed" as const,
    proposedById: r.seekerId,
    respondedById: r.partnerId,
    respondedAt: r.startedAt,
    effectiveFrom: r.startedAt,
    createdAt: r.startedAt,
    updatedAt: r.startedAt,
  }));
  await insertAll(rhythmRows, 1000, (part) => db.insert(rhythms).values(part));
  log(`relationships: ${rels.length} with agreed weekly rhythms`);

  // Check-in slots from the rhythm engine, settled the way the sweep would leave them.
  const slotRows = rhythmRows.flatMap((r, i) => {
    const version: RhythmVersion = { cadence: r.cadence, day: r.day, part: r.part, timezone: r.timezone, effectiveFrom: r.effectiveFrom };
    const due = slotsBetween([version], r.effectiveFrom, at);
    const upcoming = nextSlot([version], at);
    const all = upcoming && !due.some((d) => d.startsAt.getTime() === upcoming.startsAt.getTime()) ? [...due, upcoming] : due;
    return all.map((s, j) => {
      const closed = s.closesAt <= at;
      const status = closed ? ((i + j) % 4 === 0 ? ("missed" as const) : ("kept" as const)) : ("scheduled" as const);
      return { relationshipId: r.relationshipId, startsAt: s.startsAt, endsAt: s.endsAt, closesAt: s.closesAt, status, settledAt: closed ? s.closesAt : null, createdAt: s.startsAt, updatedAt: s.startsAt };
    });
  });
  await insertAll(slotRows, 2000, (part) => db.insert(checkIns).values(part));
  log(`check-ins: ${slotRows.length}`);

  // Messages, sealed exactly as the thread seals them. The personas' thread gets two pages' worth.
  let written = 0;
  const messageIds: { id: string; relationshipId: string; authorId: string }[] = [];
  await insertAll(rels, 200, async (part) => {
    const rows = part.flatMap((r, ri) => {
      const n = r.seekerId === seekerId ? 60 : size.messagesPerRelationship;
      const span = at.getTime() - r.startedAt.getTime();
      return Array.from({ length: n }, (_, k) => {
        const authorId = (k + ri) % 2 === 0 ? r.seekerId : r.partnerId;
        const text = lines[(k + ri) % lines.length]!;
        const sealed = seal(text, contexts.message(r.id));
        const row = {
          id: crypto.randomUUID(),
          relationshipId: r.id,
          authorId,
          body: sealed.ciphertext,
          keyId: sealed.keyId,
          clientKey: crypto.randomUUID(),
          createdAt: new Date(r.startedAt.getTime() + Math.floor((span * (k + 1)) / (n + 1))),
          // The detector's answer stored with the words, as sending a message stores it (the thread reads it, never re-assesses).
          ...riskOf(text),
        };
        if (k === n - 1) messageIds.push({ id: row.id, relationshipId: r.id, authorId });
        return row;
      });
    });
    await insertAll(rows, 2000, (batch) => db.insert(messages).values(batch));
    written += rows.length;
  });
  log(`messages: ${written}`);

  // The moderators' queue: open reports and safety items about messages (never the personas' thread).
  const targets = messageIds.filter((m) => m.relationshipId !== rels[0]!.id);
  const pick = (n: number, offset: number) => Array.from({ length: Math.min(n, targets.length) }, (_, i) => targets[(i + offset) % targets.length]!);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const otherOf = (m: { relationshipId: string; authorId: string }) => {
    const r = relById.get(m.relationshipId)!;
    return r.seekerId === m.authorId ? r.partnerId : r.seekerId;
  };
  const reportRows = pick(size.reports, 0).map((m, i) => ({
    reporterId: otherOf(m),
    subjectId: m.authorId,
    targetKind: "message" as const,
    targetId: m.id,
    relationshipId: m.relationshipId,
    category: (["harassment", "boundaries", "spam", "other"] as const)[i % 4]!,
    createdAt: new Date(at.getTime() - (i % 500) * 60_000),
  }));
  await insertAll(reportRows, 1000, (part) => db.insert(reports).values(part));
  const safetyRows = pick(size.safetyItems, Math.floor(targets.length / 2)).map((m, i) => ({
    level: i % 5 === 0 ? ("crisis" as const) : ("concern" as const),
    subjectId: m.authorId,
    targetKind: "message" as const,
    targetId: m.id,
    relationshipId: m.relationshipId,
    reasons: ["bench"],
    createdAt: new Date(at.getTime() - (i % 500) * 60_000),
  }));
  await insertAll(safetyRows, 1000, (part) => db.insert(safetyItems).values(part).onConflictDoNothing());
  log(`queue: ${reportRows.length} open reports, ${safetyRows.length} open safety items`);

  // The seeker's circle, its thread filled by its people; the measured space, filled by the generated seekers.
  const [circle] = await db
    .select({ id: circles.id, facilitatorId: circles.facilitatorId })
    .from(circles)
    .innerJoin(circleMembers, eq(circleMembers.circleId, circles.id))
    .where(sql`${circleMembers.userId} = ${seekerId} and ${circleMembers.leftAt} is null and ${circles.status} = 'active'`)
    .limit(1);
  if (!circle) throw new Error("the demo seed has no active circle with the demo seeker in it");
  const voices = [circle.facilitatorId, ...(await db.select({ userId: circleMembers.userId }).from(circleMembers).where(eq(circleMembers.circleId, circle.id))).map((m) => m.userId)];
  const circleRows = Array.from({ length: size.circleMessages }, (_, k) => {
    const line = lines[k % lines.length]!;
    const sealed = seal(line, contexts.circleMessage(circle.id));
    return {
      circleId: circle.id,
      authorId: voices[k % voices.length]!,
      body: sealed.ciphertext,
      keyId: sealed.keyId,
      clientKey: crypto.randomUUID(),
      createdAt: new Date(at.getTime() - (size.circleMessages - k) * 20 * 60_000),
      // Stored as sending stores it, so the circle page is not charged for re-assessing what the real app never re-assesses.
      ...riskOf(line),
    };
  });
  await insertAll(circleRows, 1000, (part) => db.insert(circleMessages).values(part));
  const [space] = await db.select({ id: spaces.id }).from(spaces).where(eq(spaces.slug, SPACE_SLUG));
  if (!space) throw new Error(`no space "${SPACE_SLUG}" (the migrations open one per starter topic)`);
  const writers = cohort.seekers;
  const postRows = Array.from({ length: size.spacePosts }, (_, k) => {
    const id = crypto.randomUUID();
    const sealed = sealJson({ title: `Something on my mind (${k})`, body: `${lines[k % lines.length]} ${lines[(k + 3) % lines.length]}` }, contexts.spacePost(id));
    const createdAt = new Date(at.getTime() - (k + 1) * 7 * 60_000);
    return {
      id,
      spaceId: space.id,
      authorId: writers[k % writers.length]!.id,
      sealed: sealed.ciphertext,
      keyId: sealed.keyId,
      wish: (["just_listen", "perspective", "practical"] as const)[k % 3]!,
      contentNote: k % 20 === 0 ? ("loss" as const) : null,
      status: "published" as const,
      clientKey: crypto.randomUUID(),
      createdAt,
      publishedAt: createdAt,
      firstReplyAt: k % 4 === 0 ? null : new Date(createdAt.getTime() + 3_600_000),
    };
  });
  await insertAll(postRows, 1000, (part) => db.insert(spacePosts).values(part));
  log(`circle thread: ${circleRows.length} more messages; space "${SPACE_SLUG}": ${postRows.length} more posts`);

  await db.execute(sql`analyze`);
  return { seekerId, mentorId, adminId, relationshipId: rels[0]!.id, circleId: circle.id, spaceSlug: SPACE_SLUG };
}
