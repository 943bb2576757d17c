/**
 * Exposure without reservations: how on-demand suggestions keep a popular
 * mentor from being swamped without hiding them from anyone who merely
 * looked.
 *
 * - Only real interest counts: an open request, or a mentor a seeker saved
 *   for later. Looking at a list counts for nothing.
 * - Congestion prices: a batch solve (the same exact min-cost flow as a
 *   round) over the seekers who are waiting and have shown interest, with
 *   every admissible pair, each mentor's free places, and each interest pair
 *   worth `INTEREST_BONUS` points more (a request or a save says more than a
 *   score can). A mentor's price is the dual of their places: what one more
 *   place of theirs would be worth to the people waiting. A mentor with a
 *   place nobody's interest needs costs 0; one wanted by more people than
 *   they have places costs about what the last of them would lose by going
 *   to their next-best mentor. Suggestions rank by score − price, so a seeker
 *   with a good alternative sees it first, while a seeker for whom the mentor
 *   is clearly best (better than any alternative by more than the price)
 *   still sees them first — and the best fit is never priced out of the list
 *   (`rankSuggestions` keeps it).
 * - Held: a mentor whose free places are all spoken for by other people's
 *   open requests is not offered for now (asking could not be answered yes),
 *   and the seeker is told in words that a mentor who fits them is being
 *   considered by someone else.
 */
import { buildCandidates, type CandidateOptions } from "./candidates";
import type { MatchingContext } from "./context";
import { prepareCohort } from "./round";
import { solveExact } from "./solve/exact";
import type { MentorForMatching, SeekerForMatching } from "./types";

/** Points a request or a save adds to its pair in the batch that sets prices. */
export const INTEREST_BONUS = 10;

export interface Interest {
  seekerId: string;
  mentorId: string;
}

export interface CongestionInput {
  /** Seekers waiting for a mentor who showed real interest (an open request or a save). */
  seekers: readonly SeekerForMatching[];
  /** Mentors as matching sees them (the unavailable ones get no price). */
  mentors: readonly MentorForMatching[];
  context: MatchingContext;
  /** Open requests and saves; pairs that fail a hard filter are ignored. */
  interest: readonly Interest[];
}

export interface CongestionOptions {
  interestBonus?: number;
  candidates?: Partial<CandidateOptions>;
}

/**
 * Each mentor's congestion price in score points (only mentors with a price
 * above 0 are listed), from the shadow prices of a batch solve over real
 * interest. Deterministic for the same input, whatever its order.
 */
export function congestionPrices(input: CongestionInput, options: CongestionOptions = {}): Map<string, number> {
  const prices = new Map<string, number>();
  if (input.seekers.length === 0 || input.mentors.length === 0) return prices;
  const bonus = Math.max(0, Math.min(100, Math.round(options.interestBonus ?? INTEREST_BONUS)));
  const { seekers, mentors } = prepareCohort(input.seekers, input.mentors, input.context);
  const graph = buildCandidates(seekers, mentors, input.context, options.candidates);

  const seekerIndex = new Map(seekers.map((s) => [s.id, s.index]));
  const mentorIndex = new Map(mentors.map((m) => [m.id, m.index]));
  const wanted = new Set<number>();
  for (const { seekerId, mentorId } of input.interest) {
    const s = seekerIndex.get(seekerId);
    const m = mentorIndex.get(mentorId);
    if (s !== undefined && m !== undefined) wanted.add(s * mentors.length + m);
  }
  // The interest pairs weigh more; the graph's scores are bytes, and 100 + bonus fits.
  const score = Uint8Array.from(graph.score, (points, e) => (wanted.has(graph.seeker[e]! * mentors.length + graph.mentor[e]!) ? Math.min(255, points + bonus) : points));
  const { mentorPrices } = solveExact({ ...graph, score });
  mentorPrices.forEach((price, m) => {
    // To a tenth of a point: the tie-break perturbations are far below it.
    const rounded = Math.round(price * 10) / 10;
    if (rounded > 0) prices.set(mentors[m]!.id, rounded);
  });
  return prices;
}

/** Other people's open requests to each mentor (the viewer's own never count against them). */
export function pendingByMentor(requests: readonly { seekerId: string; mentorId: string }[], viewerId: string): Map<string, number> {
  const pending = new Map<string, number>();
  for (const r of requests) if (r.seekerId !== viewerId) pending.set(r.mentorId, (pending.get(r.mentorId) ?? 0) + 1);
  return pending;
}

/** A mentor is held when other people's open requests speak for every free place they have. */
export function isHeld(freePlaces: number, pendingRequests: number): boolean {
  return freePlaces > 0 && pendingRequests >= freePlaces;
}

/** Places a mentor can offer someone new today: 0 when not approved, paused, on hold or full. */
export function freePlacesOf(mentor: Pick<MentorForMatching, "approved" | "safetyHold" | "pausedUntil" | "capacity" | "activeCount">, referenceDate: string): number {
  // Dates are ISO "YYYY-MM-DD": compared as text, as prepare.ts compares them as days.
  const paused = !!mentor.pausedUntil && referenceDate < mentor.pausedUntil.slice(0, 10);
  if (!mentor.approved || mentor.safetyHold || paused) return 0;
  return Math.max(0, Math.floor(mentor.capacity) - Math.floor(mentor.activeCount));
}
