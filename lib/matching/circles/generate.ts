/**
 * Generated circle cohorts for the benchmark, the tests and `circles:generate`:
 * the seekers of a generated matching cohort, and one proposed circle per
 * generated mentor — its focus from the mentor's lived experience, its
 * session inside one of the mentor's windows. Deterministic: the same options
 * give the same JSON.
 */
import type { Day } from "@/lib/profiles/options";
import { generateCohort } from "../generate";
import { hashString, seededRandom } from "../random";
import { PART_HOURS, parseWindow } from "../windows";
import type { CircleCohort, CircleForPlacement } from "./types";

export interface GenerateCirclesOptions {
  seekers: number;
  circles: number;
  seed: number;
  referenceDate?: string;
  /** Share of seekers marked priority (their last circle ended early); 0 by default, so earlier cohorts stay byte for byte. */
  priorityShare?: number;
}

export function generateCircleCohort(options: GenerateCirclesOptions): CircleCohort {
  const base = generateCohort({ seekers: options.seekers, mentors: options.circles, seed: options.seed, referenceDate: options.referenceDate });
  const rng = seededRandom(hashString("circles", options.seed));
  // Its own stream, so marking priority changes nothing else in the cohort.
  const priorityRng = seededRandom(hashString("circle-priority", options.seed));
  const priorityShare = options.priorityShare ?? 0;
  const circles: CircleForPlacement[] = [];
  for (const m of base.mentors) {
    const window = m.windows.length > 0 ? m.windows[Math.floor(rng() * m.windows.length)]! : "tue-evening";
    const parsed = parseWindow(window)!;
    const [from, to] = PART_HOURS[parsed.part];
    const durationMinutes = rng() < 0.7 ? 90 : 60;
    const latest = to * 60 - durationMinutes;
    const startMinute = Math.min(latest, from * 60 + 30 * Math.floor(rng() * ((latest - from * 60) / 30 + 1)));
    const targetSize = 4 + Math.floor(rng() * 3);
    const focus = m.topicIds.length > 0 ? m.topicIds.slice(0, 1 + Math.floor(rng() * Math.min(2, m.topicIds.length))) : [base.topics[0]!.id];
    circles.push({
      id: `circle-${m.id}`,
      title: `Circle ${circles.length + 1}`,
      facilitator: {
        id: m.id,
        name: m.name,
        topicIds: m.topicIds,
        avoidTopicIds: m.avoidTopicIds,
        listenStyle: m.listenStyle,
        tone: m.tone,
        messageLength: m.messageLength,
        ageBand: m.ageBand,
      },
      focusTopicIds: focus,
      language: m.languages[0] ?? "en",
      targetSize,
      maxSize: Math.min(8, targetSize + Math.floor(rng() * 3)),
      cadence: rng() < 0.7 ? "weekly" : "fortnightly",
      day: parsed.day as Day,
      startMinute,
      durationMinutes,
      timezone: m.timezone ?? "UTC",
      sessionsHeld: 0,
      lengthSessions: 8,
      members: [],
      status: "proposed",
    });
  }
  return {
    format: "alongside-circles/1",
    referenceDate: base.referenceDate,
    seed: options.seed,
    topics: base.topics,
    seekers: base.seekers.map((s) => ({ ...s, safetyHold: s.safetyHold ?? false, ...(priorityShare > 0 && priorityRng() < priorityShare ? { priority: true } : {}) })),
    circles,
    // Blocks and endings among seekers too, so a round has people who must not share a circle.
    blockedPairs: [...(base.blockedPairs ?? []), ...seekerPairs(base.seekers.map((s) => s.id), rng, 0.01)],
    pastPairs: [...(base.pastPairs ?? []), ...seekerPairs(base.seekers.map((s) => s.id), rng, 0.005)],
  };
}

function seekerPairs(ids: string[], rng: () => number, share: number): [string, string][] {
  const pairs: [string, string][] = [];
  if (ids.length < 2) return pairs;
  for (const id of ids) {
    if (rng() >= share) continue;
    const other = ids[Math.floor(rng() * ids.length)]!;
    if (other !== id) pairs.push([id, other]);
  }
  return pairs;
}
