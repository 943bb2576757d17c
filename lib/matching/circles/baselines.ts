/**
 * What a circle round is measured against, on the same candidates:
 *  - first-come-first-served: seekers by how long they have waited, each
 *    taking their best circle with a seat and nobody they must not sit with;
 *  - greedy: pairs from the highest fit down, with the same rules.
 * Neither can move anyone afterwards, so a proposed circle that ends below
 * four does not open and its people go back to waiting.
 */
import { conflict, type PreparedCircleSeeker } from "./fit";
import type { PreparedRound } from "./place";
import { MIN_CIRCLE_SIZE } from "./types";

function finish(round: PreparedRound, seatedIn: number[][]): Map<string, string> {
  const out = new Map<string, string>();
  round.circles.forEach((c, i) => {
    const people = seatedIn[i]!;
    if (people.length === 0) return;
    if (c.circle.status === "proposed" && c.circle.members.length + people.length < MIN_CIRCLE_SIZE) return;
    for (const s of people) out.set(round.seekers[s]!.profile.id, c.circle.id);
  });
  return out;
}

function fits(round: PreparedRound, seatedIn: number[][], s: number, c: number) {
  if (seatedIn[c]!.length >= round.circles[c]!.seats) return false;
  const person: PreparedCircleSeeker = round.seekers[s]!;
  return seatedIn[c]!.every((t) => !conflict(person, round.seekers[t]!, round.context));
}

export function firstComeFirstServedCircles(round: PreparedRound): Map<string, string> {
  const seatedIn = round.circles.map(() => [] as number[]);
  const order = round.seekers.map((s) => s.index).sort((a, b) => round.seekers[a]!.waitingSince - round.seekers[b]!.waitingSince || round.seekers[a]!.hash - round.seekers[b]!.hash);
  const edgesOf = new Map<number, number[]>();
  for (let e = 0; e < round.edgeSeeker.length; e++) (edgesOf.get(round.edgeSeeker[e]!) ?? edgesOf.set(round.edgeSeeker[e]!, []).get(round.edgeSeeker[e]!)!).push(e);
  for (const s of order) {
    // Edges are kept best first for each seeker.
    for (const e of edgesOf.get(s) ?? []) {
      const c = round.edgeCircle[e]!;
      if (fits(round, seatedIn, s, c)) {
        seatedIn[c]!.push(s);
        break;
      }
    }
  }
  return finish(round, seatedIn);
}

export function greedyCircles(round: PreparedRound): Map<string, string> {
  const seatedIn = round.circles.map(() => [] as number[]);
  const edges = Array.from(round.edgeSeeker, (_, e) => e).sort(
    (a, b) => round.edgeScore[b]! - round.edgeScore[a]! || round.seekers[round.edgeSeeker[a]!]!.hash - round.seekers[round.edgeSeeker[b]!]!.hash || a - b,
  );
  const placed = new Uint8Array(round.seekers.length);
  for (const e of edges) {
    const s = round.edgeSeeker[e]!;
    const c = round.edgeCircle[e]!;
    if (placed[s] || !fits(round, seatedIn, s, c)) continue;
    seatedIn[c]!.push(s);
    placed[s] = 1;
  }
  return finish(round, seatedIn);
}
