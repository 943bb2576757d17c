import "server-only";
import { createContext } from "@/lib/matching/context";
import { createMentorPool, type MentorPool } from "@/lib/matching/suggestions";
import type { MentorForMatching } from "@/lib/matching/types";
import { loadMentors, referenceDate, topicLabels } from "./pool";

/**
 * Every approved mentor, prepared for scoring, cached per process for a few
 * seconds: loading and preparing 25k mentors on each request would cost far
 * more than ranking them. A stale entry can at worst show a mentor whose last
 * place was just taken — accepting re-checks capacity under a lock, and
 * exposure is always read fresh. Writes in this process drop the cache.
 */
const POOL_TTL_MS = 15_000;
const poolCache = globalThis as unknown as { __alongsideMentorPool?: { pool: MentorPool; mentors: MentorForMatching[]; at: number; day: string } };

export async function mentorPool() {
  const cached = poolCache.__alongsideMentorPool;
  const day = referenceDate();
  if (cached && cached.day === day && Date.now() - cached.at < POOL_TTL_MS) return cached;
  const [mentors, labels] = await Promise.all([loadMentors(), topicLabels()]);
  const pool = createMentorPool(mentors, createContext({ referenceDate: day, topics: labels }));
  poolCache.__alongsideMentorPool = { pool, mentors, at: Date.now(), day };
  return poolCache.__alongsideMentorPool;
}

/** After a write that changes who has places (accept, end, capacity, pause, approval). */
export function invalidateMentorPool() {
  poolCache.__alongsideMentorPool = undefined;
}

