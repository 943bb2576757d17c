import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import {
  absences,
  checkInEntries,
  checkIns,
  mentorProfiles,
  mentorTopics,
  messages,
  relationships,
  rhythms,
  ruptures,
  safetyItems,
  topics,
  users,
} from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed-data";
import { seedDemoData } from "@/db/seed-runner";
import { verifyPassword } from "@/lib/auth/password";
import { getAppealForStaff } from "@/lib/dal/safety/appeals";
import { getCheckInsView } from "@/lib/dal/relationship/check-ins";
import { ruptureState } from "@/lib/dal/relationship/ruptures";
import { openThread } from "@/lib/dal/relationship/thread";
import { getApplicationForReview } from "@/lib/dal/staff/mentor-review";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { getProgramHealth } from "@/lib/dal/staff/program-health";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { gradeTraining } from "@/lib/mentoring/training";
import { contexts, unseal } from "@/lib/privacy/encryption";
import { slotsBetween, slotStatus, type RhythmVersion } from "@/lib/rhythm";
import type { Day, DayPart } from "@/lib/profiles/options";
import { slotId } from "@/lib/rhythm/slot-id";
import { assessRisk } from "@/lib/safety/assess-risk";
import { actAs } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/**
 * Words that claim a lived experience, by topic, written independently of
 * the seed's own sentences: a bio that matches one must belong to a mentor
 * who listed that topic.
 */
const claims: Record<string, RegExp> = {
  grief: /\b(lost my|died|death|grief|bereave|widow)/i,
  loneliness: /\b(lonely|loneliness|isolat|without speaking to anyone)/i,
  moving: /\b(moved (countries|to|here|abroad)|new country|emigrat)/i,
  parenting: /\b(kids|teenager|raising|brought up my)/i,
  "new-parent": /\b(baby|newborn|became a (mum|dad|parent))/i,
  recovery: /\b(recovery|sober|drinking|addiction|alcohol)/i,
  "chronic-illness": /\b(chronic|diagnos|flare|\bMS\b)/i,
  identity: /\b(came out|trans\b|queer|identity)/i,
  "work-study": /\b(burn(ed|t)? ?out|degree|exams?\b|studies)/i,
  relationships: /\b(divorce|separated|marriage|relationship ended)/i,
  caring: /\b(carer|care for my|looked after my|dementia)/i,
  "career-change": /\b(changed careers|retrain|career change|left a safe)/i,
};

const readmeAccounts = ["seeker@alongside.test", "mentor@alongside.test", "moderator@alongside.test", "admin@alongside.test", "seeker-001@alongside.test", "seeker-200@alongside.test", "mentor-01@alongside.test", "mentor-60@alongside.test", "applicant-1@alongside.test"];

const person = async (email: string) => (await db().select().from(users).where(eq(users.email, email)))[0]!;

describe("the demo data tells the truth", () => {
  beforeAll(async () => {
    await seedDemoData(db());
  });

  it("a second run adds nothing", async () => {
    const before = await db().$count(relationships);
    const again = await seedDemoData(db());
    expect(again.inserted).toBe(0);
    expect(again.relationships).toBe(0);
    expect(await db().$count(relationships)).toBe(before);
  });

  it("the accounts the README lists sign in with the demo password", async () => {
    for (const email of readmeAccounts) {
      const row = await person(email);
      expect(row, email).toBeDefined();
      expect(row.status).toBe("active");
      expect(row.emailVerified).not.toBeNull();
      expect(await verifyPassword(row.passwordHash, DEMO_PASSWORD), email).toBe(true);
    }
  });

  it("every mentor's bio speaks only of experience they listed, and no two mentors share one", async () => {
    const profiles = await db().select({ userId: mentorProfiles.userId, intro: mentorProfiles.intro }).from(mentorProfiles);
    const listed = await db().select({ userId: mentorTopics.userId, slug: topics.slug }).from(mentorTopics).innerJoin(topics, eq(topics.id, mentorTopics.topicId));
    const topicsOf = new Map<string, Set<string>>();
    for (const t of listed) topicsOf.set(t.userId, (topicsOf.get(t.userId) ?? new Set()).add(t.slug));
    expect(profiles.length).toBeGreaterThan(60);
    for (const p of profiles) {
      expect(p.intro, p.userId).toBeTruthy();
      for (const [slug, pattern] of Object.entries(claims)) {
        if (pattern.test(p.intro!)) expect(topicsOf.get(p.userId), `"${p.intro}" speaks of ${slug}`).toContain(slug);
      }
    }
    const intros = profiles.map((p) => p.intro);
    expect(new Set(intros).size).toBe(intros.length);
  });

  it("a passed training is one whose answers pass, and moderators read it so", async () => {
    const rows = await db().select().from(mentorProfiles);
    for (const m of rows) {
      const grade = gradeTraining(m.trainingAnswers ?? {});
      if (m.trainingPassedAt) {
        expect(grade.passed, m.userId).toBe(true);
        expect(grade.answered).toBe(grade.total);
      } else {
        expect(m.status).toBe("draft");
        expect(grade.passed).toBe(false);
      }
    }
    await actAs(await person("moderator@alongside.test"));
    const applicant = await getApplicationForReview((await person("applicant-1@alongside.test")).id);
    expect(applicant?.trainingPassedAt).not.toBeNull();
    expect(applicant?.training.passed).toBe(true);
    expect(applicant?.training.correct).toBeGreaterThan(0);
  });

  it("moderators find work waiting: safety items, reports, an appeal, a stalled pair, applications, an unrepaired rupture", async () => {
    await actAs(await person("moderator@alongside.test"));
    const queue = await moderationQueue();
    expect(queue.counts.safetyItems).toBeGreaterThanOrEqual(1);
    expect(queue.counts.reports).toBeGreaterThanOrEqual(2);
    expect(queue.counts.appeals).toBeGreaterThanOrEqual(1);
    expect(queue.counts.stalled).toBeGreaterThanOrEqual(1);
    expect(queue.counts.applications).toBeGreaterThanOrEqual(1);
    // The demo moderator took no part in the removal, so they may decide the appeal; its words open.
    const appeal = await getAppealForStaff(queue.appeals[0]!.id);
    expect(appeal?.text).toMatch(/\w/);
    expect(appeal?.action.action).toBe("remove_content");
    expect(appeal?.decisionBlock).toBeNull();
    const unrepaired = await db().$count(ruptures, and(eq(ruptures.status, "open"), isNotNull(ruptures.helpRequestedAt)));
    expect(unrepaired).toBeGreaterThanOrEqual(1);
  });

  it("program health has a series to draw in every chart", async () => {
    await actAs(await person("admin@alongside.test"));
    const health = await getProgramHealth();
    const weeksWith = (f: (i: number) => number) => health.window.weeks.filter((_, i) => f(i) > 0).length;
    expect(weeksWith((i) => health.checkIns[i]!.kept)).toBeGreaterThanOrEqual(8);
    expect(weeksWith((i) => health.checkIns[i]!.missed)).toBeGreaterThanOrEqual(2);
    expect(weeksWith((i) => health.checkIns[i]!.excused)).toBeGreaterThanOrEqual(2);
    expect(weeksWith((i) => health.active[i]!.mentorships)).toBeGreaterThanOrEqual(10);
    expect(weeksWith((i) => health.active[i]!.friendships)).toBeGreaterThanOrEqual(5);
    expect(weeksWith((i) => health.waiting[i]!.firstMatches)).toBeGreaterThanOrEqual(8);
    expect(health.waiting.some((w) => w.medianDaysToFirst !== null && w.medianDaysToFirst < 60)).toBe(true);
    expect(health.ruptures.reduce((n, w) => n + w.named, 0)).toBeGreaterThanOrEqual(3);
    expect(health.ruptures.reduce((n, w) => n + w.repaired, 0)).toBeGreaterThanOrEqual(2);
    expect(health.fitChecks.reduce((n, f) => n + f.afterFirst + f.afterThird, 0)).toBeGreaterThan(10);
    expect(health.endings.length).toBeGreaterThanOrEqual(3);
    expect(health.safety.total.raised).toBeGreaterThanOrEqual(3);
    expect(health.safety.total.resolved).toBeGreaterThanOrEqual(2);
    expect(health.safety.firstLook.some((c) => c.looked > 0)).toBe(true);
  });

  it("each check-in's status is the rhythm engine's verdict on the entries, messages and absences stored", async () => {
    const rels = await db().select().from(relationships);
    let settled = 0;
    for (const rel of rels) {
      const versions: RhythmVersion[] = (await db().select().from(rhythms).where(and(eq(rhythms.relationshipId, rel.id), eq(rhythms.status, "agreed")))).map((r) => ({
        cadence: r.cadence,
        day: r.day as Day,
        part: r.part as DayPart,
        timezone: r.timezone,
        effectiveFrom: r.effectiveFrom!,
      }));
      const slots = await db().select().from(checkIns).where(eq(checkIns.relationshipId, rel.id));
      if (slots.length === 0) continue;
      const rhythmSlots = new Set(slotsBetween(versions, versions[0]!.effectiveFrom, new Date()).map((s) => s.startsAt.getTime()));
      const entries = await db().select({ checkInId: checkInEntries.checkInId, authorId: checkInEntries.authorId }).from(checkInEntries).where(eq(checkInEntries.relationshipId, rel.id));
      const sent = await db().select({ authorId: messages.authorId, createdAt: messages.createdAt }).from(messages).where(eq(messages.relationshipId, rel.id));
      const away = await db().select().from(absences).where(eq(absences.relationshipId, rel.id));
      const messageTimes = new Map<string, Date[]>();
      for (const m of sent) messageTimes.set(m.authorId, [...(messageTimes.get(m.authorId) ?? []), m.createdAt]);
      for (const slot of slots) {
        expect(rhythmSlots.has(slot.startsAt.getTime())).toBe(true);
        expect(slot.id).toBe(slotId(rel.id, slot.startsAt));
        if (slot.status === "scheduled") continue;
        const verdict = slotStatus({
          slot: { ...slot, localDate: "" },
          now: slot.closesAt,
          members: [rel.seekerId, rel.partnerId],
          entryAuthors: new Set(entries.filter((e) => e.checkInId === slot.id).map((e) => e.authorId)),
          messageTimes,
          absences: away,
        });
        expect(verdict).toBe(slot.status);
        settled++;
      }
    }
    expect(settled).toBeGreaterThan(80);
  });

  it("words are sealed at rest, their stored risk is the detector's, and flagged words raised a safety item", async () => {
    const rows = await db().select().from(messages);
    const items = new Set((await db().select({ targetId: safetyItems.targetId }).from(safetyItems).where(eq(safetyItems.targetKind, "message"))).map((s) => s.targetId));
    expect(rows.length).toBeGreaterThan(50);
    for (const m of rows) {
      const text = unseal({ ciphertext: m.body, keyId: m.keyId }, contexts.message(m.relationshipId));
      expect(m.body).not.toContain(text.slice(0, 12));
      const assessed = assessRisk(text);
      expect(m.riskLevel, text).toBe(assessed.level);
      expect(m.riskVersion).toBeGreaterThan(0);
      if (assessed.level !== "none") expect(items.has(m.id), text).toBe(true);
    }
    const stored = await db().execute<{ note: string }>(sql`select note from reports where note is not null`);
    const notes = (Array.isArray(stored) ? stored : (stored as unknown as { rows: { note: string }[] }).rows).map((r) => r.note);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const note of notes) expect(note).toMatch(/^sealed:/);
  });

  it("the demo mentor's relationship page has a thread, a record with kept, missed and excused check-ins, and a repaired rupture", async () => {
    const maya = await person("mentor@alongside.test");
    const [rel] = await db().select().from(relationships).where(and(eq(relationships.partnerId, maya.id), eq(relationships.status, "active")));
    expect(rel).toBeDefined();
    await actAs(maya);
    await withRequestScope(async () => {
      const thread = await openThread(rel!.id);
      expect(thread.messages.length).toBeGreaterThanOrEqual(8);
      expect(thread.messages.every((m) => m.body.length > 0)).toBe(true);
      const view = await getCheckInsView(rel!.id);
      const statuses = new Set(view.history.map((h) => h.status));
      for (const s of ["kept", "missed", "excused"]) expect(statuses).toContain(s);
      const repair = await ruptureState(rel!.id);
      expect(repair.repairs).toBe(1);
      expect(repair.open).toBeNull();
    });
    // The demo seeker has a peer friend, and the demo mentor places left to be asked.
    const sam = await person("seeker@alongside.test");
    expect(await db().$count(relationships, and(eq(relationships.seekerId, sam.id), eq(relationships.kind, "friendship"), eq(relationships.status, "active")))).toBe(1);
    const [profile] = await db().select({ capacity: mentorProfiles.capacity }).from(mentorProfiles).where(eq(mentorProfiles.userId, maya.id));
    const active = await db().$count(relationships, and(eq(relationships.partnerId, maya.id), eq(relationships.status, "active")));
    expect(profile!.capacity! - active).toBe(2);
    // Ended relationships say why, and have no check-ins after their end.
    const ended = await db().select().from(relationships).where(eq(relationships.status, "ended"));
    expect(ended.length).toBeGreaterThanOrEqual(3);
    for (const e of ended) {
      expect(e.endReason).toBeTruthy();
      const late = await db().$count(checkIns, and(eq(checkIns.relationshipId, e.id), sql`${checkIns.startsAt} >= ${e.endedAt!.toISOString()}::timestamptz`));
      expect(late).toBe(0);
    }
    expect(await db().$count(users, inArray(users.email, readmeAccounts))).toBe(readmeAccounts.length);
  });
});
