import "server-only";
import { eq } from "drizzle-orm";
import { transaction } from "@/db/client";
import { friendProfiles, needsProfiles } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { nextStep, resumeStepAfter } from "@/lib/profiles/onboarding-steps";
import { friendStep } from "@/lib/validation/needs-profile";
import { invalidateFriendPool } from "@/lib/dal/matching/friend-pool";
import { loadSeekerAnswers, progressFacts, requireSeeker, type SavedStep } from "./seeker";

const START_FIRST = "Please start with the first step of telling us what you need.";

/**
 * Saves the peer-friend part (onboarding's friend step, or the profile's
 * friendship section) and switches friendship on. Someone who was looking
 * only for a mentor now looks for both.
 */
export async function saveFriendProfile(input: unknown): Promise<SavedStep> {
  const viewer = await requireSeeker();
  const data = friendStep.parse(input);
  const saved = await transaction(async (tx) => {
    const answers = await loadSeekerAnswers(viewer.id, { lock: true });
    if (!answers.profile) throw new ConflictError(START_FIRST);
    const lookingFor = answers.profile.lookingFor === "mentor" ? "both" : answers.profile.lookingFor;
    const now = new Date();
    await tx
      .insert(friendProfiles)
      .values({ userId: viewer.id, ...data, active: true })
      .onConflictDoUpdate({ target: friendProfiles.userId, set: { ...data, active: true, updatedAt: now } });
    const facts = progressFacts({ ...answers, profile: { ...answers.profile, lookingFor }, friend: { ...data, userId: viewer.id, active: true, createdAt: now, updatedAt: now } });
    const step = resumeStepAfter("friend", answers.profile.step, facts);
    await tx.update(needsProfiles).set({ lookingFor, step, updatedAt: now }).where(eq(needsProfiles.userId, viewer.id));
    return { next: nextStep("friend", lookingFor), needsFriendStep: false, completedNow: false };
  });
  invalidateFriendPool();
  return saved;
}

/**
 * Peer friendship on or off, from the profile page. Off keeps the answers;
 * on for the first time asks the friend step (nothing changes until it is
 * saved). What they look for follows: mentor ⇄ both.
 */
export async function setFriendshipActive(active: boolean): Promise<{ needsFriendStep: boolean }> {
  const viewer = await requireSeeker();
  const saved = await transaction(async (tx) => {
    const answers = await loadSeekerAnswers(viewer.id, { lock: true });
    if (!answers.profile?.completedAt) throw new ConflictError("Finish telling us what you need first; then you can switch peer friendship on or off.");
    if (active && !answers.friend) return { needsFriendStep: true };
    const current = answers.profile.lookingFor;
    const lookingFor = active && current === "mentor" ? "both" : !active && current === "both" ? "mentor" : current;
    const now = new Date();
    await tx.update(friendProfiles).set({ active, updatedAt: now }).where(eq(friendProfiles.userId, viewer.id));
    if (lookingFor !== current) await tx.update(needsProfiles).set({ lookingFor, updatedAt: now }).where(eq(needsProfiles.userId, viewer.id));
    return { needsFriendStep: false };
  });
  invalidateFriendPool();
  return saved;
}
