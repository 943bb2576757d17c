import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { friendProfiles, mentorProfiles, mentorTopics, needsProfiles, needsProfileTopics, topics } from "@/db/schema";
import { makeUser } from "./factories";

export async function topicId(slug: string) {
  const [row] = await db().select({ id: topics.id }).from(topics).where(eq(topics.slug, slug));
  return row!.id;
}

/** A seeker with a finished needs profile: weekly, Tuesday and Thursday evenings in London, English. */
export async function makeSeeker(overrides: Partial<typeof needsProfiles.$inferInsert> = {}, slugs = ["grief"]) {
  const user = await makeUser({ roles: ["seeker"] });
  await db()
    .insert(needsProfiles)
    .values({
      userId: user.id,
      step: 9,
      lookingFor: "mentor",
      cadence: "weekly",
      windows: ["tue-evening", "thu-evening"],
      timezone: "Europe/London",
      listenStyle: "listen",
      tone: "gentle",
      messageLength: "either",
      consistencyImportance: 4,
      nonJudgmentImportance: 4,
      languages: ["en"],
      ageBand: "25-34",
      hopes: "Someone steady",
      completedAt: new Date(),
      ...overrides,
    });
  for (const slug of slugs) await db().insert(needsProfileTopics).values({ userId: user.id, topicId: await topicId(slug), livedExperienceMatters: true });
  return user;
}

/** An approved mentor who fits the default seeker. */
export async function makeMentor(overrides: Partial<typeof mentorProfiles.$inferInsert> = {}, slugs = ["grief"]) {
  const user = await makeUser({ roles: ["mentor"] });
  const at = new Date();
  await db()
    .insert(mentorProfiles)
    .values({
      userId: user.id,
      status: "approved",
      capacity: 2,
      cadences: ["weekly", "fortnightly"],
      windows: ["tue-evening", "wed-evening", "thu-evening"],
      timezone: "Europe/London",
      languages: ["en"],
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
      ...overrides,
    });
  for (const slug of slugs) await db().insert(mentorTopics).values({ userId: user.id, topicId: await topicId(slug) });
  return user;
}

/** A seeker in the peer-friend pool (friendship switched on). */
export async function makeFriend(overrides: Partial<typeof needsProfiles.$inferInsert> = {}, slugs = ["moving"]) {
  const user = await makeSeeker({ lookingFor: "both", ...overrides }, slugs);
  await db().insert(friendProfiles).values({ userId: user.id, share: "Walks and honest talk", cadence: "weekly", windows: ["tue-evening", "thu-evening"], timezone: "Europe/London" });
  return user;
}
