/**
 * Peer friendship: one pool, symmetric pairs. Everything a pair of friends
 * needs is checked from both sides — each person's dealbreakers, preferred
 * genders and age bands, and avoided topics against the other's topics — and
 * each person's view is scored; the harmonic mean of the two is the score.
 *
 * Rounds (max-weight matching in a general graph). The exact algorithm is
 * Edmonds' blossom algorithm; instead we run a simpler, documented one and
 * measure how far it is from the optimum:
 *
 *   1. candidates: each person's best `perPerson` admissible partners, found
 *      in the buckets of their languages and timezone band (like mentors);
 *   2. greedy: pairs from the highest score down, each taken when both are free
 *      (ties by seeded hash);
 *   3. local search until nothing improves: for every candidate pair (u, v)
 *      not yet together, break up u's and v's pairs and re-pair the two people
 *      left alone — with each other, or each with the best partner they can
 *      find, free or taken from another pair (whose other half is then left
 *      alone) — and keep the change when the total grows. This covers 2-opt
 *      swaps and alternating paths and cycles of up to three pairs on each
 *      side. Every accepted change adds at least one point, so it stops.
 *
 * `exactFriendPairs` (dynamic programming over subsets, n ≤ 20) is the
 * reference the tests compare with; docs/matching.md records the gap.
 */
import * as bits from "./bits";
import type { MatchingContext } from "./context";
import * as criteria from "./criteria";
import * as filters from "./filters";
import { inSentence, listWords, windowWords } from "./explain";
import { prepareFriend, type PreparedFriend } from "./prepare";
import { hashPair, mix32 } from "./random";
import { harmonicMean, toScale } from "./score";
import type { FriendForMatching } from "./types";
import { overlapHours, sharedWindows } from "./windows";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline.
const { ageNotPreferred, dealbreakerMet, genderNotPreferred, noSharedLanguage, timezonesTooFar, tooLittleOverlap, topicsMeetAvoided } = filters;
const { ageCloseness, styleFitOf, windowFit } = criteria;
const { count, numbersIn } = bits;

export const FRIEND_FILTERS = [
  "same-person",
  "safety-hold",
  "blocked",
  "past-pair",
  "language",
  "cadence",
  "timezone",
  "dealbreaker",
  "preferred-gender",
  "preferred-age",
  "avoided-topic",
  "windows",
] as const;
export type FriendFilterName = (typeof FRIEND_FILTERS)[number];

/** Cadences at most one step apart (weekly–fortnightly, fortnightly–monthly) can meet halfway. */
const cadencesApart = (a: number, b: number) => (a < 0 || b < 0 ? 0 : Math.abs(a - b));

/** The first filter that removes the pair (checked both ways), or null. */
export function friendFilter(a: PreparedFriend, b: PreparedFriend, context: MatchingContext, overlap?: { hours: number }): FriendFilterName | null {
  if (a.id === b.id) return "same-person";
  if (a.safetyHold || b.safetyHold) return "safety-hold";
  const listed = a.pairExclusions?.get(b.id);
  if (listed !== undefined) return listed;
  if (noSharedLanguage(a.languagesLo, a.languagesHi, b.languagesLo, b.languagesHi)) return "language";
  if (cadencesApart(a.cadence, b.cadence) > 1) return "cadence";
  if (timezonesTooFar(a.offset, b.offset, context.settings.maxTimezoneDifferenceHours)) return "timezone";
  if (dealbreakerMet(a.dealbreakers, b.styleTraits) || dealbreakerMet(b.dealbreakers, a.styleTraits)) return "dealbreaker";
  if (genderNotPreferred(a.preferredGenders, b.genderBit) || genderNotPreferred(b.preferredGenders, a.genderBit)) return "preferred-gender";
  if (ageNotPreferred(a.preferredAges, b.ageIndex) || ageNotPreferred(b.preferredAges, a.ageIndex)) return "preferred-age";
  if (topicsMeetAvoided(a.topicsLo, a.topicsHi, b.avoidLo, b.avoidHi) || topicsMeetAvoided(b.topicsLo, b.topicsHi, a.avoidLo, a.avoidHi)) return "avoided-topic";
  const hours = overlapHours(a.week, b.week);
  if (overlap) overlap.hours = hours;
  if (tooLittleOverlap(hours, context.settings.minOverlapHours)) return "windows";
  return null;
}

/** Weights of one person's view of a friendship. */
export const FRIEND_WEIGHTS = { topics: 0.35, rhythm: 0.2, windows: 0.2, style: 0.15, age: 0.1 } as const;

/** Shared topics over one's own; same cadence 1, a step apart 0.5. */
function friendView(me: PreparedFriend, other: PreparedFriend, hours: number): number {
  const mine = count(me.topicsLo, me.topicsHi);
  const topics = mine === 0 ? 0.5 : count(me.topicsLo & other.topicsLo, me.topicsHi & other.topicsHi) / mine;
  const apart = cadencesApart(me.cadence, other.cadence);
  const rhythm = me.cadence < 0 || other.cadence < 0 ? 0.75 : apart === 0 ? 1 : 0.5;
  const w = FRIEND_WEIGHTS;
  return (
    w.topics * topics +
    w.rhythm * rhythm +
    w.windows * windowFit(hours, me.weekHours) +
    w.style * styleFitOf(me.styleCode, other.styleCode) +
    w.age * (me.preferredAges !== 0 ? 1 : ageCloseness(me.ageIndex, other.ageIndex))
  );
}


/** The integer score (0–100) of an admissible pair of friends. */
export function friendScore(a: PreparedFriend, b: PreparedFriend, hours: number): number {
  return toScale(harmonicMean(friendView(a, b, hours), friendView(b, a, hours)));
}

/** Why these two, in `a`'s terms. Private fields (preferences, avoided topics, dealbreakers) are never put into words. */
export function explainFriendPair(a: PreparedFriend, b: PreparedFriend, context: MatchingContext): string[] {
  const reasons: string[] = [];
  const name = b.profile.name ?? "This person";
  const shared = a.profile.topicIds.filter((t) => b.profile.topicIds.includes(t)).map((t) => context.topicLabels.get(t) ?? "this topic");
  if (shared.length > 0) reasons.push(`You and ${name} are both going through ${listWords(shared.map(inSentence))}.`);
  const windows = sharedWindows(a.profile.windows, a.profile.timezone, b.week, context.referenceDate, 2);
  if (windows.length > 0)
    reasons.push(`You both have ${listWords(windows.slice(0, 3).map((w) => windowWords(w.window)))}${a.offset === b.offset ? "" : " (your time)"}.`);
  if (a.profile.cadence && a.profile.cadence === b.profile.cadence) reasons.push(`You both asked for ${a.profile.cadence} check-ins.`);
  return reasons;
}

export interface FriendRoundOptions {
  /** Best partners kept per person (default 30). */
  perPerson?: number;
  /** Pair evaluations per person before sampling (default 2000). */
  evaluationsPerPerson?: number;
  /** Stop the local search after this many passes (default 50). */
  maxPasses?: number;
}

export interface FriendPair {
  a: string;
  b: string;
  score: number;
  /** In a's terms and in b's. */
  reasonsForA: string[];
  reasonsForB: string[];
}

export interface FriendRoundResult {
  pairs: FriendPair[];
  /** Sum of the scores of the pairs. */
  objective: number;
  /** Before the local search. */
  greedyObjective: number;
  people: number;
  shareMatched: number;
  candidates: number;
  passes: number;
}

/** A weighted undirected graph over people 0…n−1, adjacency by person. */
export interface FriendGraph {
  n: number;
  /** Edges: endpoints (a < b) and integer weights. */
  a: Int32Array;
  b: Int32Array;
  weight: Int32Array;
}

export function runFriendRound(friends: readonly FriendForMatching[], context: MatchingContext, options: FriendRoundOptions = {}): FriendRoundResult {
  const people = [...friends].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)).map((f, i) => prepareFriend(f, context, i));
  const graph = friendCandidates(people, context, options);
  const tie = (e: number) => hashPair(people[graph.a[e]!]!.hash, people[graph.b[e]!]!.hash);
  const greedy = greedyPairs(graph, tie);
  const greedyObjective = totalOf(graph, greedy);
  const { mate, passes } = improvePairs(graph, greedy, options.maxPasses ?? 50);
  const pairs: FriendPair[] = [];
  let objective = 0;
  for (let e = 0; e < graph.a.length; e++) {
    const i = graph.a[e]!;
    const j = graph.b[e]!;
    if (mate[i] !== j) continue;
    objective += graph.weight[e]!;
    const x = people[i]!;
    const y = people[j]!;
    pairs.push({ a: x.id, b: y.id, score: graph.weight[e]!, reasonsForA: explainFriendPair(x, y, context), reasonsForB: explainFriendPair(y, x, context) });
  }
  return {
    pairs,
    objective,
    greedyObjective,
    people: people.length,
    shareMatched: people.length ? (2 * pairs.length) / people.length : 0,
    candidates: graph.a.length,
    passes,
  };
}

/**
 * Each person's best admissible partners, as one undirected graph. People are
 * listed by language and UTC hour band; each person looks in the lists of
 * their languages within the timezone limit — all of them when they hold at
 * most `evaluationsPerPerson` people, else a contiguous run from a seeded
 * point in each list, sized by the list's length and weighted toward nearer
 * bands (as for mentors).
 */
export function friendCandidates(people: readonly PreparedFriend[], context: MatchingContext, options: FriendRoundOptions = {}): FriendGraph {
  const perPerson = options.perPerson ?? 30;
  const budget = options.evaluationsPerPerson ?? 2000;
  const n = people.length;
  const BANDS = 48;
  const band = (offset: number) => Math.min(BANDS - 1, Math.max(0, Math.floor(offset / 60) + 16));
  const lists = new Map<number, number[]>();
  for (const p of people) {
    if (p.safetyHold) continue;
    for (const l of numbersIn(p.languagesLo, p.languagesHi)) {
      const key = l * BANDS + band(p.offset);
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(p.index);
    }
  }
  const edges = new Map<number, number>(); // a * n + b → weight
  const limit = context.settings.maxTimezoneDifferenceHours * 60;
  const seen = new Int32Array(n).fill(-1);
  const overlap = { hours: 0 };
  for (const p of people) {
    if (p.safetyHold) continue;
    const mine: { list: number[]; key: number; weight: number }[] = [];
    let total = 0;
    let weighted = 0;
    for (const l of numbersIn(p.languagesLo, p.languagesHi)) {
      for (let b = band(p.offset - limit); b <= band(p.offset + limit); b++) {
        const list = lists.get(l * BANDS + b);
        if (!list) continue;
        const weight = 2 / (2 + Math.abs(b - band(p.offset)));
        mine.push({ list, key: l * BANDS + b, weight });
        total += list.length;
        weighted += list.length * weight;
      }
    }
    const found: { other: number; score: number; tie: number }[] = [];
    for (const { list, key, weight } of mine) {
      const quota = total <= budget ? list.length : Math.min(list.length, Math.ceil((budget * list.length * weight) / weighted));
      let at = total <= budget ? 0 : mix32(p.hash ^ key) % list.length;
      for (let k = 0; k < quota; k++, at = at + 1 === list.length ? 0 : at + 1) {
        const other = list[at]!;
        if (seen[other] === p.index) continue;
        seen[other] = p.index;
        const q = people[other]!;
        if (friendFilter(p, q, context, overlap) !== null) continue;
        found.push({ other, score: friendScore(p, q, overlap.hours), tie: hashPair(p.hash, q.hash) ^ hashPair(q.hash, p.hash) });
      }
    }
    found.sort((x, y) => y.score - x.score || y.tie - x.tie || x.other - y.other);
    for (const f of found.slice(0, perPerson)) {
      const i = Math.min(p.index, f.other);
      const j = Math.max(p.index, f.other);
      edges.set(i * n + j, f.score);
    }
  }
  const keys = [...edges.keys()].sort((x, y) => x - y);
  return {
    n,
    a: Int32Array.from(keys, (k) => Math.floor(k / n)),
    b: Int32Array.from(keys, (k) => k % n),
    weight: Int32Array.from(keys, (k) => edges.get(k)!),
  };
}

function totalOf(graph: FriendGraph, mate: Int32Array) {
  let total = 0;
  for (let e = 0; e < graph.a.length; e++) if (mate[graph.a[e]!] === graph.b[e]) total += graph.weight[e]!;
  return total;
}

/** Greedy: heaviest pair first, taken when both are free. */
export function greedyPairs(graph: FriendGraph, tie: (edge: number) => number = () => 0): Int32Array {
  const order = Array.from({ length: graph.a.length }, (_, e) => e).sort(
    (x, y) => graph.weight[y]! - graph.weight[x]! || tie(y) - tie(x) || x - y,
  );
  const mate = new Int32Array(graph.n).fill(-1);
  for (const e of order) {
    const i = graph.a[e]!;
    const j = graph.b[e]!;
    if (graph.weight[e]! <= 0 || mate[i] !== -1 || mate[j] !== -1) continue;
    mate[i] = j;
    mate[j] = i;
  }
  return mate;
}

/** The local search of step 3 (see the top of this file). Returns the improved pairing (mate[i] = partner or −1). */
export function improvePairs(graph: FriendGraph, start: Int32Array, maxPasses = 50): { mate: Int32Array; passes: number } {
  const { n } = graph;
  const mate = start.slice();
  // Adjacency with weights, to re-pair people left alone.
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < graph.a.length; e++) {
    degree[graph.a[e]! + 1]!++;
    degree[graph.b[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const fill = degree.slice(0, n);
  const neighbour = new Int32Array(2 * graph.a.length);
  const neighbourWeight = new Int32Array(2 * graph.a.length);
  for (let e = 0; e < graph.a.length; e++) {
    const i = graph.a[e]!;
    const j = graph.b[e]!;
    neighbour[fill[i]!] = j;
    neighbourWeight[fill[i]!++] = graph.weight[e]!;
    neighbour[fill[j]!] = i;
    neighbourWeight[fill[j]!++] = graph.weight[e]!;
  }
  const weightOf = (i: number, j: number) => {
    if (i < 0 || j < 0) return 0;
    for (let k = degree[i]!; k < degree[i + 1]!; k++) if (neighbour[k] === j) return neighbourWeight[k]!;
    return -1;
  };
  // The score of each person's current pair (0 when alone), kept up to date, so the moves below
  // never search an adjacency list for it.
  const pairWeight = new Int32Array(n);
  for (let i = 0; i < n; i++) pairWeight[i] = mate[i]! >= 0 ? weightOf(i, mate[i]!) : 0;
  /**
   * The best new partner for i, someone left alone by a move: a free person
   * (gain = the pair's score) or someone already paired, whose partner is then
   * left alone (gain = the new pair's score minus the broken one's). Nobody in
   * `excluded`, nor anyone paired with them; `freed` counts as free (the other
   * repair has just taken their partner). Returns [partner, gain, the new pair's score].
   */
  const bestRepair = (i: number, excluded: number[], freed = -1): [number, number, number] => {
    let best = -1;
    let bestGain = 0;
    let bestWeight = 0;
    for (let k = degree[i]!; k < degree[i + 1]!; k++) {
      const j = neighbour[k]!;
      const free = mate[j] === -1 || j === freed;
      if (excluded.includes(j) || (!free && excluded.includes(mate[j]!))) continue;
      const gain = neighbourWeight[k]! - (free ? 0 : pairWeight[j]!);
      if (gain > bestGain) {
        best = j;
        bestGain = gain;
        bestWeight = neighbourWeight[k]!;
      }
    }
    return [best, bestGain, bestWeight];
  };

  let passes = 0;
  for (let improved = true; improved && passes < maxPasses; passes++) {
    improved = false;
    for (let e = 0; e < graph.a.length; e++) {
      const u = graph.a[e]!;
      const v = graph.b[e]!;
      if (mate[u] === v) continue;
      const u2 = mate[u]!;
      const v2 = mate[v]!;
      const lost = pairWeight[u]! + pairWeight[v]!;
      const away = [u, v, u2, v2];
      // The two people left alone (u2, v2): together, or each with the best partner they can
      // find (free, or taken from someone else, who is then left alone), or alone.
      let repair = 0;
      let plan: [number, number, number][] = [];
      if (u2 >= 0 && v2 >= 0) {
        const together = weightOf(u2, v2);
        if (together > repair) {
          repair = together;
          plan = [[u2, v2, together]];
        }
      }
      const [ru, gu, wu] = u2 >= 0 ? bestRepair(u2, away) : [-1, 0, 0];
      const [rv, gv, wv] = v2 >= 0 ? (ru >= 0 ? bestRepair(v2, [...away, ru], mate[ru]!) : bestRepair(v2, away)) : [-1, 0, 0];
      if (gu + gv > repair) {
        repair = gu + gv;
        plan = [];
        if (ru >= 0) plan.push([u2, ru, wu]);
        if (rv >= 0) plan.push([v2, rv, wv]);
      }
      if (graph.weight[e]! + repair - lost <= 0) continue;
      // Apply: break u's and v's pairs, pair u with v, then the repairs (each may break one more pair).
      const pair = (x: number, y: number, w: number) => {
        mate[x] = y;
        mate[y] = x;
        pairWeight[x] = w;
        pairWeight[y] = w;
      };
      const leave = (x: number) => {
        mate[x] = -1;
        pairWeight[x] = 0;
      };
      if (u2 >= 0) leave(u2);
      if (v2 >= 0) leave(v2);
      pair(u, v, graph.weight[e]!);
      for (const [x, y, w] of plan) {
        if (mate[y] !== -1 && mate[mate[y]!] === y) leave(mate[y]!);
        pair(x, y, w);
      }
      improved = true;
    }
  }
  return { mate, passes };
}

/**
 * The exact best pairing by dynamic programming over subsets: f(S) is the
 * best total within S; the lowest person of S is either alone or paired with
 * someone in S. 2ⁿ states × n choices — only for small pools (n ≤ 20).
 */
export function exactFriendPairs(graph: FriendGraph): { objective: number; mate: Int32Array } {
  const { n } = graph;
  if (n > 20) throw new RangeError("exactFriendPairs is for n ≤ 20.");
  const w = new Int32Array(n * n).fill(-1);
  for (let e = 0; e < graph.a.length; e++) {
    w[graph.a[e]! * n + graph.b[e]!] = graph.weight[e]!;
    w[graph.b[e]! * n + graph.a[e]!] = graph.weight[e]!;
  }
  const size = 1 << n;
  const best = new Int32Array(size);
  const choice = new Int32Array(size).fill(-1);
  for (let set = 1; set < size; set++) {
    const i = 31 - Math.clz32(set & -set);
    const rest = set & ~(1 << i);
    best[set] = best[rest]!;
    choice[set] = -1;
    for (let j = i + 1; j < n; j++) {
      if (!(rest & (1 << j)) || w[i * n + j]! < 0) continue;
      const value = w[i * n + j]! + best[rest & ~(1 << j)]!;
      if (value > best[set]!) {
        best[set] = value;
        choice[set] = j;
      }
    }
  }
  const mate = new Int32Array(n).fill(-1);
  for (let set = size - 1; set > 0; ) {
    const i = 31 - Math.clz32(set & -set);
    const j = choice[set]!;
    set &= ~(1 << i);
    if (j >= 0) {
      mate[i] = j;
      mate[j] = i;
      set &= ~(1 << j);
    }
  }
  return { objective: best[size - 1]!, mate };
}
