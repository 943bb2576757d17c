import { inArray } from "drizzle-orm";
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
import { planRelationships, seedDemoRelationships } from "./seed-relationships";
import { DEMO_PASSWORD, demoAccounts, demoMentorProfile, demoPeople, demoSeekerProfile } from "./seed-data";

export const DEMO_SEEKERS = 200;
export const DEMO_MENTORS = 60;
export const DEMO_APPLICANTS = 8;
// The "not therapy" text version seeded people acknowledged; they are asked again when it moves on.
const SEEDED_ACKNOWLEDGMENT_VERSION = 1;

const DAY = 86_400_000;
/** How long ago the demo people joined: before the 12 weeks program health shows. */
const JOINED_DAYS_AGO = 140;

/** What the seed is doing, for the person watching `npm run dev` or `npm run db:seed`. */
export type SeedProgress = (step: string) => void;

/**
 * Inserts the demo data, in one transaction with a few batched inserts per
 * table (one argon2 hash, shared by every demo account). Idempotent: existing
 * rows (matched by email or key) are left as they are, and the circles,
 * spaces and relationships are only added to empty tables, so running it
 * twice, or after people changed things, is safe. Dates are relative to now,
 * so the demo always has recent weeks to show.
 */
export async function seedDemoData(db: Database, progress: SeedProgress = () => {}) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = Date.now();
  const verified = new Date(now - JOINED_DAYS_AGO * DAY);
  const seekers: DemoSeeker[] = [demoSeekerProfile, ...demoSeekers(DEMO_SEEKERS)];
  const mentors: DemoMentor[] = [demoMentorProfile, ...demoMentors(DEMO_MENTORS, DEMO_APPLICANTS)];
  const approved = mentors.slice(1).filter((m) => m.status === "approved" && m.languages.includes("en"));
  // Circles: generated mentors facilitate (a circle takes places of its facilitator's capacity, and the demo
  // mentor's places stay free so a reviewer can ask them from the demo seeker's suggestions).
  const facilitators = approved.slice(0, 2);
  const circleMembers = [seekers[0]!, ...seekers.slice(1, 7)];
  const circleWaiting = seekers.slice(7, 27);
  const plans = planRelationships({
    seekers: seekers.slice(1),
    mentors: mentors.slice(1),
    exclude: new Set([...facilitators, ...circleMembers, ...circleWaiting].map((p) => p.email)),
  });
  // A seeker in a relationship finished their profile a little before it began; the others over the months since joining.
  const completedAt = new Map<string, Date>();
  for (const plan of plans) {
    for (const email of plan.kind === "mentorship" ? [plan.seeker] : [plan.seeker, plan.partner]) {
      const before = completedAt.get(email)?.getTime() ?? Infinity;
      completedAt.set(email, new Date(Math.min(before, now - (plan.startedDaysAgo + 3 + (email.length % 17)) * DAY)));
    }
  }
  const profileDone = (s: DemoSeeker, i: number) => completedAt.get(s.email) ?? new Date(verified.getTime() + ((i * 37) % (JOINED_DAYS_AGO - 3)) * DAY);
  // Applications waiting for a moderator arrived in the last week.
  const submittedAt = (m: DemoMentor, i: number) => (m.status === "approved" ? verified : new Date(now - (2 + (i % 5)) * DAY));

  const accounts = [
    ...demoAccounts,
    ...demoPeople,
    ...seekers.slice(1).map((s) => ({ email: s.email, name: s.name, roles: ["seeker" as const] })),
    ...mentors.slice(1).map((m) => ({ email: m.email, name: m.name, roles: ["mentor" as const] })),
  ];
  return db.transaction(async (tx) => {
    progress(`adding ${accounts.length} demo accounts`);
    const inserted = await tx
      .insert(users)
      .values(accounts.map((person) => ({ ...person, passwordHash, emailVerified: verified, createdAt: verified, updatedAt: verified })))
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });

    const idByEmail = new Map(
      (await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, accounts.map((a) => a.email)))).map((u) => [u.email, u.id]),
    );
    const topicBySlug = new Map((await tx.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.slug, t.id]));
    const topicId = (slug: string) => {
      const id = topicBySlug.get(slug);
      if (!id) throw new Error(`Seed needs the starter topic "${slug}"; run the migrations first.`);
      return id;
    };
    const staffId = (email: string) => {
      const id = idByEmail.get(email);
      if (!id) throw new Error(`Seed needs the demo account ${email}.`);
      return id;
    };
    const moderatorId = staffId("moderator@alongside.test");

    // Bulk inserts: rows that already exist are skipped, and only profiles created
    // now get their topics and acknowledgments, so a re-run changes nothing.
    progress("adding their profiles");
    const createdSeekers = new Set(
      (
        await tx
          .insert(needsProfiles)
          .values(
            seekers.map((s, i) => ({
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
              completedAt: profileDone(s, i),
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
            mentors.map((m, i) => {
              const submitted = m.status !== "draft";
              const sent = submittedAt(m, i);
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
                pledgedAt: submitted ? sent : null,
                pledgeVersion: submitted ? 1 : null,
                // The answers behind "passed": the review page grades them (lib/mentoring/training.ts).
                trainingAnswers: m.trainingAnswers,
                trainingPassedAt: submitted ? sent : null,
                submittedAt: submitted ? sent : null,
                decidedAt: m.status === "approved" ? new Date(verified.getTime() + 3 * DAY) : null,
                decidedById: m.status === "approved" ? moderatorId : null,
                decisionReason: m.status === "approved" ? "Welcome — thank you for volunteering." : null,
                pausedUntil: m.pausedForDays ? new Date(now + m.pausedForDays * DAY).toISOString().slice(0, 10) : null,
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
          .values(pledged.map((m, i) => ({ userId: idByEmail.get(m.email)!, kind: "mentor_pledge" as const, version: 1, acknowledgedAt: submittedAt(m, i) })))
          .onConflictDoNothing();
      }
    }
    // The helpers take the database; inside this transaction every statement they run joins it.
    const inTx = tx as unknown as Database;
    await seedCrisisResources(inTx);
    progress("adding circles, spaces and relationships");
    await seedSpaces(inTx);
    await seedDemoCircles(inTx, {
      facilitatorId: idByEmail.get(facilitators[0]!.email)!,
      secondFacilitatorId: facilitators[1] ? idByEmail.get(facilitators[1].email)! : null,
      memberIds: circleMembers.map((s) => idByEmail.get(s.email)!),
      waitingIds: circleWaiting.map((s) => idByEmail.get(s.email)!),
      topicId,
      timezone: facilitators[0]!.timezone ?? "Europe/London",
    });
    const { relationships } = await seedDemoRelationships(inTx, { plans, idByEmail, moderatorId, adminId: staffId("admin@alongside.test"), now });
    return { inserted: inserted.length, total: accounts.length, relationships };
  });
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
