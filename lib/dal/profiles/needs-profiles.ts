import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, transaction } from "@/db/client";
import { acknowledgments, friendProfiles, needsProfiles, needsProfileTopics, users } from "@/db/schema";
import { isStaff } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { nextStep, resumeKey, resumeStepAfter, type StepKey, stepPosition, wantsFriend } from "@/lib/profiles/onboarding-steps";
import { forModerator, forOwner, forOwnerFriend, type ModeratorNeedsView, type OwnerFriendView, type OwnerNeedsView } from "@/lib/profiles/visibility";
import { fieldError } from "@/lib/validation/field-error";
import { needsStepSchemas, type StepData } from "@/lib/validation/needs-profile";
import { NOT_THERAPY_VERSION } from "@/lib/profiles/acknowledgment";
import { invalidateFriendPool } from "@/lib/dal/matching/friend-pool";
import { acknowledgeNotTherapy } from "./acknowledgments";
import { saveFriendProfile } from "./friend-profiles";
import {
  emptyProfile,
  hasCurrentAcknowledgment,
  loadNeedsProfileSource,
  loadSeekerAnswers,
  progressFacts,
  requireSeeker,
  type SavedStep,
  type SeekerAnswers,
} from "./seeker";
import { actOnRisk, assessForStorage } from "@/lib/dal/safety/risk-record";
import { assertTopicsOffered } from "./topic-choices";
import { requireViewer } from "@/lib/dal/account/viewer";
import { isWaitingForGroup, setWaitingForGroup } from "@/lib/dal/circle/circles";

/** Where someone stands in onboarding. For the dashboard; seekers only. */
export interface OnboardingStatus {
  /** They have saved at least one step. */
  started: boolean;
  /** They finished every step once (later edits keep it finished). */
  completed: boolean;
  /** The step number they see when they resume (1-based; the friend step only counts when it applies). */
  step: number;
  /** They have not acknowledged the current "not therapy" text: never, or an older version of it. */
  needsAcknowledgment: boolean;
}

/** Throws ForbiddenError for anyone without the seeker role: call it only for seekers. */
export async function getOnboardingStatus(): Promise<OnboardingStatus> {
  const viewer = await requireViewer();
  if (!viewer.roles.includes("seeker")) throw new ForbiddenError("Only people looking for support have a needs profile.");
  // Only what the answer needs, in one statement: the whole profile (its sealed answers opened, its
  // topics and friend profile read) is for the pages that show it, not for every view of the home page.
  const [row] = await db()
    .select({
      started: sql<boolean>`${needsProfiles.userId} is not null`,
      step: needsProfiles.step,
      lookingFor: needsProfiles.lookingFor,
      completedAt: needsProfiles.completedAt,
      acknowledged: sql<number | null>`(select ${acknowledgments.version} from ${acknowledgments} where ${acknowledgments.userId} = ${users.id} and ${acknowledgments.kind} = 'not_therapy' order by ${acknowledgments.version} desc limit 1)`,
    })
    .from(users)
    .leftJoin(needsProfiles, eq(needsProfiles.userId, users.id))
    .where(eq(users.id, viewer.id));
  const lookingFor = row?.lookingFor ?? null;
  return {
    started: Boolean(row?.started),
    completed: Boolean(row?.completedAt),
    step: stepPosition(resumeKey(row?.step ?? 1, lookingFor), lookingFor).position,
    // As hasCurrentAcknowledgment: never acknowledged, or an older version of the words.
    needsAcknowledgment: row?.acknowledged == null || Number(row.acknowledged) !== NOT_THERAPY_VERSION,
  };
}

export interface OwnNeedsProfile {
  /** Null until the first step is saved. */
  profile: OwnerNeedsView | null;
  friend: OwnerFriendView | null;
  acknowledgment: { version: number; acknowledgedAt: Date } | null;
  needsAcknowledgment: boolean;
  /** The step to resume onboarding at. */
  resume: StepKey;
  /** Whether they are waiting for a small group (a circle). */
  smallGroup: boolean;
}

/** The viewer's own needs profile, all of it. */
export async function getOwnNeedsProfile(): Promise<OwnNeedsProfile> {
  const viewer = await requireSeeker();
  const answers = await loadSeekerAnswers(viewer.id);
  const source = answers.profile ? await loadNeedsProfileSource(viewer.id) : null;
  return {
    profile: source ? forOwner(source) : null,
    friend: answers.friend ? forOwnerFriend(answers.friend) : null,
    acknowledgment: answers.acknowledgment,
    needsAcknowledgment: !hasCurrentAcknowledgment(answers),
    resume: resumeKey(answers.profile?.step ?? 1, answers.profile?.lookingFor ?? null),
    smallGroup: await isWaitingForGroup(viewer.id),
  };
}

export type NeedsProfileFor = { audience: "owner"; profile: OwnerNeedsView } | { audience: "moderator"; profile: ModeratorNeedsView };

/**
 * Someone's needs profile, shaped for whoever asks: the owner sees all of it,
 * staff see the moderator view (never the private matching-only answers),
 * anyone else is told it does not exist.
 */
export async function getNeedsProfileFor(userId: string): Promise<NeedsProfileFor> {
  const viewer = await requireViewer();
  if (!z.uuid().safeParse(userId).success) throw new NotFoundError();
  const isOwner = viewer.id === userId && viewer.roles.includes("seeker");
  if (!isOwner && !isStaff(viewer.roles)) throw new NotFoundError();
  const source = await loadNeedsProfileSource(userId);
  if (!source) throw new NotFoundError();
  if (isOwner) return { audience: "owner", profile: forOwner(source) };
  const [account] = await db()
    .select({ email: users.email, status: users.status, roles: users.roles, memberSince: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) throw new NotFoundError();
  return { audience: "moderator", profile: forModerator(source, account) };
}

/** Saves one step of the viewer's onboarding (or one section of their profile). */
export async function saveNeedsStep(key: StepKey, input: unknown): Promise<SavedStep> {
  if (key === "friend") return saveFriendProfile(input);
  if (key === "not-therapy") return acknowledgeNotTherapy(input);
  const viewer = await requireSeeker();
  const data = needsStepSchemas[key].parse(input);
  const saved = await transaction(async () => {
    if (key !== "looking-for") return saveProfileStep(viewer.id, key, data);
    // "A small group" is asked with what they look for, and kept on the circle waiting list the circle pool reads.
    const { smallGroup, ...profileData } = data as StepData<"looking-for">;
    if (smallGroup !== undefined) await setWaitingForGroup(viewer.id, smallGroup === "yes");
    return saveProfileStep(viewer.id, key, profileData);
  });
  // What the friend pool knows of them may have changed.
  invalidateFriendPool();
  return saved;
}

type ProfileStepKey = Exclude<StepKey, "friend" | "not-therapy">;
type ProfileColumns = Partial<Omit<typeof needsProfiles.$inferInsert, "userId" | "step" | "completedAt" | "createdAt" | "updatedAt">>;

/** One upsert of the profile row (+ replacing its topic rows), in the caller's transaction. */
async function saveProfileStep(userId: string, key: ProfileStepKey, data: StepData<ProfileStepKey>): Promise<SavedStep> {
  const answers = await loadSeekerAnswers(userId, { lock: true });
  const columns = await columnsFor(key, data, answers);
  const topicRows = key === "topics" ? topicRowsOf(userId, data as StepData<"topics">) : null;

  const merged: SeekerAnswers = {
    ...answers,
    profile: { ...emptyProfile(userId), ...answers.profile, ...columns },
    topics: topicRows ?? answers.topics,
  };
  const step = resumeStepAfter(key, answers.profile?.step ?? 1, progressFacts(merged));
  const now = new Date();
  await db()
    .insert(needsProfiles)
    .values({ userId, ...columns, step })
    .onConflictDoUpdate({ target: needsProfiles.userId, set: { ...columns, step, updatedAt: now } });
  if (topicRows) {
    await db().delete(needsProfileTopics).where(eq(needsProfileTopics.userId, userId));
    // A duplicate from a racing first save is the same row: keep one.
    if (topicRows.length) await db().insert(needsProfileTopics).values(topicRows).onConflictDoNothing();
  }
  await flagProfileWords(userId, columns, merged.profile!);
  const lookingFor = merged.profile!.lookingFor;
  if (key === "looking-for" && answers.friend && answers.friend.active !== wantsFriend(lookingFor)) {
    // The friend profile follows what they look for; its answers are kept when it is switched off.
    await db().update(friendProfiles).set({ active: wantsFriend(lookingFor), updatedAt: now }).where(eq(friendProfiles.userId, userId));
  }
  return { next: nextStep(key, lookingFor), needsFriendStep: wantsFriend(lookingFor) && !answers.friend, completedNow: false };
}

/** The columns a step writes, after checking its topic ids against the topic list. */
async function columnsFor(key: ProfileStepKey, data: StepData<ProfileStepKey>, answers: SeekerAnswers): Promise<ProfileColumns> {
  const avoided = answers.profile?.avoidTopicIds ?? [];
  if (key === "topics") {
    const { topicIds, ownWords } = data as StepData<"topics">;
    await assertTopicsOffered(topicIds, answers.topics.map((t) => t.topicId), "topicIds");
    if (topicIds.some((id) => avoided.includes(id))) {
      throw fieldError("topicIds", "One of these is on your list of topics you'd rather not have raised. Change your boundaries first, or leave it out here.");
    }
    return { ownWords };
  }
  if (key === "boundaries") {
    const boundaries = data as StepData<"boundaries">;
    await assertTopicsOffered(boundaries.avoidTopicIds, avoided, "avoidTopicIds");
    if (boundaries.avoidTopicIds.some((id) => answers.topics.some((t) => t.topicId === id))) {
      throw fieldError("avoidTopicIds", "You asked for support with one of these. Untick it here, or take it off your topics first.");
    }
    return boundaries;
  }
  return data as ProfileColumns;
}

/**
 * The profile's free texts (their own words, their hopes) are read by the
 * risk detector when saved. Crisis or concern language raises a safety item
 * for the moderators, in this transaction; the person's save is never
 * blocked or changed by it, and they are not told an item was raised.
 */
async function flagProfileWords(userId: string, columns: ProfileColumns, profile: { ownWords: string | null; hopes: string | null }) {
  // Only a save that touches the free texts changes their assessment; it is stored on the profile row.
  if (columns.ownWords === undefined && columns.hopes === undefined) return;
  const { assessment, stored } = assessForStorage([profile.ownWords, profile.hopes]);
  await db().update(needsProfiles).set(stored).where(eq(needsProfiles.userId, userId));
  await actOnRisk({ assessment, subjectId: userId, targetKind: "profile", targetId: userId, relationshipId: null });
}

function topicRowsOf(userId: string, { topicIds, livedExperienceTopicIds }: StepData<"topics">) {
  return topicIds.map((topicId) => ({ userId, topicId, livedExperienceMatters: livedExperienceTopicIds.includes(topicId) }));
}
