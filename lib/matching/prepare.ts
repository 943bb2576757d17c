/**
 * Profiles turned into small numbers once, so the filters and criteria that
 * run millions of times per round compare integers and bit masks instead of
 * strings. Nothing is lost: each prepared person keeps its input as `profile`.
 *
 * Each kind of prepared person is built by one object literal with every
 * field in a fixed order (no spreads): they then share one hidden class and
 * the hot loops stay monomorphic — spreads gave each object its own shape and
 * made scoring about ten times slower.
 */
import { ageBandOptions, genderOptions, type Cadence } from "@/lib/profiles/options";
import { bitsOf } from "./bits";
import type { MatchingContext } from "./context";
import { freeShareOf, seekerWeights, signalFit, styleCode } from "./criteria";
import { hashString } from "./random";
import { keptRate, notJudgedRate } from "./signals";
import type { FriendForMatching, MentorForMatching, SeekerForMatching } from "./types";
import { parseDate, referenceOffsetMinutes, weekMask, type WeekMask } from "./windows";

/** Frequency of a cadence: higher is more often. */
export const CADENCE_FREQUENCY: Record<Cadence, number> = { monthly: 0, fortnightly: 1, weekly: 2 };

/** Style on each axis as 0 | 1 | 2 (the middle value is "balanced" / "either"), −1 when not said. */
const LISTEN = { listen: 0, balanced: 1, ideas: 2 } as const;
const TONE = { gentle: 0, balanced: 1, direct: 2 } as const;
const LENGTH = { short: 0, either: 1, long: 2 } as const;

/** Style traits a dealbreaker can name. */
export const STYLE = { adviceFirst: 1, direct: 2, long: 4, short: 8 } as const;
const DEALBREAKER_STYLE = {
  "advice-first": STYLE.adviceFirst,
  "direct-tone": STYLE.direct,
  "long-messages": STYLE.long,
  "short-messages": STYLE.short,
} as const;

export const GENDER_BIT = Object.fromEntries(genderOptions.map((g, i) => [g.value, 1 << i])) as Record<string, number>;
export const AGE_INDEX = Object.fromEntries(ageBandOptions.map((a, i) => [a.value, i])) as Record<string, number>;

/** Fields seekers, mentors and friends share. */
export interface PreparedPerson {
  /** Position in the list it was prepared from. */
  index: number;
  id: string;
  /** Seeded hash of the id: tie-breaks and sampling. */
  hash: number;
  languagesLo: number;
  languagesHi: number;
  /** UTC offset on the reference date, minutes. */
  offset: number;
  week: WeekMask;
  weekHours: number;
  listen: number;
  tone: number;
  length: number;
  /** The three axes as one number (criteria.ts#styleCode). */
  styleCode: number;
  /** STYLE bits of what this person is like (for the other side's dealbreakers). */
  styleTraits: number;
  /** STYLE bits this person will not accept in the other. */
  dealbreakers: number;
  /** A single bit of GENDER_BIT, 0 when not said. */
  genderBit: number;
  /** Index in ageBandOptions, −1 when not said. */
  ageIndex: number;
  safetyHold: boolean;
  /** Topics as bits of context.topicIndex numbers: a seeker's or friend's requested topics, a mentor's lived experience. */
  topicsLo: number;
  topicsHi: number;
  avoidLo: number;
  avoidHi: number;
}

export interface PreparedSeeker extends PreparedPerson {
  profile: SeekerForMatching;
  /** The requested topics for which lived experience matters. */
  livedMattersLo: number;
  livedMattersHi: number;
  /** CADENCE_FREQUENCY, −1 when not said. */
  cadence: number;
  /** Masks of accepted genders / age bands; 0 = no preference. */
  preferredGenders: number;
  preferredAges: number;
  /** 1–4, missing → 2. */
  consistencyImportance: number;
  nonJudgmentImportance: number;
  /** The seeker's view weights, normalised, in SEEKER_CRITERIA order. */
  weights: Float64Array;
  daysWaiting: number;
  /** Mentors this seeker must not be paired with, from the pair lists: id → filter. */
  pairExclusions: Map<string, "blocked" | "past-pair" | "already-requested"> | null;
}

export interface PreparedMentor extends PreparedPerson {
  profile: MentorForMatching;
  /** Bit (1 << frequency) per cadence kept; `leastFrequent` is the lowest frequency offered (−1 if none). */
  cadences: number;
  leastFrequent: number;
  capacity: number;
  activeCount: number;
  /** Places free for new people (0 when unavailable). */
  freePlaces: number;
  /** Share of places free before the round, for the seeker's view of rhythm. */
  freeShare: number;
  /** Why nobody can be matched with this mentor now, or null. */
  unavailable: "mentor-not-approved" | "mentor-paused" | "mentor-full" | "mentor-safety-hold" | null;
  /** Shrunk learned rates in [0, 1], and the criteria they give. */
  keptRate: number;
  notJudgedRate: number;
  keptFit: number;
  notJudgedFit: number;
  hasCheckInHistory: boolean;
}

export interface PreparedFriend extends PreparedPerson {
  profile: FriendForMatching;
  cadence: number;
  preferredGenders: number;
  preferredAges: number;
  daysWaiting: number;
  pairExclusions: Map<string, "blocked" | "past-pair"> | null;
}

function stylePart(p: Pick<SeekerForMatching, "listenStyle" | "tone" | "messageLength" | "dealbreakers">) {
  const listen = p.listenStyle ? LISTEN[p.listenStyle] : -1;
  const tone = p.tone ? TONE[p.tone] : -1;
  const length = p.messageLength ? LENGTH[p.messageLength] : -1;
  let styleTraits = 0;
  if (listen === 2) styleTraits |= STYLE.adviceFirst;
  if (tone === 2) styleTraits |= STYLE.direct;
  if (length === 2) styleTraits |= STYLE.long;
  if (length === 0) styleTraits |= STYLE.short;
  let dealbreakers = 0;
  for (const d of p.dealbreakers) dealbreakers |= DEALBREAKER_STYLE[d] ?? 0;
  return { listen, tone, length, styleTraits, dealbreakers };
}

const maskOf = (values: readonly string[], bits: (v: string) => number) => values.reduce((mask, v) => mask | bits(v), 0);
const ageBit = (a: string) => (AGE_INDEX[a] === undefined ? 0 : 1 << AGE_INDEX[a]!);
const importance = (value: number | null) => (value !== null && value >= 1 && value <= 4 ? Math.round(value) : 2);
const daysBetween = (from: string | null | undefined, to: string) =>
  from ? Math.max(0, Math.floor((parseDate(to) - parseDate(from)) / 86_400_000)) : 0;
const topicBits = (ids: readonly string[], context: MatchingContext) => bitsOf(ids.map((id) => context.topicIndex.of(id)), "topics");

function personPart(
  index: number,
  p: SeekerForMatching | MentorForMatching | FriendForMatching,
  context: MatchingContext,
  dealbreakers: SeekerForMatching["dealbreakers"],
  topicIds: readonly string[],
) {
  const languages = bitsOf(
    p.languages.map((l) => context.languageIndex.of(l)),
    "languages",
  );
  const style = stylePart({ listenStyle: p.listenStyle, tone: p.tone, messageLength: p.messageLength, dealbreakers });
  const week = weekMask(p.windows, p.timezone, context.referenceDate);
  const topics = topicBits(topicIds, context);
  const avoid = topicBits(p.avoidTopicIds, context);
  return {
    index,
    id: p.id,
    hash: hashString(p.id, context.seed),
    languagesLo: languages.lo,
    languagesHi: languages.hi,
    offset: referenceOffsetMinutes(p.timezone, context.referenceDate),
    week,
    weekHours: week.totalHours,
    listen: style.listen,
    tone: style.tone,
    length: style.length,
    styleCode: styleCode(style.listen, style.tone, style.length),
    styleTraits: style.styleTraits,
    dealbreakers: style.dealbreakers,
    genderBit: p.gender ? (GENDER_BIT[p.gender] ?? 0) : 0,
    ageIndex: p.ageBand ? (AGE_INDEX[p.ageBand] ?? -1) : -1,
    safetyHold: p.safetyHold ?? false,
    topicsLo: topics.lo,
    topicsHi: topics.hi,
    avoidLo: avoid.lo,
    avoidHi: avoid.hi,
  };
}

function seekerPairExclusions(id: string, context: MatchingContext) {
  const map = new Map<string, "blocked" | "past-pair" | "already-requested">();
  if (context.excludeRequested) for (const other of context.requested.partnersOf(id)) map.set(other, "already-requested");
  for (const other of context.past.partnersOf(id)) map.set(other, "past-pair");
  for (const other of context.blocked.partnersOf(id)) map.set(other, "blocked");
  return map.size > 0 ? map : null;
}

export function prepareSeeker(seeker: SeekerForMatching, context: MatchingContext, index = 0): PreparedSeeker {
  const c = personPart(
    index,
    seeker,
    context,
    seeker.dealbreakers,
    seeker.topics.map((t) => t.topicId),
  );
  const matters = topicBits(
    seeker.topics.filter((t) => t.livedExperienceMatters).map((t) => t.topicId),
    context,
  );
  const consistencyImportance = importance(seeker.consistencyImportance);
  const nonJudgmentImportance = importance(seeker.nonJudgmentImportance);
  return {
    index: c.index,
    id: c.id,
    hash: c.hash,
    languagesLo: c.languagesLo,
    languagesHi: c.languagesHi,
    offset: c.offset,
    week: c.week,
    weekHours: c.weekHours,
    listen: c.listen,
    tone: c.tone,
    length: c.length,
    styleCode: c.styleCode,
    styleTraits: c.styleTraits,
    dealbreakers: c.dealbreakers,
    genderBit: c.genderBit,
    ageIndex: c.ageIndex,
    safetyHold: c.safetyHold,
    topicsLo: c.topicsLo,
    topicsHi: c.topicsHi,
    avoidLo: c.avoidLo,
    avoidHi: c.avoidHi,
    profile: seeker,
    livedMattersLo: matters.lo,
    livedMattersHi: matters.hi,
    cadence: seeker.cadence ? CADENCE_FREQUENCY[seeker.cadence] : -1,
    preferredGenders: maskOf(seeker.preferredGenders, (g) => GENDER_BIT[g] ?? 0),
    preferredAges: maskOf(seeker.preferredAgeBands, ageBit),
    consistencyImportance,
    nonJudgmentImportance,
    weights: seekerWeights(consistencyImportance, nonJudgmentImportance),
    daysWaiting: daysBetween(seeker.waitingSince, context.referenceDate),
    pairExclusions: seekerPairExclusions(seeker.id, context),
  };
}

export function prepareMentor(mentor: MentorForMatching, context: MatchingContext, index = 0): PreparedMentor {
  // Mentors state no dealbreakers of their own: their boundaries are the topics they do not take on.
  const c = personPart(index, mentor, context, [], mentor.topicIds);
  const cadences = mentor.cadences.reduce((mask, cadence) => mask | (1 << CADENCE_FREQUENCY[cadence]), 0);
  const capacity = Math.max(0, Math.floor(mentor.capacity));
  const activeCount = Math.max(0, Math.floor(mentor.activeCount));
  const paused = !!mentor.pausedUntil && parseDate(context.referenceDate) < parseDate(mentor.pausedUntil);
  const unavailable = !mentor.approved
    ? "mentor-not-approved"
    : mentor.safetyHold
      ? "mentor-safety-hold"
      : paused
        ? "mentor-paused"
        : activeCount >= capacity
          ? "mentor-full"
          : null;
  const kept = keptRate(mentor.signals, context.priors);
  const notJudged = notJudgedRate(mentor.signals, context.priors);
  return {
    index: c.index,
    id: c.id,
    hash: c.hash,
    languagesLo: c.languagesLo,
    languagesHi: c.languagesHi,
    offset: c.offset,
    week: c.week,
    weekHours: c.weekHours,
    listen: c.listen,
    tone: c.tone,
    length: c.length,
    styleCode: c.styleCode,
    styleTraits: c.styleTraits,
    dealbreakers: c.dealbreakers,
    genderBit: c.genderBit,
    ageIndex: c.ageIndex,
    safetyHold: c.safetyHold,
    topicsLo: c.topicsLo,
    topicsHi: c.topicsHi,
    avoidLo: c.avoidLo,
    avoidHi: c.avoidHi,
    profile: mentor,
    cadences,
    leastFrequent: cadences === 0 ? -1 : Math.log2(cadences & -cadences),
    capacity,
    activeCount,
    freePlaces: unavailable ? 0 : capacity - activeCount,
    freeShare: freeShareOf(capacity, activeCount),
    unavailable,
    keptRate: kept,
    notJudgedRate: notJudged,
    keptFit: signalFit(kept),
    notJudgedFit: signalFit(notJudged),
    hasCheckInHistory: (mentor.signals?.scheduledCheckIns ?? 0) > 0,
  };
}

export function prepareFriend(friend: FriendForMatching, context: MatchingContext, index = 0): PreparedFriend {
  const c = personPart(index, friend, context, friend.dealbreakers, friend.topicIds);
  const exclusions = new Map<string, "blocked" | "past-pair">();
  for (const other of context.past.partnersOf(friend.id)) exclusions.set(other, "past-pair");
  for (const other of context.blocked.partnersOf(friend.id)) exclusions.set(other, "blocked");
  return {
    index: c.index,
    id: c.id,
    hash: c.hash,
    languagesLo: c.languagesLo,
    languagesHi: c.languagesHi,
    offset: c.offset,
    week: c.week,
    weekHours: c.weekHours,
    listen: c.listen,
    tone: c.tone,
    length: c.length,
    styleCode: c.styleCode,
    styleTraits: c.styleTraits,
    dealbreakers: c.dealbreakers,
    genderBit: c.genderBit,
    ageIndex: c.ageIndex,
    safetyHold: c.safetyHold,
    topicsLo: c.topicsLo,
    topicsHi: c.topicsHi,
    avoidLo: c.avoidLo,
    avoidHi: c.avoidHi,
    profile: friend,
    cadence: friend.cadence ? CADENCE_FREQUENCY[friend.cadence] : -1,
    preferredGenders: maskOf(friend.preferredGenders, (g) => GENDER_BIT[g] ?? 0),
    preferredAges: maskOf(friend.preferredAgeBands, ageBit),
    daysWaiting: daysBetween(friend.waitingSince, context.referenceDate),
    pairExclusions: exclusions.size > 0 ? exclusions : null,
  };
}
