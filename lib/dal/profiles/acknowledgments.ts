import "server-only";
import { eq, sql } from "drizzle-orm";
import { transaction } from "@/db/client";
import { acknowledgments, needsProfiles } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { NOT_THERAPY_VERSION } from "@/lib/profiles/acknowledgment";
import { firstUnanswered, resumeStepAfter } from "@/lib/profiles/onboarding-steps";
import { notTherapyStep } from "@/lib/validation/needs-profile";
import { invalidateFriendPool } from "@/lib/dal/matching/friend-pool";
import { loadSeekerAnswers, progressFacts, requireSeeker, type SavedStep } from "./seeker";

/**
 * Records that the viewer read the current "not therapy" text (the version
 * they were shown must be the current one), and finishes onboarding when
 * every other step is answered. Saying yes twice stores one row.
 */
export async function acknowledgeNotTherapy(input: unknown): Promise<SavedStep> {
  const viewer = await requireSeeker();
  const { version } = notTherapyStep.parse(input);
  if (version !== NOT_THERAPY_VERSION) {
    throw new ConflictError("This text was updated while you were reading it. Please read the new version and tick the box again.");
  }
  const saved = await transaction(async (tx) => {
    const answers = await loadSeekerAnswers(viewer.id, { lock: true });
    if (!answers.profile) throw new ConflictError("Please start with the first step of telling us what you need.");
    await tx.insert(acknowledgments).values({ userId: viewer.id, kind: "not_therapy", version }).onConflictDoNothing();
    const facts = progressFacts({ ...answers, acknowledgment: { version, acknowledgedAt: new Date() } });
    const complete = firstUnanswered(facts) === null;
    const completedNow = complete && !answers.profile.completedAt;
    await tx
      .update(needsProfiles)
      .set({
        step: resumeStepAfter("not-therapy", answers.profile.step, facts),
        ...(complete ? { completedAt: sql`coalesce(${needsProfiles.completedAt}, now())` } : {}),
        updatedAt: new Date(),
      })
      .where(eq(needsProfiles.userId, viewer.id));
    return { next: null, needsFriendStep: false, completedNow };
  });
  // Finishing onboarding can bring them into the friend pool.
  invalidateFriendPool();
  return saved;
}
