/**
 * A circle round: who sits in which circle.
 *
 * 1. Candidates: every admissible (seeker, circle) pair with its fit 0–100;
 *    each seeker keeps their best `perSeeker` circles.
 * 2. Assignment, exact: seekers → circles with seats as capacities, solved by
 *    the project's min-cost-flow engine (solve/min-cost-flow.ts). It maximises
 *    Σ fit + PRIORITY_BONUS per priority seeker placed: the bonus is larger
 *    than any fit, so seating one more priority seeker always wins, and among
 *    the ways that do, the total fit is the most (tests check it against HiGHS).
 * 3. Repair: two people who must never share a circle (a block or an ending
 *    between them) are separated; the lower-fit one moves or waits (someone
 *    without priority before someone with it).
 * 4. Local search on the whole objective, fit + μ × how well members fit each
 *    other: moves into free seats and swaps between circles, kept only when
 *    the total grows and nobody ends up beside someone they must not. A swap
 *    never sends a priority seeker back to waiting for someone without it.
 * 5. A proposed circle that cannot reach four is closed for this round (the
 *    least filled first) and the whole is solved again without it; its
 *    people are placed elsewhere or wait for the next round.
 * 6. Priority last word: a priority seeker still waiting takes a free seat
 *    they fit, or the seat of someone without priority in a circle they fit
 *    (who moves to another free seat or waits) — so after the round nobody
 *    without priority holds a seat a waiting priority seeker could have had.
 */
import { solveTransport, type TransportProblem } from "../solve/min-cost-flow";
import {
  CIRCLE_FILTERS,
  type CircleContext,
  type CircleFilterName,
  circleFit,
  circleFilter,
  conflict,
  insideWeek,
  createCircleContext,
  explainPlacement,
  memberFit,
  type PreparedCircle,
  type PreparedCircleSeeker,
  prepareCircle,
  prepareSeeker,
} from "./fit";
import { type CircleCohort, MIN_CIRCLE_SIZE } from "./types";

export interface CircleRoundOptions {
  /** Weight of the member↔member term against the seeker↔circle fit. */
  groupWeight: number;
  /** Circles each seeker keeps as candidates. */
  perSeeker: number;
  /** Passes of local search at most. */
  maxPasses: number;
}

export const DEFAULT_CIRCLE_ROUND_OPTIONS: CircleRoundOptions = { groupWeight: 0.5, perSeeker: 30, maxPasses: 20 };

/**
 * Points a priority seeker's placement is worth on top of their fit in the
 * exact assignment. Fits are 0–100, so this outweighs any difference in fit:
 * the assignment seats as many priority seekers as the seats and filters allow.
 */
export const PRIORITY_BONUS = 1000;

/** The words a priority seeker reads with their placement: why they were seated first, with no blame on anyone. */
export const PRIORITY_REASON = "You were placed first this time, because your last circle ended sooner than it should have.";

export interface CandidatePair {
  seekerId: string;
  circleId: string;
  score: number;
}

export interface Placement {
  seekerId: string;
  circleId: string;
  score: number;
  reasons: string[];
}

export interface CircleRoundTotals {
  seekers: number;
  placed: number;
  sharePlaced: number;
  /** Σ seeker↔circle fit of the placements. */
  fit: number;
  /** Σ over circles of the member↔member term (mean fit of each new member with the others, summed). */
  group: number;
  /** fit + μ × group. */
  objective: number;
  circlesOpened: number;
  /** Mean fit (0 unplaced) of the last-arriving tenth ÷ the first tenth. */
  lateEarlyRatio: number;
  /** Seekers marked priority, and how many of them were placed. */
  prioritySeekers: number;
  priorityPlaced: number;
  /** Counted, not assumed. */
  feasibility: { overSeats: number; placedTwice: number; outsideCandidates: number; conflictsInside: number; openedUnderFour: number };
}

export interface CircleRoundResult {
  format: "alongside-circle-round/1";
  referenceDate: string;
  groupWeight: number;
  circles: { id: string; seats: number; members: number; targetSize: number; maxSize: number; status: string }[];
  candidates: CandidatePair[];
  /**
   * The exact assignment on the final set of circles, before repair and local
   * search: its Σ fit, and how many priority seekers it seated (each worth
   * PRIORITY_BONUS more in what the solver maximised).
   */
  assignment: { placements: CandidatePair[]; objective: number; priorityPlaced: number };
  final: Placement[];
  closedCircleIds: string[];
  excluded: Record<CircleFilterName, number>;
  totals: CircleRoundTotals;
  passes: number;
}

export interface PreparedRound {
  context: CircleContext;
  seekers: PreparedCircleSeeker[];
  circles: PreparedCircle[];
  /** Candidate edges: seeker index, circle index, score (sorted by seeker, then best first). */
  edgeSeeker: Int32Array;
  edgeCircle: Int32Array;
  edgeScore: Int32Array;
  excluded: Record<CircleFilterName, number>;
}

/** Hard filters and fits for every pair, keeping each seeker's best `perSeeker` circles. */
export function prepareRound(cohort: CircleCohort, perSeeker = DEFAULT_CIRCLE_ROUND_OPTIONS.perSeeker): PreparedRound {
  const context = createCircleContext(cohort);
  const seekers = [...cohort.seekers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s, i) => prepareSeeker(s, i, context));
  const circles = [...cohort.circles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((c, i) => prepareCircle(c, i, context));
  const excluded = Object.fromEntries(CIRCLE_FILTERS.map((f) => [f, 0])) as Record<CircleFilterName, number>;
  // Circles by language and by the first quarter-hour of their session in the UTC week: a seeker looks
  // only at sessions starting in a quarter they offered, checks each distinct session time once against
  // their windows, and filters further only the circles at a time that fits.
  type Slot = { quarters: Uint32Array; circles: PreparedCircle[] };
  const byStart = new Map<string, Map<number, Map<string, Slot>>>();
  for (const c of circles) {
    if (c.seats <= 0) continue;
    let starts = byStart.get(c.circle.language);
    if (!starts) byStart.set(c.circle.language, (starts = new Map()));
    const first = firstQuarter(c.quarters);
    let slots = starts.get(first);
    if (!slots) starts.set(first, (slots = new Map()));
    const key = c.quarters.join(",");
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { quarters: c.quarters, circles: [] }));
    slot.circles.push(c);
  }
  const es: number[] = [];
  const ec: number[] = [];
  const ew: number[] = [];
  const kept: { c: number; w: number }[] = [];
  for (const s of seekers) {
    kept.length = 0;
    const offered = quartersOf(s.quarters);
    for (const language of new Set(s.profile.languages)) {
      const starts = byStart.get(language);
      if (!starts) continue;
      for (const q of offered) {
        for (const slot of starts.get(q)?.values() ?? []) {
          if (!insideWeek(slot.quarters, s.quarters)) continue;
          for (const c of slot.circles) {
            const failed = circleFilter(s, c, context);
            if (failed) {
              excluded[failed]++;
              continue;
            }
            kept.push({ c: c.index, w: circleFit(s, c) });
          }
        }
      }
    }
    // Only the best `perSeeker` are sorted: scores are 0–100, so a count per score finds the cut.
    let best = kept;
    if (kept.length > perSeeker) {
      const perScore = new Int32Array(101);
      for (const k of kept) perScore[k.w]!++;
      let cut = 100;
      for (let n = perScore[100]!; n < perSeeker && cut > 0; ) n += perScore[--cut]!;
      best = kept.filter((k) => k.w >= cut);
    }
    best.sort((a, b) => b.w - a.w || circles[a.c]!.hash - circles[b.c]!.hash || a.c - b.c);
    for (const k of best.slice(0, perSeeker)) {
      es.push(s.index);
      ec.push(k.c);
      ew.push(k.w);
    }
  }
  return { context, seekers, circles, edgeSeeker: Int32Array.from(es), edgeCircle: Int32Array.from(ec), edgeScore: Int32Array.from(ew), excluded };
}

/** The first quarter of a session (a session wrapping past the week's end starts late on Sunday). */
function firstQuarter(words: Uint32Array): number {
  const all = quartersOf(words);
  if (all.length === 0) return -1;
  // A wrapped session holds quarter 0 and the last one: its start is after the gap.
  for (let i = 1; i < all.length; i++) if (all[i]! !== all[i - 1]! + 1) return all[i]!;
  return all[0]!;
}

function quartersOf(words: Uint32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < words.length; w++) {
    let x = words[w]!;
    while (x !== 0) {
      const bit = 31 - Math.clz32(x & -x);
      out.push(w * 32 + bit);
      x &= x - 1;
    }
  }
  return out;
}

/**
 * The exact max-fit assignment over the candidate edges whose circle is in
 * `open` (seats as capacities). Returns, per seeker, the chosen edge or −1.
 * The solver's rows are units of the scarcer side (seats when there are
 * fewer seats than seekers): a search from a scarce unit ends quickly.
 */
export function exactAssignment(round: PreparedRound, open: Uint8Array): Int32Array {
  const { seekers, circles, edgeSeeker, edgeCircle, edgeScore } = round;
  const live: number[] = [];
  for (let e = 0; e < edgeSeeker.length; e++) if (open[edgeCircle[e]!] && circles[edgeCircle[e]!]!.seats > 0) live.push(e);
  const hasEdge = new Uint8Array(seekers.length);
  const circleHasEdge = new Uint8Array(circles.length);
  for (const e of live) {
    hasEdge[edgeSeeker[e]!] = 1;
    circleHasEdge[edgeCircle[e]!] = 1;
  }
  let seats = 0;
  for (let c = 0; c < circles.length; c++) if (circleHasEdge[c]) seats += circles[c]!.seats;
  const seekerCount = hasEdge.reduce((a, b) => a + b, 0);
  const rowsAreCircles = seats < seekerCount;
  const rowOf = rowsAreCircles ? edgeCircle : edgeSeeker;
  const colOf = rowsAreCircles ? edgeSeeker : edgeCircle;
  const rows = rowsAreCircles ? circles.length : seekers.length;
  const cols = rowsAreCircles ? seekers.length : circles.length;
  // Counting sort of the live edges by row.
  const rowStart = new Int32Array(rows + 1);
  for (const e of live) rowStart[rowOf[e]! + 1]!++;
  for (let r = 0; r < rows; r++) rowStart[r + 1]! += rowStart[r]!;
  const fill = rowStart.slice(0, rows);
  const original = new Int32Array(live.length);
  const edgeCol = new Int32Array(live.length);
  const edgeCost = new Float64Array(live.length);
  // Integer costs; a small seeded tie-break per pair (below one point over any assignment) singles out one optimum.
  const scale = (seekers.length + 1) * 64;
  for (const e of live) {
    const i = fill[rowOf[e]!]!++;
    original[i] = e;
    edgeCol[i] = colOf[e]!;
    const bonus = seekers[edgeSeeker[e]!]!.profile.priority ? PRIORITY_BONUS : 0;
    edgeCost[i] = -(edgeScore[e]! + bonus) * scale - (tieBreak(seekers[edgeSeeker[e]!]!.hash, circles[edgeCircle[e]!]!.hash) % 64);
  }
  const seatsOf = Int32Array.from(circles, (c) => (open[c.index] ? c.seats : 0));
  const problem: TransportProblem = {
    rows,
    cols,
    rowStart,
    edgeCol,
    edgeCost,
    supply: rowsAreCircles ? seatsOf : new Int32Array(rows).fill(1),
    dummyBase: new Float64Array(rows),
    dummyStep: new Float64Array(rows),
    capacity: rowsAreCircles ? new Int32Array(cols).fill(1) : seatsOf,
    seatBase: new Float64Array(cols),
    seatStep: new Float64Array(cols),
  };
  const { flow } = solveTransport(problem);
  const chosen = new Int32Array(seekers.length).fill(-1);
  for (let i = 0; i < live.length; i++) if (flow[i] === 1) chosen[edgeSeeker[original[i]!]!] = original[i]!;
  return chosen;
}

function tieBreak(a: number, b: number) {
  return (Math.imul(a ^ 0x9e3779b9, 0x27d4eb2f) ^ b) >>> 0;
}

/**
 * Where each seeker sits (circle index or −1), with each seated person's sum
 * of fits with everyone else in their circle, so a change's effect on the
 * member↔member term is computed from the people it touches only.
 */
class Seating {
  readonly circleOf: Int32Array;
  readonly fitOf: Int32Array;
  /** New members of each circle (seeker indices). */
  readonly inCircle: number[][];
  /** Each seeker's candidate circles and fits. */
  readonly options: Map<number, number>[];
  /** 1 for a seeker marked priority. */
  readonly priority: Uint8Array;
  private readonly sum: Float64Array;
  private readonly cnt: Int32Array;

  constructor(
    private readonly round: PreparedRound,
    readonly open: Uint8Array,
    readonly mu: number,
  ) {
    const n = round.seekers.length;
    this.circleOf = new Int32Array(n).fill(-1);
    this.fitOf = new Int32Array(n);
    this.sum = new Float64Array(n);
    this.cnt = new Int32Array(n);
    this.inCircle = round.circles.map(() => []);
    this.priority = Uint8Array.from(round.seekers, (s) => (s.profile.priority ? 1 : 0));
    this.options = Array.from({ length: n }, () => new Map());
    for (let e = 0; e < round.edgeSeeker.length; e++) {
      if (open[round.edgeCircle[e]!]) this.options[round.edgeSeeker[e]!]!.set(round.edgeCircle[e]!, round.edgeScore[e]!);
    }
  }

  private f(a: number, b: number) {
    return memberFit(this.round.seekers[a]!, this.round.seekers[b]!);
  }

  private existingSum(s: number, c: number) {
    const person = this.round.seekers[s]!;
    let total = 0;
    for (const m of this.round.circles[c]!.members) total += memberFit(person, m);
    return total;
  }

  seat(s: number, c: number) {
    let total = this.existingSum(s, c);
    for (const t of this.inCircle[c]!) {
      const fit = this.f(s, t);
      total += fit;
      this.sum[t]! += fit;
      this.cnt[t]!++;
    }
    this.sum[s] = total;
    this.cnt[s] = this.round.circles[c]!.members.length + this.inCircle[c]!.length;
    this.circleOf[s] = c;
    this.fitOf[s] = this.options[s]!.get(c)!;
    this.inCircle[c]!.push(s);
  }

  unseat(s: number) {
    const c = this.circleOf[s]!;
    if (c < 0) return;
    const list = this.inCircle[c]!;
    list.splice(list.indexOf(s), 1);
    for (const t of list) {
      this.sum[t]! -= this.f(s, t);
      this.cnt[t]!--;
    }
    this.circleOf[s] = -1;
    this.fitOf[s] = 0;
    this.sum[s] = 0;
    this.cnt[s] = 0;
  }

  free(c: number) {
    return this.round.circles[c]!.seats - this.inCircle[c]!.length;
  }

  /** Whether s may sit with the new members of c (ignoring `except`). */
  compatible(s: number, c: number, except = -1): boolean {
    const person = this.round.seekers[s]!;
    for (const t of this.inCircle[c]!) if (t !== except && t !== s && conflict(person, this.round.seekers[t]!, this.round.context)) return false;
    return true;
  }

  /** The member↔member term of a seated s: mean fit with everyone else in their circle. */
  group(s: number): number {
    return this.cnt[s]! === 0 ? 0 : this.sum[s]! / this.cnt[s]!;
  }

  /** fit + μ·group of s were it in c, with `except` gone from c and `plus` added. */
  valueIn(s: number, c: number, except = -1, plus = -1): number {
    let total = this.existingSum(s, c);
    let n = this.round.circles[c]!.members.length;
    for (const t of this.inCircle[c]!) {
      if (t === s || t === except) continue;
      total += this.f(s, t);
      n++;
    }
    if (plus >= 0) {
      total += this.f(s, plus);
      n++;
    }
    return this.options[s]!.get(c)! + this.mu * (n === 0 ? 0 : total / n);
  }

  /** Current fit + μ·group of a seated s. */
  value(s: number): number {
    return this.fitOf[s]! + this.mu * this.group(s);
  }

  /** μ × the change of the others' term in c when `leaving` goes (−1: nobody) and `coming` comes (−1: nobody). */
  othersDelta(c: number, leaving: number, coming: number): number {
    if (c < 0) return 0;
    let delta = 0;
    for (const t of this.inCircle[c]!) {
      if (t === leaving || t === coming) continue;
      const before = this.group(t);
      let sum = this.sum[t]!;
      let cnt = this.cnt[t]!;
      if (leaving >= 0) {
        sum -= this.f(t, leaving);
        cnt--;
      }
      if (coming >= 0) {
        sum += this.f(t, coming);
        cnt++;
      }
      delta += (cnt === 0 ? 0 : sum / cnt) - before;
    }
    return this.mu * delta;
  }

  /** Whether one person leaving c would leave a proposed circle with one to three people. */
  wouldFallBelowFour(c: number): boolean {
    const circle = this.round.circles[c]!.circle;
    const after = circle.members.length + this.inCircle[c]!.length - 1;
    return circle.status === "proposed" && after > 0 && after < MIN_CIRCLE_SIZE;
  }

  /** Σ over circles of the mean fit of each new member with the others. */
  groupTotal(): number {
    let total = 0;
    for (let s = 0; s < this.circleOf.length; s++) if (this.circleOf[s]! >= 0) total += this.group(s);
    return total;
  }
}

/** Of two seated people, whether s gives way before t: someone without priority first, then the lower fit, then the later index. */
function yieldsFirst(seating: Seating, s: number, t: number): boolean {
  if (seating.priority[s] !== seating.priority[t]) return seating.priority[s]! < seating.priority[t]!;
  return seating.fitOf[s]! < seating.fitOf[t]! || (seating.fitOf[s] === seating.fitOf[t] && s > t);
}

/** Separates people who must not share a circle: the lower-fit one moves to their best compatible circle with a seat, or waits. */
function repairConflicts(seating: Seating, round: PreparedRound) {
  for (let c = 0; c < round.circles.length; c++) {
    for (;;) {
      const list = seating.inCircle[c]!;
      let worst = -1;
      for (const s of list) {
        if (!seating.compatible(s, c)) {
          if (worst < 0 || yieldsFirst(seating, s, worst)) worst = s;
        }
      }
      if (worst < 0) break;
      seating.unseat(worst);
      let best = -1;
      let bestValue = -Infinity;
      for (const [other, fit] of seating.options[worst]!) {
        if (other === c || seating.free(other) <= 0 || !seating.compatible(worst, other)) continue;
        if (fit > bestValue || (fit === bestValue && other < best)) [best, bestValue] = [other, fit];
      }
      if (best >= 0) seating.seat(worst, best);
      // The seat freed goes to the best waiting person who may take it, someone with priority first.
      let waiting = -1;
      let waitingFit = -1;
      for (let s = 0; s < round.seekers.length; s++) {
        if (s === worst || seating.circleOf[s]! >= 0) continue;
        const fit = seating.options[s]!.get(c);
        if (fit === undefined || !seating.compatible(s, c)) continue;
        const rank = fit + seating.priority[s]! * PRIORITY_BONUS;
        if (rank <= waitingFit) continue;
        [waiting, waitingFit] = [s, rank];
      }
      if (waiting >= 0) seating.seat(waiting, c);
    }
  }
}

/**
 * Local search: for each seeker, try each of their candidate circles — a
 * move into a free seat, or a swap with a new member there (who then takes
 * this seeker's place, or waits when this seeker was waiting). A change is
 * kept when the whole objective grows by more than a hundredth of a point,
 * so the search cannot cycle and stops.
 */
/** A swap may give up at most this many points of the two people's own fit (more is never won back by the group term in practice). */
const MAX_FIT_GIVEN_UP = 12;

function localSearch(seating: Seating, round: PreparedRound, maxPasses: number): number {
  const n = round.seekers.length;
  let passes = 0;
  while (passes < maxPasses) {
    passes++;
    let improved = 0;
    for (let s = 0; s < n; s++) {
      for (const [to] of seating.options[s]!) {
        const from = seating.circleOf[s]!;
        if (to === from) continue;
        const here = from < 0 ? 0 : seating.value(s);
        if (seating.free(to) > 0) {
          // Never leave a proposed circle with one to three people: it could not open.
          if (from >= 0 && seating.wouldFallBelowFour(from)) continue;
          if (!seating.compatible(s, to)) continue;
          const delta = seating.valueIn(s, to) - here + seating.othersDelta(from, s, -1) + seating.othersDelta(to, -1, s);
          if (delta > 0.01) {
            seating.unseat(s);
            seating.seat(s, to);
            improved++;
          }
          continue;
        }
        for (const t of seating.inCircle[to]!) {
          // Swap: s takes t's seat; t takes s's seat (if s had one and t may sit there) or waits.
          // The neighbourhood: swaps that cost the two people little of their own fit (the group term moves by a few points at most).
          if (seating.fitOf[s]! - seating.options[s]!.get(to)! + seating.fitOf[t]! - (from >= 0 ? (seating.options[t]!.get(from) ?? -1000) : 0) > MAX_FIT_GIVEN_UP) continue;
          // A waiting seeker never takes the seat of someone with priority unless they have it too.
          if (from < 0 && seating.priority[t]! > seating.priority[s]!) continue;
          if (!seating.compatible(s, to, t)) continue;
          if (from >= 0 && (!seating.options[t]!.has(from) || !seating.compatible(t, from, s))) continue;
          const delta =
            seating.valueIn(s, to, t) -
            here +
            (from >= 0 ? seating.valueIn(t, from, s) : 0) -
            seating.value(t) +
            seating.othersDelta(to, t, s) +
            seating.othersDelta(from, s, t);
          if (delta > 0.01) {
            seating.unseat(s);
            seating.unseat(t);
            seating.seat(s, to);
            if (from >= 0) seating.seat(t, from);
            improved++;
            break;
          }
        }
      }
    }
    if (improved === 0) break;
  }
  return passes;
}

/** Whether seating one more person in c keeps the rule of four: an open circle, or a proposed one that has (or reaches) four. */
function mayTakeOneMore(seating: Seating, round: PreparedRound, c: number): boolean {
  return round.circles[c]!.circle.status !== "proposed" || sizeOf(seating, round, c) + 1 >= MIN_CIRCLE_SIZE;
}

/**
 * The priority seekers' last word, after local search: each one still
 * waiting takes their best free seat that keeps the rule of four, or else
 * the seat of the lowest-fit person without priority in a circle they fit
 * and may sit in (that person moves to their best free seat, or waits).
 * Every change seats one more priority seeker and unseats none, so it ends.
 */
function seatPriority(seating: Seating, round: PreparedRound) {
  for (let changed = true; changed; ) {
    changed = false;
    for (let p = 0; p < round.seekers.length; p++) {
      if (!seating.priority[p] || seating.circleOf[p]! >= 0) continue;
      if (takeFreeSeat(seating, round, p)) {
        changed = true;
        continue;
      }
      let best: { c: number; t: number } | null = null;
      for (const [c] of seating.options[p]!) {
        for (const t of seating.inCircle[c]!) {
          if (seating.priority[t] || !seating.compatible(p, c, t)) continue;
          if (!best || seating.fitOf[t]! < seating.fitOf[best.t]!) best = { c, t };
        }
        if (best) break; // Options run best fit first: the best circle with a seat to give wins.
      }
      if (!best) continue;
      seating.unseat(best.t);
      seating.seat(p, best.c);
      takeFreeSeat(seating, round, best.t);
      changed = true;
    }
  }
}

/** Seats s in their best-fitting circle with a free seat they may sit in; says whether it did. */
function takeFreeSeat(seating: Seating, round: PreparedRound, s: number): boolean {
  for (const [c] of seating.options[s]!) {
    if (seating.free(c) > 0 && mayTakeOneMore(seating, round, c) && seating.compatible(s, c)) {
      seating.seat(s, c);
      return true;
    }
  }
  return false;
}

/** Size of circle c once seated: existing members plus new ones. */
function sizeOf(seating: Seating, round: PreparedRound, c: number) {
  return round.circles[c]!.circle.members.length + seating.inCircle[c]!.length;
}

export function runCircleRound(cohort: CircleCohort, options: Partial<CircleRoundOptions> = {}): CircleRoundResult {
  const opts = { ...DEFAULT_CIRCLE_ROUND_OPTIONS, ...options };
  const round = prepareRound(cohort, opts.perSeeker);
  const { circles, seekers } = round;
  const open = new Uint8Array(circles.length).fill(1);
  const closed: string[] = [];
  let seating: Seating;
  let assignment: Int32Array;
  let passes = 0;
  // Assignment and repair until every proposed circle that gets anyone reaches four; then local search once.
  for (;;) {
    assignment = exactAssignment(round, open);
    seating = new Seating(round, open, opts.groupWeight);
    for (let s = 0; s < seekers.length; s++) if (assignment[s]! >= 0) seating.seat(s, round.edgeCircle[assignment[s]!]!);
    repairConflicts(seating, round);
    // A proposed circle with new people but fewer than four in all cannot open: close the least filled.
    let smallest = Infinity;
    for (let c = 0; c < circles.length; c++) {
      if (!open[c] || seating.inCircle[c]!.length === 0 || circles[c]!.circle.status !== "proposed") continue;
      const size = sizeOf(seating, round, c);
      if (size < MIN_CIRCLE_SIZE) smallest = Math.min(smallest, size);
    }
    if (smallest === Infinity) break;
    for (let c = 0; c < circles.length; c++) {
      if (!open[c] || seating.inCircle[c]!.length === 0 || circles[c]!.circle.status !== "proposed") continue;
      if (sizeOf(seating, round, c) === smallest) {
        open[c] = 0;
        closed.push(circles[c]!.circle.id);
      }
    }
  }
  passes = localSearch(seating, round, opts.maxPasses);
  seatPriority(seating, round);

  const candidates: CandidatePair[] = [];
  for (let e = 0; e < round.edgeSeeker.length; e++) {
    const c = round.edgeCircle[e]!;
    if (!open[c]) continue;
    candidates.push({ seekerId: seekers[round.edgeSeeker[e]!]!.profile.id, circleId: circles[c]!.circle.id, score: round.edgeScore[e]! });
  }
  const before: CandidatePair[] = [];
  let assignmentObjective = 0;
  let priorityPlaced = 0;
  for (let s = 0; s < seekers.length; s++) {
    const e = assignment[s]!;
    if (e < 0) continue;
    before.push({ seekerId: seekers[s]!.profile.id, circleId: circles[round.edgeCircle[e]!]!.circle.id, score: round.edgeScore[e]! });
    assignmentObjective += round.edgeScore[e]!;
    if (seekers[s]!.profile.priority) priorityPlaced++;
  }
  const final: Placement[] = [];
  for (let s = 0; s < seekers.length; s++) {
    const c = seating.circleOf[s]!;
    if (c < 0) continue;
    const others = [...circles[c]!.members, ...seating.inCircle[c]!.filter((t) => t !== s).map((t) => seekers[t]!)];
    final.push({
      seekerId: seekers[s]!.profile.id,
      circleId: circles[c]!.circle.id,
      score: seating.fitOf[s]!,
      reasons: [...explainPlacement(seekers[s]!, circles[c]!, round.context, others), ...(seekers[s]!.profile.priority ? [PRIORITY_REASON] : [])],
    });
  }
  const circleOfSeeker = new Map(final.map((p) => [p.seekerId, p.circleId]));
  return {
    format: "alongside-circle-round/1",
    referenceDate: cohort.referenceDate,
    groupWeight: opts.groupWeight,
    circles: circles.map((c) => ({
      id: c.circle.id,
      seats: open[c.index] ? c.seats : 0,
      members: c.circle.members.length,
      targetSize: c.circle.targetSize,
      maxSize: c.circle.maxSize,
      status: c.circle.status,
    })),
    candidates,
    assignment: { placements: before, objective: assignmentObjective, priorityPlaced },
    final,
    closedCircleIds: closed,
    excluded: round.excluded,
    totals: totalsOf(cohort, round, circleOfSeeker, candidates, opts.groupWeight),
    passes,
  };
}

/**
 * Totals of any placement (the round's or a baseline's) on the same cohort:
 * fit, the member↔member term, circles opened, the late/early ratio, and
 * feasibility counted — seats, doubles, pairs outside the candidates,
 * conflicts inside a circle, circles opened under four.
 */
export function totalsOf(
  cohort: CircleCohort,
  round: PreparedRound,
  circleOfSeeker: ReadonlyMap<string, string>,
  candidates: readonly CandidatePair[],
  groupWeight: number,
): CircleRoundTotals {
  const circleById = new Map(round.circles.map((c) => [c.circle.id, c]));
  const seekerById = new Map(round.seekers.map((s) => [s.profile.id, s]));
  const fitOf = new Map(candidates.map((p) => [`${p.seekerId}|${p.circleId}`, p.score]));
  const byCircle = new Map<string, PreparedCircleSeeker[]>();
  let fit = 0;
  let outside = 0;
  for (const [seekerId, circleId] of circleOfSeeker) {
    const score = fitOf.get(`${seekerId}|${circleId}`);
    if (score === undefined) outside++;
    else fit += score;
    (byCircle.get(circleId) ?? byCircle.set(circleId, []).get(circleId)!).push(seekerById.get(seekerId)!);
  }
  let group = 0;
  let overSeats = 0;
  let conflicts = 0;
  let opened = 0;
  let underFour = 0;
  for (const [circleId, people] of byCircle) {
    const circle = circleById.get(circleId)!;
    if (people.length > circle.seats) overSeats += people.length - circle.seats;
    const all = [...circle.members, ...people];
    for (const p of people) {
      const others = all.filter((o) => o !== p);
      if (others.length > 0) group += others.reduce((sum, o) => sum + memberFit(p, o), 0) / others.length;
      for (const o of others) if (conflict(p, o, round.context)) conflicts++;
    }
    if (all.length >= MIN_CIRCLE_SIZE) {
      if (circle.circle.status === "proposed") opened++;
    } else if (circle.circle.status === "proposed") underFour++;
  }
  const arrivals = [...round.seekers].sort((a, b) => a.waitingSince - b.waitingSince || a.hash - b.hash);
  const tenth = Math.max(1, Math.floor(arrivals.length / 10));
  const meanFit = (list: PreparedCircleSeeker[]) =>
    list.reduce((sum, s) => {
      const c = circleOfSeeker.get(s.profile.id);
      return sum + (c ? (fitOf.get(`${s.profile.id}|${c}`) ?? 0) : 0);
    }, 0) / Math.max(1, list.length);
  const early = meanFit(arrivals.slice(0, tenth));
  const late = meanFit(arrivals.slice(-tenth));
  const priority = round.seekers.filter((s) => s.profile.priority);
  return {
    seekers: cohort.seekers.length,
    placed: circleOfSeeker.size,
    sharePlaced: cohort.seekers.length === 0 ? 0 : circleOfSeeker.size / cohort.seekers.length,
    fit,
    group: Math.round(group * 100) / 100,
    objective: Math.round((fit + groupWeight * group) * 100) / 100,
    circlesOpened: opened,
    lateEarlyRatio: early === 0 ? 0 : Math.round((late / early) * 1000) / 1000,
    prioritySeekers: priority.length,
    priorityPlaced: priority.filter((s) => circleOfSeeker.has(s.profile.id)).length,
    feasibility: { overSeats, placedTwice: 0, outsideCandidates: outside, conflictsInside: conflicts / 2, openedUnderFour: underFour },
  };
}

export type { CircleFilterName };
