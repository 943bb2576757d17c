import "server-only";
import { createContext } from "@/lib/matching/context";
import { createMentorPool, type MentorPool } from "@/lib/matching/suggestions";
import type { MentorForMatching } from "@/lib/matching/types";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { loadMentors, referenceDate, topicLabels } from "./pool";

/**
 * Every approved mentor, prepared for scoring, shared by the requests of one
 * instance (lib/dal/system/shared-value.ts): loading and preparing 25k
 * mentors on each request would cost far more than ranking them (at 25k
 * mentors a load parses ~100k rows: most of a second of this process's CPU
 * on a small machine). Fresh for 30 s; in production a pool up to two
 * minutes old is answered while the next one loads in the background, and
 * only one load runs at a time. A stale
 * pool can at worst show a mentor whose last place was just taken —
 * accepting re-checks capacity under a lock, and exposure is always read
 * fresh. Writes in this process drop it (invalidateMentorPool); a new day
 * (ages, pauses) loads afresh.
 */
const shared = sharedValue<{ pool: MentorPool; mentors: MentorForMatching[]; day: string }>("mentor-pool", { freshMs: 30_000, staleMs: 120_000 });

export function mentorPool() {
  const day = referenceDate();
  return shared.get(day, async () => {
    const [mentors, labels] = await Promise.all([loadMentors(), topicLabels()]);
    return { pool: createMentorPool(mentors, createContext({ referenceDate: day, topics: labels })), mentors, day };
  });
}

/** After a write that changes who has places (accept, end, capacity, pause, approval). */
export function invalidateMentorPool() {
  shared.invalidate();
}
