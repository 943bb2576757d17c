import { eq, inArray } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "./client";
import { type DemoMentor, type DemoSeeker, demoMentors, demoSeekers } from "./demo-cohort";
import { crisisRegions } from "@/lib/safety/crisis-resources";
import {
  acknowledgments,
  crisisResources,
  friendProfiles,
  mentorProfiles,
  mentorTopics,
  needsProfiles,
  needsProfileTopics,
  topics,
  users,
} from "./schema";
import { seedSpaces } from "./seed-spaces";
import { seedDemoCircles } from "./seed-circles";
import { DEMO_PASSWORD, demoAccounts, demoMentorProfile, demoPeople, demoSeekerProfile } from "./seed-data";

export const DEMO_SEEKERS = 200;
export const DEMO_MENTORS = 60;
export const DEMO_APPLICANTS = 8;
// The "not therapy" text version seeded people acknowledged; they are asked again when it moves on.
const SEEDED_ACKNOWLEDGMENT_VERSION = 1;

/**
 * Inserts the demo data. Idempotent: existing rows (matched by email or key)
 * are left as they are, so running it twice, or after people changed things,
 * is safe.
 */
export async function seedDemoData(db: Database) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verified = new Date("2026-01-01T00:00:00Z");
  const seekers: DemoSeeker[] = [demoSeekerProfile, ...demoSeekers(DEMO_SEEKERS)];
  const mentors: DemoMentor[] = [demoMentorProfile, ...demoMentors(DEMO_MENTORS, DEMO_APPLICANTS)];

  const accounts = [
    ...demoAccounts,
    ...demoPeople,
    ...seekers.slice(1).map((s) => ({ email: s.email, name: s.name, roles: ["seeker" as const] })),
    ...mentors.slice(1).map((m) => ({ email: m.email, name: m.name, roles: ["mentor" as const] })),
  ];
  const inserted = await db
    .insert(users)
    .values(accounts.map((person) => ({ ...person, passwordHash, emailVerified: verified })))
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });

  const idByEmail = new Map(
    (await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, accounts.map((a) => a.email)))).map((u) => [u.email, u.id]),
  );
  const topicBySlug = new Map((await db.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.slug, t.id]));
  const topicId = (slug: string) => {
    const id = topicBySlug.get(slug);
    if (!id) throw new Error(`Seed needs the starter topic "${slug}"; run the migrations first.`);
    return id;
  };
  const [moderator] = await db.select({ id: users.id }).from(users).where(eq(users.email, "moderator@alongside.test"));

  // Bulk inserts: rows that already exist are skipped, and only profiles created
  // now get their topics and acknowledgments, so a re-run changes nothing.
  const today = new Date();
  await db.transaction(async (tx) => {
    const createdSeekers = new Set(
      (
        await tx
          .insert(needsProfiles)
          .values(
            seekers.map((s) => ({
              userId: idByEmail.get(s.email)!,
              step: 9,
              lookingFor: s.lookingFor,
              ownWords: s.ownWords,
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
              avoidTopicIds: s.avoidTopics.map(topicId),
              dealbreakers: s.dealbreakers,
              hopes: s.hopes,
              completedAt: verified,
            })),
          )
          .onConflictDoNothing()
          .returning({ userId: needsProfiles.userId })
      ).map((r) => r.userId),
    );
    const newSeekers = seekers.filter((s) => createdSeekers.has(idByEmail.get(s.email)!));
    if (newSeekers.length > 0) {
      await tx.insert(needsProfileTopics).values(
        newSeekers.flatMap((s) => s.topics.map((t) => ({ userId: idByEmail.get(s.email)!, topicId: topicId(t.slug), livedExperienceMatters: t.livedExperienceMatters }))),
      );
      await tx
        .insert(acknowledgments)
        .values(newSeekers.map((s) => ({ userId: idByEmail.get(s.email)!, kind: "not_therapy" as const, version: SEEDED_ACKNOWLEDGMENT_VERSION, acknowledgedAt: verified })))
        .onConflictDoNothing();
      const friends = newSeekers.filter((s) => s.friendShare);
      if (friends.length > 0) {
        await tx
          .insert(friendProfiles)
          .values(friends.map((s) => ({ userId: idByEmail.get(s.email)!, share: s.friendShare, cadence: s.cadence, windows: s.windows, timezone: s.timezone })))
          .onConflictDoNothing();
      }
    }

    const createdMentors = new Set(
      (
        await tx
          .insert(mentorProfiles)
          .values(
            mentors.map((m) => {
              const submitted = m.status !== "draft";
              return {
                userId: idByEmail.get(m.email)!,
                status: m.status,
                step: submitted ? 7 : 4,
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
                intro: m.intro,
                motivation: m.motivation,
                avoidTopicIds: m.avoidTopics.map(topicId),
                pledgedAt: submitted ? verified : null,
                pledgeVersion: submitted ? 1 : null,
                trainingPassedAt: submitted ? verified : null,
                submittedAt: submitted ? verified : null,
                decidedAt: m.status === "approved" ? verified : null,
                decidedById: m.status === "approved" ? (moderator?.id ?? null) : null,
                decisionReason: m.status === "approved" ? "Welcome — thank you for volunteering." : null,
                pausedUntil: m.pausedForDays ? new Date(today.getTime() + m.pausedForDays * 86_400_000).toISOString().slice(0, 10) : null,
              };
            }),
          )
          .onConflictDoNothing()
          .returning({ userId: mentorProfiles.userId })
      ).map((r) => r.userId),
    );
    const newMentors = mentors.filter((m) => createdMentors.has(idByEmail.get(m.email)!));
    if (newMentors.length > 0) {
      await tx.insert(mentorTopics).values(newMentors.flatMap((m) => m.topics.map((slug) => ({ userId: idByEmail.get(m.email)!, topicId: topicId(slug) }))));
      const pledged = newMentors.filter((m) => m.status !== "draft");
      if (pledged.length > 0) {
        await tx
          .insert(acknowledgments)
          .values(pledged.map((m) => ({ userId: idByEmail.get(m.email)!, kind: "mentor_pledge" as const, version: 1, acknowledgedAt: verified })))
          .onConflictDoNothing();
      }
    }
  });
  await seedCrisisResources(db);
  await seedSpaces(db);
  const approved = mentors.slice(1).filter((m) => m.status === "approved" && m.languages.includes("en"));
  await seedDemoCircles(db, {
    // Generated mentors facilitate: a circle takes places of its facilitator's capacity, and the demo
    // mentor's places stay free so a reviewer can ask them from the demo seeker's suggestions.
    facilitatorId: idByEmail.get(approved[0]!.email)!,
    secondFacilitatorId: approved[1] ? idByEmail.get(approved[1].email)! : null,
    memberIds: [seekers[0]!, ...seekers.slice(1, 7)].map((s) => idByEmail.get(s.email)!),
    waitingIds: seekers.slice(7, 27).map((s) => idByEmail.get(s.email)!),
    topicId,
    timezone: approved[0]!.timezone ?? "Europe/London",
  });
  return { inserted: inserted.length, total: accounts.length };
}

/**
 * The built-in crisis regions, so admins have something to edit. Only into an
 * empty table: once admins have changed the list, a re-run leaves it alone.
 * (Without this, people see the same built-in list anyway: the DAL falls back to it.)
 */
async function seedCrisisResources(db: Database) {
  if ((await db.$count(crisisResources)) > 0) return;
  await db
    .insert(crisisResources)
    .values(crisisRegions.map((r, i) => ({ region: r.region, emergency: r.emergency, lines: r.lines, timezones: r.timezones, sortOrder: String((i + 1) * 10).padStart(2, "0") })))
    .onConflictDoNothing();
}
