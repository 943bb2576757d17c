import "server-only";
import { randomBytes } from "node:crypto";
import { notFound } from "next/navigation";
import { z } from "zod";
import { transaction } from "@/db/client";
import { eq } from "drizzle-orm";
import { circleFacilitators, circleSeekers, friendProfiles, mentorProfiles, mentorTopics, needsProfiles, needsProfileTopics, relationships, rhythms, topics, users } from "@/db/schema";
import { circleTrainingQuestions } from "@/lib/circles";
import { languageOptions } from "@/lib/profiles/options";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { pairOf } from "@/lib/dal/matching/requests";

/**
 * Test fixtures for browser tests and local trying-out: two fresh people in
 * an active relationship, made in one call instead of two sign-ups, an
 * onboarding, a mentor application and a request. Outside production only
 * (the route answers 404 there, and so does this function).
 */

const fixtureSchema = z.object({
  kind: z.enum(["mentorship", "friendship"]).default("mentorship"),
  seekerTimezone: z.string().default("Europe/London"),
  partnerTimezone: z.string().default("Europe/London"),
  /** An agreed rhythm from now on; omit to leave the rhythm to be agreed. */
  rhythm: z
    .object({ cadence: z.enum(["weekly", "fortnightly", "monthly"]), day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), part: z.enum(["morning", "afternoon", "evening"]) })
    .optional(),
});

export interface FixturePerson {
  id: string;
  name: string;
  email: string;
  password: string;
}

export async function createRelationshipFixture(input: unknown): Promise<{ relationshipId: string; seeker: FixturePerson; partner: FixturePerson }> {
  if (env().isProduction) notFound();
  const options = fixtureSchema.parse(input ?? {});
  const token = randomBytes(4).toString("hex");
  const password = `fixture password ${token}`;
  const passwordHash = await hashPassword(password);
  return transaction(async (tx) => {
    const person = async (label: string, roles: ("seeker" | "mentor")[]) => {
      const name = `Fixture ${label} ${token}`;
      const email = `fixture-${label}-${token}@example.test`;
      const [row] = await tx.insert(users).values({ name, email, passwordHash, roles, emailVerified: new Date() }).returning({ id: users.id });
      return { id: row!.id, name, email, password };
    };
    const seeker = await person("seeker", ["seeker"]);
    const partner = await person(options.kind === "mentorship" ? "mentor" : "friend", options.kind === "mentorship" ? ["mentor"] : ["seeker"]);
    await tx.insert(needsProfiles).values({ userId: seeker.id, timezone: options.seekerTimezone, cadence: options.rhythm?.cadence ?? "weekly" });
    if (options.kind === "mentorship") await tx.insert(mentorProfiles).values({ userId: partner.id, timezone: options.partnerTimezone });
    else {
      await tx.insert(needsProfiles).values({ userId: partner.id, timezone: options.partnerTimezone });
      await tx.insert(friendProfiles).values([{ userId: seeker.id }, { userId: partner.id }]).onConflictDoNothing();
    }
    const [rel] = await tx
      .insert(relationships)
      .values({ kind: options.kind, seekerId: seeker.id, partnerId: partner.id, ...pairOf(seeker.id, partner.id), startedAt: now() })
      .returning({ id: relationships.id });
    if (options.rhythm) {
      await tx.insert(rhythms).values({
        relationshipId: rel!.id,
        ...options.rhythm,
        timezone: options.seekerTimezone,
        status: "agreed",
        proposedById: seeker.id,
        respondedById: partner.id,
        respondedAt: now(),
        effectiveFrom: now(),
      });
    }
    return { relationshipId: rel!.id, seeker, partner };
  });
}

const circleFixtureSchema = z.object({
  /** The circle's day; by default one picked at random, so runs on one database don't share circles. */
  day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]).optional(),
});

/**
 * For the circles browser test: an approved mentor who has passed the
 * facilitation module (ready to propose a circle), and four seekers waiting
 * for a group whose profiles fit it — all in Europe/London, evenings on one
 * day, about grief, in one language picked at random (with the day, this
 * keeps runs on one database and the demo's waiting people out of each
 * other's circles). Outside production only.
 */
export async function createCircleFixture(input: unknown) {
  if (env().isProduction) notFound();
  const options = circleFixtureSchema.parse(input ?? {});
  const token = randomBytes(4).toString("hex");
  const password = `fixture password ${token}`;
  const passwordHash = await hashPassword(password);
  const pick = <T,>(list: readonly T[]) => list[randomBytes(1)[0]! % list.length]!;
  const language = pick(languageOptions.filter((l) => l.value !== "en" && l.value !== "es"));
  const day = options.day ?? pick(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const);
  return transaction(async (tx) => {
    const [grief] = await tx.select({ id: topics.id, name: topics.name }).from(topics).where(eq(topics.slug, "grief"));
    if (!grief) throw new Error("The topic 'grief' is missing: seed the database first.");
    const person = async (label: string, roles: ("seeker" | "mentor")[]) => {
      const name = `Fixture ${label} ${token}`;
      const email = `fixture-${label}-${token}@example.test`;
      const [row] = await tx.insert(users).values({ name, email, passwordHash, roles, emailVerified: new Date() }).returning({ id: users.id });
      return { id: row!.id, name, email, password };
    };
    const at = now();
    const facilitator = await person("facilitator", ["mentor"]);
    await tx.insert(mentorProfiles).values({
      userId: facilitator.id,
      status: "approved",
      capacity: 4,
      cadences: ["weekly", "fortnightly"],
      windows: [`${day}-evening`],
      timezone: "Europe/London",
      languages: [language.value],
      listenStyle: "listen",
      tone: "gentle",
      messageLength: "either",
      ageBand: "35-44",
      intro: "I listen first.",
      motivation: "I was helped once.",
      pledgedAt: at,
      pledgeVersion: 1,
      trainingPassedAt: at,
      submittedAt: at,
    });
    await tx.insert(mentorTopics).values({ userId: facilitator.id, topicId: grief.id });
    const answers = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));
    await tx.insert(circleFacilitators).values({ userId: facilitator.id, answers, passedAt: at });
    const seekers = [];
    for (const label of ["ana", "ben", "cai", "dee"]) {
      const seeker = await person(`seeker-${label}`, ["seeker"]);
      await tx.insert(needsProfiles).values({
        userId: seeker.id,
        step: 9,
        lookingFor: "mentor",
        cadence: "weekly",
        windows: [`${day}-evening`],
        timezone: "Europe/London",
        listenStyle: "listen",
        tone: "gentle",
        messageLength: "either",
        consistencyImportance: 4,
        nonJudgmentImportance: 4,
        languages: [language.value],
        ageBand: "25-34",
        completedAt: at,
      });
      await tx.insert(needsProfileTopics).values({ userId: seeker.id, topicId: grief.id, livedExperienceMatters: false });
      await tx.insert(circleSeekers).values({ userId: seeker.id, active: true, waitingSince: at });
      seekers.push(seeker);
    }
    return { facilitator, seekers, language: language.label, day, topic: grief.name };
  });
}
