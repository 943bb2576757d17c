/**
 * The two ways rounds are usually done, run on the same candidate graph so a
 * moderator can see what the exact solve gains:
 *
 * - first-come-first-served: seekers in arrival order (longest waiting first),
 *   each takes their best-scoring mentor who still has a place — what most
 *   peer platforms do, and what hands the best mentors to early arrivals;
 * - greedy: all pairs from the highest score down, each taken when both
 *   people are still free.
 *
 * Ties are broken by the same seeded pair hash as the exact solve.
 */
import type { CandidateGraph } from "../candidates";
import * as random from "../random";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { hashPair } = random;

/** Seekers in arrival order: waited longest first, then by seeded hash. */
export function arrivalOrder(graph: CandidateGraph): Int32Array {
  const order = Int32Array.from(graph.seekers, (_, i) => i);
  return order.sort((a, b) => {
    const sa = graph.seekers[a]!;
    const sb = graph.seekers[b]!;
    return sb.daysWaiting - sa.daysWaiting || sa.hash - sb.hash || a - b;
  });
}

const pairHash = (graph: CandidateGraph, e: number) => hashPair(graph.seekers[graph.seeker[e]!]!.hash, graph.mentors[graph.mentor[e]!]!.hash);

export function firstComeFirstServed(graph: CandidateGraph): Int32Array {
  const free = Int32Array.from(graph.mentors, (m) => m.freePlaces);
  const start = new Int32Array(graph.seekers.length + 1);
  for (let e = 0; e < graph.size; e++) start[graph.seeker[e]! + 1]!++;
  for (let s = 0; s < graph.seekers.length; s++) start[s + 1]! += start[s]!;
  const chosen: number[] = [];
  for (const s of arrivalOrder(graph)) {
    let best = -1;
    let bestScore = -1;
    let bestHash = -1;
    for (let e = start[s]!; e < start[s + 1]!; e++) {
      if (free[graph.mentor[e]!]! <= 0) continue;
      const score = graph.score[e]!;
      if (score < bestScore) continue;
      const hash = pairHash(graph, e);
      if (score > bestScore || hash > bestHash) {
        best = e;
        bestScore = score;
        bestHash = hash;
      }
    }
    if (best >= 0) {
      free[graph.mentor[best]!]!--;
      chosen.push(best);
    }
  }
  return Int32Array.from(chosen).sort();
}

export function greedyByScore(graph: CandidateGraph): Int32Array {
  const { size } = graph;
  // One sortable number per pair: score, then hash, then the pair's index (all exact below 2^52).
  const indexBits = Math.max(1, Math.ceil(Math.log2(size + 1)));
  const hashBits = Math.max(0, Math.min(32, 52 - 7 - indexBits));
  const keys = new Float64Array(size);
  for (let e = 0; e < size; e++) {
    const hash = hashBits > 0 ? pairHash(graph, e) >>> (32 - hashBits) : 0;
    keys[e] = (graph.score[e]! * 2 ** hashBits + hash) * 2 ** indexBits + e;
  }
  keys.sort();
  const free = Int32Array.from(graph.mentors, (m) => m.freePlaces);
  const matched = new Uint8Array(graph.seekers.length);
  const chosen: number[] = [];
  const indexMask = 2 ** indexBits;
  for (let i = size - 1; i >= 0; i--) {
    const e = keys[i]! % indexMask;
    const s = graph.seeker[e]!;
    const m = graph.mentor[e]!;
    if (matched[s] || free[m]! <= 0) continue;
    matched[s] = 1;
    free[m]!--;
    chosen.push(e);
  }
  return Int32Array.from(chosen).sort();
}
