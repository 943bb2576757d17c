/**
 * On-demand suggestions: one seeker, the mentors the database returned, the
 * best few with their explanations.
 *
 * - The same hard filters as rounds, plus "already requested".
 * - Ranked by score minus the mentor's congestion price when prices are given
 *   (`exposure.ts#congestionPrices`: the shadow prices of a batch solve over
 *   the real interest of people waiting): a mentor many people want gets
 *   shown a little lower to a seeker with good alternatives. Prices rank,
 *   never refuse. The seeker's own interest (mentors they saved) is never
 *   priced against them. Without prices, by score.
 * - The seeker's own best fit (highest score) is never priced out of the
 *   list: when the price pushes them below the limit they take the last place.
 * - Held: give `pending` (other people's open requests to each mentor) and a
 *   mentor whose free places are all spoken for by them is left out — and
 *   reported in `held` by `rankSuggestionsDetailed` when they would have been
 *   a strong fit, so the page can say so in words.
 * - `exposure` is the former rule (a mentor already shown to as many people as
 *   they have free places is left out), kept only so the on-demand simulation
 *   (`npm run bench:exposure`) can compare against it.
 * - When few mentors pass, `whatNarrowsSuggestions` names the seeker's own
 *   settings that remove the most mentors on their own.
 */
import { PairSet, type MatchingContext } from "./context";
import { explainForMentor, explainForSeeker } from "./explain";
import { failingFilters, firstFailingFilter, SEEKER_SETTING_FILTERS, type FilterName } from "./filters";
import { PackedMentors } from "./packed";
import { prepareMentor, prepareSeeker, type PreparedMentor, type PreparedSeeker } from "./prepare";
import { hashPair } from "./random";
import { scoreDetail } from "./score";
import type { MentorForMatching, PairList, SeekerForMatching } from "./types";
import { overlapHours } from "./windows";

/** Mentors prepared once, for many seekers' suggestions (e.g. cached for a minute by the DAL). */
export interface MentorPool {
  context: MatchingContext;
  mentors: PreparedMentor[];
  packed: PackedMentors;
  byId: Map<string, number>;
  /** 1 for a mentor who can take someone new (approved, not paused, not on hold, a place free). */
  available: Uint8Array;
}

export function createMentorPool(mentors: readonly MentorForMatching[], context: MatchingContext): MentorPool {
  const prepared = mentors.map((m, i) => prepareMentor(m, context, i));
  return {
    context,
    mentors: prepared,
    packed: new PackedMentors(prepared, context),
    byId: new Map(prepared.map((m) => [m.id, m.index])),
    available: Uint8Array.from(prepared, (m) => (m.unavailable === null ? 1 : 0)),
  };
}

export interface Suggestion {
  mentorId: string;
  /** 0–100. */
  score: number;
  /** What the order used: score minus price. */
  rank: number;
  reasons: string[];
  weakest: string | null;
  /** The same pair in the mentor's terms (for the request the mentor reads). */
  mentorReasons: string[];
  /** The seeker's own best fit among the mentors they may ask now (highest score). */
  bestFit: boolean;
}

/** A strong fit left out because other people's pending requests speak for all their free places. */
export interface HeldFit {
  mentorId: string;
  score: number;
}

type Lookup = ReadonlyMap<string, number> | Readonly<Record<string, number>>;
const lookup = (table: Lookup | undefined, id: string) =>
  table === undefined ? undefined : table instanceof Map ? table.get(id) : (table as Readonly<Record<string, number>>)[id];

export interface SuggestionOptions {
  /** How many to return (default 10). */
  limit?: number;
  /**
   * This seeker's blocks, past pairs and open requests, read fresh for this call: they replace
   * the pool's lists, so a pool prepared a minute ago never misses a block made since.
   */
  pairs?: { blockedPairs?: PairList; pastPairs?: PairList; requestedPairs?: PairList };
  /** Shadow prices in score points by mentor id (from the last round's `mentorPrices`). */
  prices?: Lookup;
  /** Mentors whose price does not apply to this seeker (their own interest: the mentors they saved). */
  unpriced?: ReadonlySet<string>;
  /** Other people's open requests to each mentor, by id: a mentor with as many as free places is held. */
  pending?: Lookup;
  /** Keep the seeker's own best fit in the list whatever its price (default true). */
  keepBestFit?: boolean;
  /** The former rule, for the simulation only: people shown or requesting each mentor; as many as free places hides. */
  exposure?: Lookup;
}

/** The context for one seeker's on-demand suggestions: open requests become a filter; fresh pair lists when given. */
function onDemand(context: MatchingContext, pairs?: SuggestionOptions["pairs"]): MatchingContext {
  if (!pairs) return context.excludeRequested ? context : { ...context, excludeRequested: true };
  return {
    ...context,
    excludeRequested: true,
    blocked: new PairSet(pairs.blockedPairs),
    past: new PairSet(pairs.pastPairs),
    requested: new PairSet(pairs.requestedPairs),
  };
}

export function rankSuggestions(
  seeker: SeekerForMatching,
  mentors: readonly MentorForMatching[] | MentorPool,
  options: SuggestionOptions & { context?: MatchingContext } = {},
): Suggestion[] {
  return rankSuggestionsDetailed(seeker, mentors, options).suggestions;
}

/**
 * The suggestions, and the strong fits held for now: mentors left out only
 * because others' pending requests speak for their free places, whose score
 * would have earned them a place in this list.
 */
export function rankSuggestionsDetailed(
  seeker: SeekerForMatching,
  mentors: readonly MentorForMatching[] | MentorPool,
  options: SuggestionOptions & { context?: MatchingContext } = {},
): { suggestions: Suggestion[]; held: HeldFit[] } {
  const pool = "packed" in mentors ? mentors : createMentorPool(mentors, requiredContext(options.context));
  const context = onDemand(pool.context, options.pairs);
  const s = prepareSeeker(seeker, context);
  const limit = Math.max(0, options.limit ?? 10);
  if (s.safetyHold || limit === 0) return { suggestions: [], held: [] };

  // Mentors this seeker may never see: themselves, and the pair lists (blocked, past, requested).
  const never = new Set<number>();
  const self = pool.byId.get(s.id);
  if (self !== undefined) never.add(self);
  for (const id of s.pairExclusions?.keys() ?? []) {
    const i = pool.byId.get(id);
    if (i !== undefined) never.add(i);
  }

  // The best `limit` by (rank, score, seeded tie), kept in a small sorted list: one pass over the
  // packed mentors, no allocation per mentor.
  const keep = { index: new Int32Array(limit), rank: new Float64Array(limit), score: new Int32Array(limit), tie: new Float64Array(limit) };
  let kept = 0;
  const better = (rank: number, score: number, tie: number, j: number) =>
    rank > keep.rank[j]! || (rank === keep.rank[j] && (score > keep.score[j]! || (score === keep.score[j] && tie > keep.tie[j]!)));
  const { packed, mentors: prepared, available } = pool;
  const keepBest = options.keepBestFit ?? true;
  // The seeker's best fit by score alone (ties by the seeded hash), among the mentors they may ask.
  let best = -1;
  let bestScore = -1;
  let bestTie = -1;
  const heldFits: { index: number; score: number; tie: number }[] = [];
  for (let i = 0; i < prepared.length; i++) {
    if (available[i] === 0 || (never.size > 0 && never.has(i))) continue;
    if (packed.filter(s, i) >= 0) continue;
    const score = packed.score(s, i, packed.hours);
    const id = prepared[i]!.id;
    const tie = hashPair(s.hash, packed.hashes[i]!);
    const free = prepared[i]!.freePlaces;
    const waiting = lookup(options.pending, id);
    if (waiting !== undefined && waiting >= free) {
      heldFits.push({ index: i, score, tie });
      continue;
    }
    if (keepBest && (score > bestScore || (score === bestScore && tie > bestTie))) {
      const shown = lookup(options.exposure, id);
      if (shown === undefined || shown < free) {
        best = i;
        bestScore = score;
        bestTie = tie;
      }
    }
    const price = options.unpriced?.has(id) ? 0 : (lookup(options.prices, id) ?? 0);
    const rank = score - price;
    if (kept === limit && !better(rank, score, tie, limit - 1)) continue;
    const shown = lookup(options.exposure, id);
    if (shown !== undefined && shown >= free) continue;
    let at = kept < limit ? kept++ : limit - 1;
    while (at > 0 && better(rank, score, tie, at - 1)) {
      keep.index[at] = keep.index[at - 1]!;
      keep.rank[at] = keep.rank[at - 1]!;
      keep.score[at] = keep.score[at - 1]!;
      keep.tie[at] = keep.tie[at - 1]!;
      at--;
    }
    keep.index[at] = i;
    keep.rank[at] = rank;
    keep.score[at] = score;
    keep.tie[at] = tie;
  }
  // Never priced out: the best fit takes the last place when the prices pushed them below it.
  if (best >= 0 && kept === limit && !keep.index.includes(best)) {
    const id = prepared[best]!.id;
    keep.index[limit - 1] = best;
    keep.rank[limit - 1] = bestScore - (options.unpriced?.has(id) ? 0 : (lookup(options.prices, id) ?? 0));
    keep.score[limit - 1] = bestScore;
    keep.tie[limit - 1] = bestTie;
  }
  // Held fits worth a word: those that would have made this list on their score.
  const lowestShown = kept === limit ? Math.min(...Array.from(keep.score.subarray(0, kept))) : -1;
  const held = heldFits
    .filter((h) => h.score >= lowestShown)
    .sort((a, b) => b.score - a.score || b.tie - a.tie)
    .slice(0, limit)
    .map((h) => ({ mentorId: prepared[h.index]!.id, score: h.score }));

  const suggestions = Array.from({ length: kept }, (_, k) => {
    const m = prepared[keep.index[k]!]!;
    const detail = scoreDetail(s, m, overlapHours(s.week, m.week));
    const forSeeker = explainForSeeker(s, m, detail, context);
    return {
      mentorId: m.id,
      score: keep.score[k]!,
      rank: keep.rank[k]!,
      reasons: forSeeker.reasons,
      weakest: forSeeker.weakest,
      mentorReasons: explainForMentor(s, m, detail, context).reasons,
      bestFit: keep.index[k] === best,
    };
  });
  return { suggestions, held };
}

export interface Narrowing {
  filter: (typeof SEEKER_SETTING_FILTERS)[number];
  /** Mentors (available ones) that this setting alone keeps out. */
  mentors: number;
}

/**
 * Which of the seeker's own settings narrow their suggestions most: for each,
 * how many available mentors it alone keeps out (relaxing just that setting
 * would let them in). Largest first; settings that keep nobody out are left out.
 */
export function whatNarrowsSuggestions(
  seeker: SeekerForMatching,
  mentors: readonly MentorForMatching[] | MentorPool,
  options: { context?: MatchingContext; pairs?: SuggestionOptions["pairs"] } = {},
): Narrowing[] {
  const pool = "packed" in mentors ? mentors : createMentorPool(mentors, requiredContext(options.context));
  const context = onDemand(pool.context, options.pairs);
  const s = prepareSeeker(seeker, context);
  const settings = new Set<FilterName>(SEEKER_SETTING_FILTERS);
  const counts = new Map<Narrowing["filter"], number>();
  for (const m of pool.mentors) {
    if (m.unavailable !== null) continue;
    const failing = failingFilters(s, m, context);
    if (failing.length === 1 && settings.has(failing[0]!)) {
      const filter = failing[0] as Narrowing["filter"];
      counts.set(filter, (counts.get(filter) ?? 0) + 1);
    }
  }
  return [...counts.entries()].map(([filter, n]) => ({ filter, mentors: n })).sort((a, b) => b.mentors - a.mentors || a.filter.localeCompare(b.filter));
}

export type PairCheck =
  | { admissible: true; score: number; reasons: string[]; weakest: string | null; mentorReasons: string[] }
  | { admissible: false; filter: FilterName; filters: FilterName[] };

/**
 * One pair, for a moderator's "why (not)?" or a request the mentor reads:
 * either the filter that removes it (and every filter it fails), or its score
 * and explanation. Open requests count as a filter only if the context says so.
 */
export function explainPair(seeker: SeekerForMatching, mentor: MentorForMatching, context: MatchingContext): PairCheck {
  const s = prepareSeeker(seeker, context);
  const m = prepareMentor(mentor, context);
  return checkPrepared(s, m, context);
}

export function checkPrepared(s: PreparedSeeker, m: PreparedMentor, context: MatchingContext): PairCheck {
  const filter = firstFailingFilter(s, m, context);
  if (filter !== null) return { admissible: false, filter, filters: failingFilters(s, m, context) };
  const detail = scoreDetail(s, m, overlapHours(s.week, m.week));
  const forSeeker = explainForSeeker(s, m, detail, context);
  return {
    admissible: true,
    score: detail.score,
    reasons: forSeeker.reasons,
    weakest: forSeeker.weakest,
    mentorReasons: explainForMentor(s, m, detail, context).reasons,
  };
}

function requiredContext(context: MatchingContext | undefined): MatchingContext {
  if (!context) throw new Error("rankSuggestions needs a context when given a list of mentors (or pass a MentorPool).");
  return context;
}
