/**
 * Whether a seeker may sit in a circle (hard filters, both ways), how well
 * they fit it (0–100), how well two members fit each other (0–100), and the
 * placement's reasons in words. Everything is prepared once into numbers.
 */
import { days, type Day } from "@/lib/profiles/options";
import { bitsOf, count, hasBit, meets } from "../bits";
import { PairSet } from "../context";
import { ageCloseness, styleCode, styleFitOf } from "../criteria";
import { listWords, inSentence } from "../explain";
import { offsetMinutes, QUARTER_WORDS, QUARTERS, referenceWeekStart, wallTimeToUtc, weekMask } from "../windows";
import { hashString } from "../random";
import type { CircleCohort, CircleForPlacement, CircleSeeker } from "./types";

const MINUTE = 60_000;
const DAY_INDEX = Object.fromEntries(days.map((d, i) => [d.value, i])) as Record<Day, number>;
const LISTEN = ["listen", "balanced", "ideas"];
const TONE = ["gentle", "balanced", "direct"];
const LENGTH = ["short", "either", "long"];
const AGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
const CADENCE_ORDER = { weekly: 0, fortnightly: 1, monthly: 2 } as const;

/** The hard filters, in the order they are tried; the first that fails is the one recorded. */
export const CIRCLE_FILTERS = [
  "safety-hold",
  "already-member",
  "too-late-to-join",
  "language",
  "window",
  "avoided-topic",
  "facilitator-avoided-topic",
  "dealbreaker",
  "blocked",
  "past-ending",
] as const;
export type CircleFilterName = (typeof CIRCLE_FILTERS)[number];

export interface PreparedCircleSeeker {
  profile: CircleSeeker;
  index: number;
  hash: number;
  /** Quarter-hours of the reference week (UTC) the seeker offered. */
  quarters: Uint32Array;
  topicsLo: number;
  topicsHi: number;
  mattersLo: number;
  mattersHi: number;
  avoidLo: number;
  avoidHi: number;
  style: number;
  age: number;
  cadence: number;
  /** Dealbreakers as bits: advice-first 1, direct-tone 2, long-messages 4, short-messages 8. */
  dealbreakers: number;
  waitingSince: number;
}

export interface PreparedCircle {
  circle: CircleForPlacement;
  index: number;
  hash: number;
  quarters: Uint32Array;
  focusLo: number;
  focusHi: number;
  livedLo: number;
  livedHi: number;
  facilitatorAvoidLo: number;
  facilitatorAvoidHi: number;
  facilitatorStyle: number;
  /** What a dealbreaker would object to in the facilitator's stated style (same bits as dealbreakers). */
  facilitatorTraits: number;
  /** Seats a round may fill: targetSize − members (never below 0). */
  seats: number;
  joinable: boolean;
  /** Everyone already in the circle, facilitator included: blocks and past endings are checked against them. */
  people: string[];
  members: PreparedCircleSeeker[];
}

export interface CircleContext {
  referenceDate: string;
  topicLabels: Map<string, string>;
  topicNumber: (id: string) => number;
  blocked: PairSet;
  past: PairSet;
  seed: number;
}

export function createCircleContext(cohort: Pick<CircleCohort, "referenceDate" | "topics" | "blockedPairs" | "pastPairs" | "seed">): CircleContext {
  const numbers = new Map<string, number>();
  for (const t of cohort.topics) if (!numbers.has(t.id)) numbers.set(t.id, numbers.size);
  return {
    referenceDate: cohort.referenceDate,
    topicLabels: new Map(cohort.topics.map((t) => [t.id, t.label])),
    topicNumber: (id) => {
      let n = numbers.get(id);
      if (n === undefined) numbers.set(id, (n = numbers.size));
      return n;
    },
    blocked: new PairSet(cohort.blockedPairs ?? []),
    past: new PairSet(cohort.pastPairs ?? []),
    seed: cohort.seed ?? 0,
  };
}

const indexOf = (list: readonly string[], value: string | null | undefined) => (value ? list.indexOf(value) : -1);

export function prepareSeeker(profile: CircleSeeker, index: number, context: CircleContext): PreparedCircleSeeker {
  const topics = bitsOf(profile.topics.map((t) => context.topicNumber(t.topicId)), "topics");
  const matters = bitsOf(profile.topics.filter((t) => t.livedExperienceMatters).map((t) => context.topicNumber(t.topicId)), "topics");
  const avoid = bitsOf(profile.avoidTopicIds.map((id) => context.topicNumber(id)), "topics");
  let dealbreakers = 0;
  for (const d of profile.dealbreakers) {
    if (d === "advice-first") dealbreakers |= 1;
    else if (d === "direct-tone") dealbreakers |= 2;
    else if (d === "long-messages") dealbreakers |= 4;
    else if (d === "short-messages") dealbreakers |= 8;
  }
  return {
    profile,
    index,
    hash: hashString(profile.id, context.seed),
    quarters: weekMask(profile.windows, profile.timezone, context.referenceDate).quarters,
    topicsLo: topics.lo,
    topicsHi: topics.hi,
    mattersLo: matters.lo,
    mattersHi: matters.hi,
    avoidLo: avoid.lo,
    avoidHi: avoid.hi,
    style: styleCode(indexOf(LISTEN, profile.listenStyle), indexOf(TONE, profile.tone), indexOf(LENGTH, profile.messageLength)),
    age: indexOf(AGES, profile.ageBand),
    cadence: profile.cadence ? CADENCE_ORDER[profile.cadence] : -1,
    dealbreakers,
    waitingSince: profile.waitingSince ? Date.parse(profile.waitingSince) : 0,
  };
}

/** The UTC instant the circle's session starts in the reference week, and its place in that week (minutes from Monday 00:00 UTC). */
export function circleSlot(circle: Pick<CircleForPlacement, "day" | "startMinute" | "durationMinutes" | "timezone">, referenceDate: string) {
  const weekStart = referenceWeekStart(referenceDate);
  const localMidnight = weekStart + DAY_INDEX[circle.day] * 24 * 60 * MINUTE;
  const start = wallTimeToUtc(localMidnight + circle.startMinute * MINUTE, circle.timezone);
  const weekMinutes = 7 * 24 * 60;
  const offset = ((((start - weekStart) / MINUTE) % weekMinutes) + weekMinutes) % weekMinutes;
  return { start, offset, end: offset + circle.durationMinutes };
}

/** The circle's session as quarter-hours of the reference week (UTC). */
export function circleQuarters(circle: Pick<CircleForPlacement, "day" | "startMinute" | "durationMinutes" | "timezone">, referenceDate: string): Uint32Array {
  const words = new Uint32Array(QUARTER_WORDS);
  const { offset, end } = circleSlot(circle, referenceDate);
  for (let q = Math.floor(offset / 15); q < Math.ceil(end / 15); q++) {
    const bit = q % QUARTERS;
    words[bit >>> 5]! |= 1 << (bit & 31);
  }
  return words;
}

/** Every quarter of `inner` is in `outer`. */
export function insideWeek(inner: Uint32Array, outer: Uint32Array): boolean {
  for (let i = 0; i < inner.length; i++) if ((inner[i]! & ~outer[i]!) >>> 0 !== 0) return false;
  return true;
}

export function prepareCircle(circle: CircleForPlacement, index: number, context: CircleContext): PreparedCircle {
  const focus = bitsOf(circle.focusTopicIds.map((id) => context.topicNumber(id)), "topics");
  const lived = bitsOf(circle.facilitator.topicIds.map((id) => context.topicNumber(id)), "topics");
  const avoid = bitsOf(circle.facilitator.avoidTopicIds.map((id) => context.topicNumber(id)), "topics");
  const f = circle.facilitator;
  let traits = 0;
  if (f.listenStyle === "ideas") traits |= 1;
  if (f.tone === "direct") traits |= 2;
  if (f.messageLength === "long") traits |= 4;
  if (f.messageLength === "short") traits |= 8;
  const members = circle.members.map((m, i) => prepareSeeker(m, -1 - i, context));
  return {
    circle,
    index,
    hash: hashString(circle.id, context.seed),
    quarters: circleQuarters(circle, context.referenceDate),
    focusLo: focus.lo,
    focusHi: focus.hi,
    livedLo: lived.lo,
    livedHi: lived.hi,
    facilitatorAvoidLo: avoid.lo,
    facilitatorAvoidHi: avoid.hi,
    facilitatorStyle: styleCode(indexOf(LISTEN, f.listenStyle), indexOf(TONE, f.tone), indexOf(LENGTH, f.messageLength)),
    facilitatorTraits: traits,
    seats: Math.max(0, circle.targetSize - circle.members.length),
    joinable: circle.sessionsHeld * 2 < circle.lengthSessions,
    people: [f.id, ...circle.members.map((m) => m.id)],
    members,
  };
}

/** The first hard filter the seeker fails for this circle, or null when they may be placed there. */
export function circleFilter(s: PreparedCircleSeeker, c: PreparedCircle, context: CircleContext): CircleFilterName | null {
  const p = s.profile;
  if (p.safetyHold) return "safety-hold";
  if (c.people.includes(p.id)) return "already-member";
  if (!c.joinable) return "too-late-to-join";
  if (!p.languages.includes(c.circle.language)) return "language";
  if (!insideWeek(c.quarters, s.quarters)) return "window";
  // The circle will talk about its focus topics: never about one the seeker asked not to raise.
  if (meets(s.avoidLo, s.avoidHi, c.focusLo, c.focusHi)) return "avoided-topic";
  // The other way: a seeker brings their topics; a facilitator who does not take one on is not theirs.
  if (meets(s.topicsLo, s.topicsHi, c.facilitatorAvoidLo, c.facilitatorAvoidHi)) return "facilitator-avoided-topic";
  if ((s.dealbreakers & c.facilitatorTraits) !== 0) return "dealbreaker";
  for (const id of c.people) if (context.blocked.has(p.id, id)) return "blocked";
  for (const id of c.people) if (context.past.has(p.id, id)) return "past-ending";
  return null;
}

/** Weights of the seeker↔circle fit (sum 1). */
export const CIRCLE_WEIGHTS = { topics: 0.45, lived: 0.15, style: 0.2, rhythm: 0.2 } as const;

export interface CircleFitDetail {
  topics: number;
  lived: number;
  style: number;
  rhythm: number;
  score: number;
}

function rhythmFit(seekerCadence: number, circleCadence: CircleForPlacement["cadence"]): number {
  if (seekerCadence < 0) return 0.7;
  const gap = Math.abs(seekerCadence - CADENCE_ORDER[circleCadence]);
  return gap === 0 ? 1 : gap === 1 ? 0.6 : 0.2;
}

/** How well the seeker fits the circle, from the seeker's view: topics, lived experience, style, rhythm. */
export function circleFitDetail(s: PreparedCircleSeeker, c: PreparedCircle): CircleFitDetail {
  const asked = count(s.topicsLo, s.topicsHi);
  const inFocus = count(s.topicsLo & c.focusLo, s.topicsHi & c.focusHi);
  const topics = asked === 0 ? 0.5 : inFocus / asked;
  const matters = count(s.mattersLo, s.mattersHi);
  // Lived experience counts where the seeker said it matters; when it matters for nothing, any shared lived experience helps a little.
  const lived =
    matters === 0
      ? count(s.topicsLo & c.livedLo, s.topicsHi & c.livedHi) > 0
        ? 1
        : 0.6
      : count(s.mattersLo & c.livedLo, s.mattersHi & c.livedHi) / matters;
  const style = styleFitOf(s.style, c.facilitatorStyle);
  const rhythm = rhythmFit(s.cadence, c.circle.cadence);
  const w = CIRCLE_WEIGHTS;
  const score = Math.round(100 * (w.topics * topics + w.lived * lived + w.style * style + w.rhythm * rhythm));
  return { topics, lived, style, rhythm, score };
}

export const circleFit = (s: PreparedCircleSeeker, c: PreparedCircle) => circleFitDetail(s, c).score;

/** How well two members fit each other, 0–100: age band 0.35, style 0.3, shared topics 0.35 (Jaccard). */
export function memberFit(a: PreparedCircleSeeker, b: PreparedCircleSeeker): number {
  const union = count(a.topicsLo | b.topicsLo, a.topicsHi | b.topicsHi);
  const shared = union === 0 ? 0.5 : count(a.topicsLo & b.topicsLo, a.topicsHi & b.topicsHi) / union;
  return Math.round(100 * (0.35 * ageCloseness(a.age, b.age) + 0.3 * styleFitOf(a.style, b.style) + 0.35 * shared));
}

/** Two people who may never sit in one circle: a block, or an ending between them. */
export function conflict(a: PreparedCircleSeeker, b: PreparedCircleSeeker, context: CircleContext): boolean {
  return context.blocked.has(a.profile.id, b.profile.id) || context.past.has(a.profile.id, b.profile.id);
}

function hhmm(minutes: number) {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "Tuesdays 19:00–20:30" in `timeZone`, for the reference week. */
export function sessionTimeIn(circle: CircleForPlacement, timeZone: string | null, referenceDate: string): string {
  const { start } = circleSlot(circle, referenceDate);
  const zone = timeZone ?? "UTC";
  const local = start + offsetMinutes(zone, start) * MINUTE;
  const weekday = (new Date(local).getUTCDay() + 6) % 7;
  const startMinute = Math.round((local % (24 * 60 * MINUTE)) / MINUTE);
  return `${days[weekday]!.label}s ${hhmm(startMinute)}–${hhmm(startMinute + circle.durationMinutes)}`;
}

/**
 * Why this circle, in the seeker's words. Never names anything private
 * (avoided topics, dealbreakers, preferences): the filters used them, the
 * sentences do not.
 */
export function explainPlacement(
  s: PreparedCircleSeeker,
  c: PreparedCircle,
  context: CircleContext,
  others: readonly PreparedCircleSeeker[] = [],
): string[] {
  const reasons: string[] = [];
  const circle = c.circle;
  const facilitator = circle.facilitator.name ?? "The facilitator";
  const label = (id: string) => inSentence(context.topicLabels.get(id) ?? "a topic you share");
  const asked = [...new Set(s.profile.topics.map((t) => t.topicId))];
  const focus = asked.filter((id) => circle.focusTopicIds.includes(id));
  if (focus.length > 0) reasons.push(`The circle is about ${listWords(focus.map(label))}, which you asked for support with.`);
  const lived = s.profile.topics.filter((t) => t.livedExperienceMatters && circle.facilitator.topicIds.includes(t.topicId)).map((t) => t.topicId);
  if (lived.length > 0) reasons.push(`${facilitator}, who holds it, has lived experience of ${listWords(lived.map(label))}, which you said matters to you.`);
  const cadence = circle.cadence === "weekly" ? "every week" : "every two weeks";
  reasons.push(`It meets ${cadence}, ${sessionTimeIn(circle, s.profile.timezone, context.referenceDate)} your time, inside the times you said suit you.`);
  if (others.length > 0) {
    const sharing = others.filter((o) => meets(o.topicsLo, o.topicsHi, s.topicsLo, s.topicsHi)).length;
    if (sharing >= 2) reasons.push(`${sharing} others in the circle came with some of the same things you did.`);
    else {
      const closeInAge = others.filter((o) => o.age >= 0 && s.age >= 0 && Math.abs(o.age - s.age) <= 1).length;
      if (closeInAge >= 2) reasons.push(`${closeInAge} others in the circle are at a similar stage of life.`);
    }
  }
  if (circleFitDetail(s, c).style >= 0.8) reasons.push(`${facilitator}'s way of holding a conversation is close to the one you asked for.`);
  return reasons;
}

export { hasBit };
