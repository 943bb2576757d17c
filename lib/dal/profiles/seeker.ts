import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { acknowledgments, type FriendProfile, friendProfiles, type NeedsProfile, needsProfiles, needsProfileTopics, topics, users } from "@/db/schema";
import { NOT_THERAPY_VERSION } from "@/lib/profiles/acknowledgment";
import type { ProgressFacts, StepKey } from "@/lib/profiles/onboarding-steps";
import type { NeedsProfileSource } from "@/lib/profiles/visibility";
import { requireViewer } from "@/lib/dal/account/viewer";

/**
 * Shared by the seeker's DAL modules (needs profile, friend profile,
 * acknowledgment): who may have a needs profile, and loading what they
 * answered so far. Nothing here is called from pages directly.
 */

/** Only seekers have a needs profile; to anyone else these pages and actions do not exist. */
export async function requireSeeker() {
  const viewer = await requireViewer();
  if (!viewer.roles.includes("seeker")) notFound();
  return viewer;
}

export interface SeekerAnswers {
  profile: NeedsProfile | null;
  topics: { topicId: string; livedExperienceMatters: boolean }[];
  friend: FriendProfile | null;
  /** The latest "not therapy" acknowledgment, if any. */
  acknowledgment: { version: number; acknowledgedAt: Date } | null;
}

/** Everything a seeker answered. With `lock`, their profile row is locked for the rest of the transaction. */
export async function loadSeekerAnswers(userId: string, { lock = false } = {}): Promise<SeekerAnswers> {
  const query = db().select().from(needsProfiles).where(eq(needsProfiles.userId, userId));
  const [profile] = lock ? await query.for("update") : await query;
  const topicRows = await db()
    .select({ topicId: needsProfileTopics.topicId, livedExperienceMatters: needsProfileTopics.livedExperienceMatters })
    .from(needsProfileTopics)
    .where(eq(needsProfileTopics.userId, userId));
  const [friend] = await db().select().from(friendProfiles).where(eq(friendProfiles.userId, userId));
  const [acknowledgment] = await db()
    .select({ version: acknowledgments.version, acknowledgedAt: acknowledgments.acknowledgedAt })
    .from(acknowledgments)
    .where(and(eq(acknowledgments.userId, userId), eq(acknowledgments.kind, "not_therapy")))
    .orderBy(desc(acknowledgments.version))
    .limit(1);
  return { profile: profile ?? null, topics: topicRows, friend: friend ?? null, acknowledgment: acknowledgment ?? null };
}

export const hasCurrentAcknowledgment = (answers: Pick<SeekerAnswers, "acknowledgment">) =>
  answers.acknowledgment?.version === NOT_THERAPY_VERSION;

/** The facts onboarding needs to tell which steps are answered. */
export function progressFacts(answers: SeekerAnswers): ProgressFacts {
  const p = answers.profile;
  return {
    lookingFor: p?.lookingFor ?? null,
    topicCount: answers.topics.length,
    cadence: p?.cadence ?? null,
    windowCount: p?.windows.length ?? 0,
    timezone: p?.timezone ?? null,
    listenStyle: p?.listenStyle ?? null,
    tone: p?.tone ?? null,
    messageLength: p?.messageLength ?? null,
    consistencyImportance: p?.consistencyImportance ?? null,
    nonJudgmentImportance: p?.nonJudgmentImportance ?? null,
    languageCount: p?.languages.length ?? 0,
    ageBand: p?.ageBand ?? null,
    hopes: p?.hopes ?? null,
    hasFriendProfile: answers.friend !== null,
    acknowledged: hasCurrentAcknowledgment(answers),
  };
}

/** A profile with its person and topic names, ready for lib/profiles/visibility. Null when there is none. */
export async function loadNeedsProfileSource(userId: string): Promise<NeedsProfileSource | null> {
  const [row] = await db()
    .select({ profile: needsProfiles, name: users.name })
    .from(needsProfiles)
    .innerJoin(users, eq(users.id, needsProfiles.userId))
    .where(eq(needsProfiles.userId, userId));
  if (!row) return null;
  const chosen = await db()
    .select({ id: topics.id, name: topics.name, retiredAt: topics.retiredAt, livedExperienceMatters: needsProfileTopics.livedExperienceMatters })
    .from(needsProfileTopics)
    .innerJoin(topics, eq(topics.id, needsProfileTopics.topicId))
    .where(eq(needsProfileTopics.userId, userId))
    .orderBy(asc(topics.name));
  const avoided = row.profile.avoidTopicIds.length
    ? await db()
        .select({ id: topics.id, name: topics.name, retiredAt: topics.retiredAt })
        .from(topics)
        .where(inArray(topics.id, row.profile.avoidTopicIds))
        .orderBy(asc(topics.name))
    : [];
  return {
    person: { id: userId, name: row.name },
    profile: row.profile,
    topics: chosen.map(({ retiredAt, ...t }) => ({ ...t, retired: retiredAt !== null })),
    avoidTopics: avoided.map(({ retiredAt, ...t }) => ({ ...t, retired: retiredAt !== null })),
  };
}

export interface SavedStep {
  /** The next step of onboarding, or null after the last one. */
  next: StepKey | null;
  /** The person now wants a peer friend but has no friend profile yet (ask the friend step next). */
  needsFriendStep: boolean;
  /** This save finished onboarding for the first time. */
  completedNow: boolean;
}

/** A profile with nothing answered, to merge a first step into. */
export function emptyProfile(userId: string): typeof needsProfiles.$inferSelect {
  const now = new Date();
  return {
    userId,
    step: 1,
    lookingFor: null,
    ownWords: null,
    cadence: null,
    windows: [],
    timezone: null,
    listenStyle: null,
    tone: null,
    messageLength: null,
    consistencyImportance: null,
    nonJudgmentImportance: null,
    languages: [],
    ageBand: null,
    gender: null,
    preferredAgeBands: [],
    preferredGenders: [],
    avoidTopicIds: [],
    dealbreakers: [],
    dealbreakersNote: null,
    hopes: null,
    completedAt: null,
    riskLevel: "none",
    riskCategory: "none",
    riskVersion: 0,
    createdAt: now,
    updatedAt: now,
  };
}
