/**
 * The candidate graph: which seeker–mentor pairs a round considers, with
 * their scores. Scoring every pair is what makes large rounds slow (100k × 25k
 * is 2.5 billion pairs), so the graph is kept sparse:
 *
 * 1. Unavailable mentors (not approved, paused, full, on hold) and seekers on
 *    hold never enter it.
 * 2. Available mentors are bucketed by what hard filters need anyway: each
 *    language they speak × each cadence they keep × their UTC-offset hour
 *    band, and within that by each topic of their lived experience. A seeker
 *    only looks in buckets of their languages and cadence, and of bands within
 *    the timezone limit.
 * 3. Topic buckets first (mentors with lived experience of what the seeker
 *    asked about), then the rest of the language buckets if room is left.
 *    Each seeker evaluates at most `evaluationBudget / seekers` pairs (never
 *    fewer than `minEvaluationsPerSeeker`). When the buckets hold more, the
 *    seeker takes from each bucket a share proportional to its size (weighted
 *    toward near timezones and topics where lived experience matters),
 *    starting at a seeded point in it: a reproducible sample.
 * 4. Kept: each seeker's best `perSeeker` pairs ∪ each mentor's best
 *    `perMentor` pairs among those evaluated (so every mentor keeps a chance
 *    at someone, even where seekers have better options).
 *
 * Small cohorts fit in the budget and are scored exhaustively. The solver's
 * "exact" is over this graph; the baselines use the same graph.
 *
 * Everything is ordered by seeded hashes of ids, never by input order, so a
 * cohort shuffled gives the same graph.
 */
import { hasBit, numbersIn } from "./bits";
import type { MatchingContext } from "./context";
import { FILTERS, type FilterName } from "./filters";
import { CODE, PackedMentors } from "./packed";
import type { PreparedMentor, PreparedSeeker } from "./prepare";
import * as random from "./random";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { hashPair, mix32 } = random;

export interface CandidateOptions {
  /** Best pairs kept per seeker. */
  perSeeker: number;
  /** Best pairs kept per mentor (among the pairs evaluated). */
  perMentor: number;
  /** Pair evaluations allowed for the whole cohort before seekers sample. */
  evaluationBudget: number;
  minEvaluationsPerSeeker: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  perSeeker: 50,
  perMentor: 20,
  evaluationBudget: 40_000_000,
  minEvaluationsPerSeeker: 400,
};

export interface CandidateStats {
  /** Pairs filtered and scored. */
  evaluated: number;
  admissible: number;
  /** Evaluated pairs removed, by the filter that removed them. */
  excluded: Record<FilterName, number>;
  /** Mentors left out before pairing, by reason. */
  unavailableMentors: Record<"mentor-not-approved" | "mentor-paused" | "mentor-full" | "mentor-safety-hold", number>;
  seekersOnHold: number;
  /** Seekers whose buckets held more than their share, so they sampled. */
  sampledSeekers: number;
  evaluationsPerSeeker: number;
}

/** Pairs in a canonical order (by seeker, then mentor), scores 0–100. */
export interface CandidateGraph {
  seekers: readonly PreparedSeeker[];
  mentors: readonly PreparedMentor[];
  size: number;
  seeker: Int32Array;
  mentor: Int32Array;
  score: Uint8Array;
  stats: CandidateStats;
}

/** Hour bands of UTC offsets, shifted so −16 h is band 0. */
const BAND_SHIFT = 16;
const BANDS = 48;
const band = (offsetMinutes: number) => Math.min(BANDS - 1, Math.max(0, Math.floor(offsetMinutes / 60) + BAND_SHIFT));

/**
 * Key used to order pairs: score first, then 22 bits of a seeded hash. It stays below 2³¹, a
 * small integer to the engine, so passing it around never allocates.
 */
const pairKey = (score: number, seekerHash: number, mentorHash: number) => score * 4194304 + (hashPair(seekerHash, mentorHash) & 0x3fffff);

/** Keeps the k largest keys (a min-heap); values ride along. */
class TopK {
  size = 0;
  constructor(
    readonly keys: Int32Array,
    readonly values: Int32Array,
    readonly offset: number,
    readonly k: number,
  ) {}

  static standalone(k: number) {
    return new TopK(new Int32Array(k), new Int32Array(k), 0, k);
  }

  offer(key: number, value: number) {
    const { keys, values, offset: o, k } = this;
    if (this.size < k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (keys[o + parent]! <= key) break;
        keys[o + i] = keys[o + parent]!;
        values[o + i] = values[o + parent]!;
        i = parent;
      }
      keys[o + i] = key;
      values[o + i] = value;
      return;
    }
    if (key <= keys[o]!) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= k) break;
      const right = left + 1;
      const child = right < k && keys[o + right]! < keys[o + left]! ? right : left;
      if (keys[o + child]! >= key) break;
      keys[o + i] = keys[o + child]!;
      values[o + i] = values[o + child]!;
      i = child;
    }
    keys[o + i] = key;
    values[o + i] = value;
  }
}

/**
 * Where each available mentor sits, and the bucket lists.
 *
 * Mentors are laid out (in the packed kernel too) by their first language,
 * then UTC band, then seeded hash, and every list holds positions in that
 * layout in increasing order: a seeker walking a list reads memory forwards,
 * which the hardware prefetches — random order cost 2–3× more in cache misses.
 *
 * Lists are split by cadence as well (the cadence filter removed a third of
 * all pairs): a mentor is in the list of each cadence they keep and in the
 * "any cadence" list used by seekers who did not choose one.
 */
interface Layout {
  /** Position → mentor index. */
  mentorAt: Int32Array;
  /** Lists by (language, cadence, topic or "any topic", band). */
  lists: (Int32Array | null)[];
  topics: number;
}

const ANY_CADENCE = 3;
/**
 * When a seeker samples, bands near their own UTC offset get more of the budget (a band h hours
 * away weighs 2 / (2 + h): more shared hours there), and so do topics whose lived experience
 * matters to them (×2). Measured on 20k × 8k: 0.84 % → 0.48 % below exhaustive candidates.
 */
const BAND_WEIGHT = 2;
const LIVED_MATTERS_WEIGHT = 2;
const CADENCE_SLOTS = 4;
const listKey = (language: number, cadence: number, topic: number, topics: number, b: number) =>
  ((language * CADENCE_SLOTS + cadence) * (topics + 1) + topic) * BANDS + b;

function layOut(mentors: readonly PreparedMentor[], languages: number, topics: number): Layout {
  const firstLanguage = (m: PreparedMentor) => numbersIn(m.languagesLo, m.languagesHi)[0] ?? 0;
  const available = mentors
    .filter((m) => m.unavailable === null)
    .map((m) => ({ m, language: firstLanguage(m), b: band(m.offset) }))
    .sort((x, y) => x.language - y.language || x.b - y.b || x.m.hash - y.m.hash || x.m.index - y.m.index);
  const mentorAt = Int32Array.from(available, (x) => x.m.index);

  const lists: number[][] = Array.from({ length: languages * CADENCE_SLOTS * (topics + 1) * BANDS }, () => []);
  available.forEach(({ m, b }, p) => {
    const lived = numbersIn(m.topicsLo, m.topicsHi);
    for (let l = 0; l < languages; l++) {
      if (!hasBit(m.languagesLo, m.languagesHi, l)) continue;
      for (let c = 0; c < CADENCE_SLOTS; c++) {
        if (c !== ANY_CADENCE && (m.cadences & (1 << c)) === 0) continue;
        lists[listKey(l, c, topics, topics, b)]!.push(p);
        for (const t of lived) lists[listKey(l, c, t, topics, b)]!.push(p);
      }
    }
  });
  return { mentorAt, lists: lists.map((list) => (list.length > 0 ? Int32Array.from(list) : null)), topics };
}

export function buildCandidates(
  seekers: readonly PreparedSeeker[],
  mentors: readonly PreparedMentor[],
  context: MatchingContext,
  options: Partial<CandidateOptions> = {},
): CandidateGraph {
  const opts = { ...DEFAULT_CANDIDATE_OPTIONS, ...options };
  const languages = Math.max(1, context.languageIndex.size);
  const topics = Math.max(1, context.topicIndex.size);
  const { mentorAt, lists } = layOut(mentors, languages, topics);
  const packed = new PackedMentors(
    Array.from(mentorAt, (mi) => mentors[mi]!),
    context,
  );
  const positions = mentorAt.length;

  const excludedCounts = new Float64Array(FILTERS.length);
  const unavailableMentors = { "mentor-not-approved": 0, "mentor-paused": 0, "mentor-full": 0, "mentor-safety-hold": 0 };
  for (const m of mentors) if (m.unavailable !== null) unavailableMentors[m.unavailable]++;
  const active = seekers.filter((s) => !s.safetyHold);
  const cap = Math.max(opts.minEvaluationsPerSeeker, Math.floor(opts.evaluationBudget / Math.max(1, active.length)));

  // Each position's best pairs (a min-heap per position in flat arrays), and the smallest key a
  // full heap keeps (−1 until full): most offers stop at that number without touching the heaps.
  const mentorKeys = new Int32Array(positions * opts.perMentor);
  const mentorValues = new Int32Array(positions * opts.perMentor);
  const mentorTop = Array.from({ length: positions }, (_, p) => new TopK(mentorKeys, mentorValues, p * opts.perMentor, opts.perMentor));
  const mentorFloor = new Int32Array(positions).fill(-1);
  const seekerTop = TopK.standalone(opts.perSeeker);
  const chosenStart = new Int32Array(seekers.length + 1);
  // Typed and sized up front: growing plain arrays of millions of numbers kept the collector busy.
  const chosenPosition = new Int32Array(seekers.length * opts.perSeeker);
  const chosenKey = new Int32Array(seekers.length * opts.perSeeker);
  let chosen = 0;

  const positionById = new Map(Array.from(mentorAt, (mi, p) => [mentors[mi]!.id, p]));
  const stamp = new Int32Array(positions).fill(-1);
  let self = -1;
  /** The current seeker's pair-list exclusions by position (blocks, past pairs, open requests), or null. */
  let listed: Map<number, number> | null = null;
  let evaluated = 0;
  let admissible = 0;
  let sampledSeekers = 0;
  let sampled = false;

  // filters.ts#firstFailingFilter, in the same order: availability is settled by the lists
  // (they hold available mentors only) and the seeker loop (no seekers on hold).
  const evaluate = (s: PreparedSeeker, p: number) => {
    stamp[p] = s.index;
    evaluated++;
    let filter = p === self ? CODE["same-person"] : -1;
    if (filter < 0 && listed !== null) filter = listed.get(p) ?? -1;
    if (filter < 0) filter = packed.filter(s, p);
    if (filter >= 0) {
      excludedCounts[filter]!++;
      return;
    }
    admissible++;
    const key = pairKey(packed.score(s, p, packed.hours), s.hash, packed.hashes[p]!);
    seekerTop.offer(key, p);
    if (key > mentorFloor[p]!) {
      const top = mentorTop[p]!;
      top.offer(key, s.index);
      if (top.size === top.k) mentorFloor[p] = mentorKeys[top.offset]!;
    }
  };

  /** Evaluates up to `budget` not-yet-seen mentors from the lists, each list giving a share proportional to its length. */
  const walk = (s: PreparedSeeker, keys: number[], weights: number[], budget: number) => {
    let total = 0;
    let weighted = 0;
    for (let k = 0; k < keys.length; k++) {
      total += lists[keys[k]!]!.length;
      weighted += lists[keys[k]!]!.length * weights[k]!;
    }
    if (total === 0 || budget <= 0) return 0;
    let used = 0;
    if (total <= budget) {
      for (const key of keys) {
        const list = lists[key]!;
        for (let i = 0; i < list.length; i++) {
          if (stamp[list[i]!] === s.index) continue;
          evaluate(s, list[i]!);
          used++;
        }
      }
      return used;
    }
    sampled = true;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const list = lists[key]!;
      const quota = Math.min(list.length, Math.ceil((budget * list.length * weights[k]!) / weighted));
      // A run of `quota` from a seeded start, wrapping: contiguous, so memory is read forwards.
      let at = mix32(s.hash ^ key) % list.length;
      for (let j = 0; j < quota && used < budget; j++) {
        const p = list[at]!;
        at = at + 1 === list.length ? 0 : at + 1;
        if (stamp[p] === s.index) continue;
        evaluate(s, p);
        used++;
      }
    }
    return used;
  };

  const limit = context.settings.maxTimezoneDifferenceHours * 60;
  const topicKeys: number[] = [];
  const topicWeights: number[] = [];
  const languageKeys: number[] = [];
  const languageWeights: number[] = [];
  for (const s of seekers) {
    chosenStart[s.index] = chosen;
    if (s.safetyHold) continue;
    seekerTop.size = 0;
    sampled = false;
    self = positionById.get(s.id) ?? -1;
    listed = null;
    if (s.pairExclusions !== null) {
      listed = new Map();
      for (const [id, filter] of s.pairExclusions) {
        const p = positionById.get(id);
        if (p !== undefined) listed.set(p, CODE[filter]);
      }
    }
    const cadence = s.cadence >= 0 ? s.cadence : ANY_CADENCE;
    const requested = numbersIn(s.topicsLo, s.topicsHi);
    const lo = band(s.offset - limit);
    const hi = band(s.offset + limit);
    const own = band(s.offset);
    topicKeys.length = 0;
    topicWeights.length = 0;
    languageKeys.length = 0;
    languageWeights.length = 0;
    for (const l of numbersIn(s.languagesLo, s.languagesHi)) {
      if (l >= languages) continue;
      for (let b = lo; b <= hi; b++) {
        const near = BAND_WEIGHT / (BAND_WEIGHT + Math.abs(b - own));
        const any = listKey(l, cadence, topics, topics, b);
        if (lists[any]) {
          languageKeys.push(any);
          languageWeights.push(near);
        }
        for (const t of requested) {
          const key = listKey(l, cadence, t, topics, b);
          if (!lists[key]) continue;
          topicKeys.push(key);
          topicWeights.push(near * (hasBit(s.livedMattersLo, s.livedMattersHi, t) ? LIVED_MATTERS_WEIGHT : 1));
        }
      }
    }
    const used = walk(s, topicKeys, topicWeights, cap);
    walk(s, languageKeys, languageWeights, cap - used);
    if (sampled) sampledSeekers++;

    for (let i = 0; i < seekerTop.size; i++) {
      chosenPosition[chosen] = seekerTop.values[i]!;
      chosenKey[chosen++] = seekerTop.keys[i]!;
    }
  }
  chosenStart[seekers.length] = chosen;

  // Union with each mentor's best, skipping pairs a seeker already chose.
  const extraSeeker = new Int32Array(positions * opts.perMentor);
  const extraPosition = new Int32Array(positions * opts.perMentor);
  const extraKey = new Int32Array(positions * opts.perMentor);
  let extra = 0;
  for (let p = 0; p < positions; p++) {
    const top = mentorTop[p]!;
    for (let j = 0; j < top.size; j++) {
      const si = mentorValues[top.offset + j]!;
      let present = false;
      for (let e = chosenStart[si]!; e < chosenStart[si + 1]! && !present; e++) present = chosenPosition[e] === p;
      if (!present) {
        extraSeeker[extra] = si;
        extraPosition[extra] = p;
        extraKey[extra++] = mentorKeys[top.offset + j]!;
      }
    }
  }

  // Canonical order: by seeker, then mentor.
  const size = chosen + extra;
  const perSeekerCount = new Int32Array(seekers.length + 1);
  for (let si = 0; si < seekers.length; si++) perSeekerCount[si + 1] = chosenStart[si + 1]! - chosenStart[si]!;
  for (let i = 0; i < extra; i++) perSeekerCount[extraSeeker[i]! + 1]!++;
  for (let i = 0; i < seekers.length; i++) perSeekerCount[i + 1]! += perSeekerCount[i]!;
  const fill = perSeekerCount.slice();
  const seekerOut = new Int32Array(size);
  const mentorOut = new Int32Array(size);
  const scoreOut = new Uint8Array(size);
  const place = (si: number, p: number, key: number) => {
    const at = fill[si]!++;
    seekerOut[at] = si;
    mentorOut[at] = mentorAt[p]!;
    scoreOut[at] = Math.floor(key / 4194304);
  };
  for (let si = 0; si < seekers.length; si++) for (let e = chosenStart[si]!; e < chosenStart[si + 1]!; e++) place(si, chosenPosition[e]!, chosenKey[e]!);
  for (let i = 0; i < extra; i++) place(extraSeeker[i]!, extraPosition[i]!, extraKey[i]!);
  for (let si = 0; si < seekers.length; si++) sortRange(mentorOut, scoreOut, perSeekerCount[si]!, perSeekerCount[si + 1]!);

  return {
    seekers,
    mentors,
    size,
    seeker: seekerOut,
    mentor: mentorOut,
    score: scoreOut,
    stats: {
      evaluated,
      admissible,
      excluded: Object.fromEntries(FILTERS.map((f, i) => [f, excludedCounts[i]!])) as Record<FilterName, number>,
      unavailableMentors,
      seekersOnHold: seekers.length - active.length,
      sampledSeekers,
      evaluationsPerSeeker: cap,
    },
  };
}

/** Insertion sort of one seeker's few pairs by mentor. */
function sortRange(mentor: Int32Array, score: Uint8Array, from: number, to: number) {
  for (let i = from + 1; i < to; i++) {
    const m = mentor[i]!;
    const sc = score[i]!;
    let j = i - 1;
    while (j >= from && mentor[j]! > m) {
      mentor[j + 1] = mentor[j]!;
      score[j + 1] = score[j]!;
      j--;
    }
    mentor[j + 1] = m;
    score[j + 1] = sc;
  }
}
