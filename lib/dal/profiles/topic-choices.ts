import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { needsProfiles, needsProfileTopics, topics } from "@/db/schema";
import type { NamedTopic } from "@/lib/profiles/visibility";
import { fieldError } from "@/lib/validation/field-error";
import { requireSeeker } from "./seeker";
import { topicsOffered } from "@/lib/dal/staff/topics";

/** A topic a form offers (the same shape as a topic on a profile). */
export type TopicChoice = NamedTopic;

/**
 * The topics a seeker's forms offer: every active topic, plus any retired
 * one they already named (so it stays ticked until they untick it). Support
 * topics and avoided topics each keep their own retired ones.
 */
export async function getTopicChoices(): Promise<{ support: TopicChoice[]; avoid: TopicChoice[] }> {
  const viewer = await requireSeeker();
  const [profile] = await db().select({ avoidTopicIds: needsProfiles.avoidTopicIds }).from(needsProfiles).where(eq(needsProfiles.userId, viewer.id));
  const mine = await db().select({ id: needsProfileTopics.topicId }).from(needsProfileTopics).where(eq(needsProfileTopics.userId, viewer.id));
  const keepSupport = new Set(mine.map((t) => t.id));
  const keepAvoid = new Set(profile?.avoidTopicIds ?? []);
  const [support, avoid] = await Promise.all([topicsOffered([...keepSupport]), topicsOffered([...keepAvoid])]);
  return { support, avoid };
}

/**
 * Checks topic ids from a form against the topic list: each must be active,
 * or one the person already had (a retired topic stays on profiles that
 * name it, but nobody can newly choose it).
 */
export async function assertTopicsOffered(ids: readonly string[], alreadyHad: readonly string[], field: string) {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const found = await db()
    .select({ id: topics.id })
    .from(topics)
    .where(and(inArray(topics.id, unique), or(isNull(topics.retiredAt), alreadyHad.length ? inArray(topics.id, [...alreadyHad]) : sql`false`)));
  if (found.length !== unique.length) {
    throw fieldError(field, "One of those topics is no longer offered. Please look at the list again.");
  }
}
