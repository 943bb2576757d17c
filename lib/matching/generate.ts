/**
 * Generated cohorts for benchmarks, tests and coordinators' experiments:
 * believable variety (people spread over 30 timezones and 14 languages,
 * evenings and weekends favoured, a few strict preferences and dealbreakers,
 * some mentors with a track record, a few paused or on hold) and fully
 * deterministic: the same options give the same JSON, byte for byte.
 */
import { allWindows, type AgeBand, type Cadence, type Dealbreaker, type Gender, type ListenStyle, type MessageLength, type Tone, type Window } from "@/lib/profiles/options";
import { hashString, seededRandom } from "./random";
import type { Cohort, FriendForMatching, MentorForMatching, SeekerForMatching, TopicLabel } from "./types";
import { parseDate } from "./windows";

export interface GenerateOptions {
  seekers: number;
  mentors: number;
  seed: number;
  /** Every mentor's capacity; otherwise 1–5, mostly 2–3. */
  capacity?: number;
  /** Expected share of each mentor's places already taken by existing relationships (0 = none). */
  occupancy?: number;
  /** People in the friend pool. */
  friends?: number;
  referenceDate?: string;
}

export const DEFAULT_REFERENCE_DATE = "2026-03-16";

type Rng = () => number;

/** The starter topics (db/migrations/0002_starter_topics.sql), with stable ids derived from their slugs. */
const STARTER_TOPICS: [slug: string, label: string, popularity: number][] = [
  ["grief", "Grief and loss", 2.5],
  ["loneliness", "Loneliness", 3],
  ["moving", "A move or a new place", 2],
  ["parenting", "Parenting", 1.5],
  ["recovery", "Recovery", 1.2],
  ["chronic-illness", "Living with chronic illness", 1.2],
  ["identity", "Identity", 1.2],
  ["work-study", "Work and study", 2],
  ["relationships", "Relationships", 2.5],
  ["caring", "Caring for someone", 1.3],
  ["career-change", "A career change", 1.5],
  ["new-parent", "Becoming a parent", 1],
];

/** Timezones with their weight, usual languages, and the chance of also speaking English. */
const ZONES: [zone: string, weight: number, languages: string[], english: number][] = [
  ["Europe/London", 10, ["en"], 1],
  ["Europe/Dublin", 2, ["en"], 1],
  ["Europe/Lisbon", 1.5, ["pt"], 0.5],
  ["Europe/Madrid", 3, ["es"], 0.4],
  ["Europe/Paris", 3.5, ["fr"], 0.4],
  ["Europe/Berlin", 4, ["de"], 0.6],
  ["Europe/Amsterdam", 1.5, ["nl"], 0.8],
  ["Europe/Rome", 2.5, ["it"], 0.35],
  ["Europe/Warsaw", 2, ["pl"], 0.5],
  ["Europe/Kyiv", 1.5, ["uk"], 0.4],
  ["Europe/Istanbul", 1.5, ["tr"], 0.3],
  ["America/New_York", 13, ["en"], 1],
  ["America/Chicago", 6, ["en"], 1],
  ["America/Denver", 2, ["en"], 1],
  ["America/Los_Angeles", 7, ["en"], 1],
  ["America/Toronto", 3, ["en"], 1],
  ["America/Mexico_City", 3, ["es"], 0.25],
  ["America/Bogota", 1.5, ["es"], 0.2],
  ["America/Sao_Paulo", 3, ["pt"], 0.2],
  ["America/Argentina/Buenos_Aires", 1.5, ["es"], 0.25],
  ["Asia/Kolkata", 5, ["hi"], 0.8],
  ["Asia/Kathmandu", 0.3, ["hi"], 0.7],
  ["Asia/Dubai", 1, ["ar"], 0.7],
  ["Africa/Cairo", 1, ["ar"], 0.4],
  ["Africa/Lagos", 1.5, ["en"], 1],
  ["Asia/Shanghai", 2, ["zh"], 0.3],
  ["Asia/Tokyo", 1.5, ["ja"], 0.3],
  ["Asia/Singapore", 1, ["zh"], 1],
  ["Australia/Sydney", 3, ["en"], 1],
  ["Pacific/Auckland", 1, ["en"], 1],
];
/** Second languages some people add where they live. */
const SECOND: Record<string, [string, number][]> = {
  "America/New_York": [["es", 0.12]],
  "America/Chicago": [["es", 0.15]],
  "America/Los_Angeles": [["es", 0.2], ["zh", 0.03]],
  "America/Toronto": [["fr", 0.15]],
  "Europe/London": [["pl", 0.03], ["hi", 0.03]],
  "Europe/Berlin": [["tr", 0.04]],
};

const FIRST_NAMES = [
  "Aisha", "Ben", "Carmen", "Dmitri", "Esi", "Farah", "Gabriel", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Mateo", "Nadia",
  "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Alex", "Bea", "Chidi",
  "Dana", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kim", "Leila", "Marco", "Nell", "Omar", "Paula", "Rafael",
  "Sofia", "Theo", "Uma", "Viktor", "Willa", "Yara", "Zaid", "Maya", "Sam", "Noor", "Luca", "Ada", "Kenji", "Mei", "Tomasz",
];

function weighted<T>(rng: Rng, pairs: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of pairs) total += w;
  let r = rng() * total;
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs.at(-1)![0];
}

/** k distinct items, each drawn with probability proportional to its weight. */
function weightedSample<T>(rng: Rng, pairs: readonly (readonly [T, number])[], k: number): T[] {
  const pool = [...pairs];
  const out: T[] = [];
  while (out.length < k && pool.length > 0) {
    let total = 0;
    for (const [, w] of pool) total += w;
    let r = rng() * total;
    let i = 0;
    for (; i < pool.length - 1; i++) if ((r -= pool[i]![1]) < 0) break;
    out.push(pool[i]![0]);
    pool.splice(i, 1);
  }
  return out;
}

function uuid(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(rng() * 4)]}${hex(3)}-${hex(12)}`;
}

/** A stable id for a starter topic: the same in every cohort. */
function topicId(slug: string): string {
  const rng = seededRandom(hashString(`topic:${slug}`));
  return uuid(rng);
}

export const GENERATED_TOPICS: TopicLabel[] = STARTER_TOPICS.map(([slug, label]) => ({ id: topicId(slug), label }));
const TOPIC_WEIGHTS = STARTER_TOPICS.map(([, , w], i) => [GENERATED_TOPICS[i]!.id, w] as const);

const WINDOW_WEIGHTS = allWindows.map((w) => {
  const weekend = w.startsWith("sat") || w.startsWith("sun");
  const weight = w.endsWith("evening") ? (weekend ? 1.5 : 3) : w.endsWith("morning") ? (weekend ? 2.5 : 0.8) : weekend ? 2.5 : 1;
  return [w, weight] as const;
});

const AGE_BANDS: AgeBand[] = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];

function place(rng: Rng) {
  const [zone, , languages, english] = weighted(
    rng,
    ZONES.map((z) => [z, z[1]] as const),
  );
  const spoken = new Set(languages);
  if (rng() < english) spoken.add("en");
  for (const [language, p] of SECOND[zone] ?? []) if (rng() < p) spoken.add(language);
  return { timezone: zone, languages: [...spoken].sort() };
}

function windows(rng: Rng, min: number, max: number): Window[] {
  const k = min + Math.floor(rng() * (max - min + 1));
  return weightedSample(rng, WINDOW_WEIGHTS, k).sort((a, b) => allWindows.indexOf(a) - allWindows.indexOf(b));
}

function gender(rng: Rng): Gender | null {
  return weighted<Gender | null>(rng, [["woman", 0.54], ["man", 0.37], ["non-binary", 0.05], ["another", 0.02], [null, 0.02]]);
}

function binomial(rng: Rng, n: number, p: number) {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}

const clamp01 = (x: number) => Math.min(0.999, Math.max(0.3, x));
/** Sum of three uniforms: a cheap bell shape on [−1, 1]. */
const bell = (rng: Rng) => (rng() + rng() + rng() - 1.5) / 1.5;

function addDays(date: string, days: number): string {
  return new Date(parseDate(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function style(rng: Rng, listen: [number, number, number], tone: [number, number, number], length: [number, number, number]) {
  return {
    listenStyle: weighted<ListenStyle>(rng, [["listen", listen[0]], ["balanced", listen[1]], ["ideas", listen[2]]]),
    tone: weighted<Tone>(rng, [["gentle", tone[0]], ["balanced", tone[1]], ["direct", tone[2]]]),
    messageLength: weighted<MessageLength>(rng, [["short", length[0]], ["either", length[1]], ["long", length[2]]]),
  };
}

function preferences(rng: Rng, own: Gender | null, ageBand: AgeBand) {
  let preferredGenders: Gender[] = [];
  if (rng() < 0.2) {
    if (own === "woman") preferredGenders = rng() < 0.7 ? ["woman"] : ["woman", "non-binary"];
    else if (own === "man") preferredGenders = rng() < 0.6 ? ["man"] : ["man", "woman"];
    else preferredGenders = rng() < 0.5 ? ["non-binary", "another"] : ["woman", "non-binary"];
  }
  let preferredAgeBands: AgeBand[] = [];
  if (rng() < 0.12) {
    const at = AGE_BANDS.indexOf(ageBand);
    preferredAgeBands = AGE_BANDS.filter((_, i) => Math.abs(i - at) <= (rng() < 0.5 ? 1 : 2));
  }
  return { preferredGenders, preferredAgeBands };
}

function dealbreakers(rng: Rng): Dealbreaker[] {
  const count = weighted(rng, [[0, 0.6], [1, 0.3], [2, 0.1]]);
  return weightedSample<Dealbreaker>(
    rng,
    [["advice-first", 0.35], ["direct-tone", 0.3], ["long-messages", 0.2], ["short-messages", 0.15]],
    count,
  ).filter((d, _, all) => !(d === "long-messages" && all.includes("short-messages")));
}

function seeker(rng: Rng, referenceDate: string): SeekerForMatching {
  const id = uuid(rng);
  const { timezone, languages } = place(rng);
  const topicCount = weighted(rng, [[1, 0.45], [2, 0.4], [3, 0.15]]);
  const topics = weightedSample(rng, TOPIC_WEIGHTS, topicCount);
  const others = TOPIC_WEIGHTS.filter(([t]) => !topics.includes(t));
  const ageBand = weighted<AgeBand>(rng, [["18-24", 0.2], ["25-34", 0.3], ["35-44", 0.2], ["45-54", 0.14], ["55-64", 0.1], ["65+", 0.06]]);
  const g = gender(rng);
  return {
    id,
    name: FIRST_NAMES[Math.floor(rng() * FIRST_NAMES.length)]!,
    waitingSince: addDays(referenceDate, -Math.floor(rng() * rng() * 60)),
    topics: topics.map((topicId) => ({ topicId, livedExperienceMatters: rng() < 0.5 })),
    cadence: weighted<Cadence>(rng, [["weekly", 0.45], ["fortnightly", 0.4], ["monthly", 0.15]]),
    windows: windows(rng, 2, 7),
    timezone,
    languages,
    ...style(rng, [0.5, 0.35, 0.15], [0.45, 0.45, 0.1], [0.25, 0.55, 0.2]),
    consistencyImportance: weighted(rng, [[1, 0.1], [2, 0.3], [3, 0.4], [4, 0.2]]),
    nonJudgmentImportance: weighted(rng, [[1, 0.05], [2, 0.2], [3, 0.4], [4, 0.35]]),
    ageBand,
    gender: g,
    ...preferences(rng, g, ageBand),
    avoidTopicIds: weightedSample(rng, others, weighted(rng, [[0, 0.78], [1, 0.18], [2, 0.04]])),
    dealbreakers: dealbreakers(rng),
    safetyHold: rng() < 0.005,
  };
}

function mentor(rng: Rng, referenceDate: string, options: GenerateOptions): MentorForMatching {
  const id = uuid(rng);
  const { timezone, languages } = place(rng);
  const lived = weightedSample(rng, TOPIC_WEIGHTS, weighted(rng, [[1, 0.3], [2, 0.35], [3, 0.25], [4, 0.1]]));
  const others = TOPIC_WEIGHTS.filter(([t]) => !lived.includes(t));
  const capacity = options.capacity ?? weighted(rng, [[1, 0.15], [2, 0.35], [3, 0.3], [4, 0.12], [5, 0.08]]);
  const history = rng() < 0.65;
  const scheduled = history ? 4 + Math.floor(rng() * 23) : 0;
  const answers = history ? Math.floor(rng() * (scheduled + 1)) : 0;
  return {
    id,
    name: FIRST_NAMES[Math.floor(rng() * FIRST_NAMES.length)]!,
    approved: rng() < 0.97,
    pausedUntil: rng() < 0.03 ? addDays(referenceDate, 1 + Math.floor(rng() * 30)) : null,
    capacity,
    activeCount: binomial(rng, capacity, options.occupancy ?? 0),
    topicIds: lived,
    avoidTopicIds: weightedSample(rng, others, weighted(rng, [[0, 0.75], [1, 0.2], [2, 0.05]])),
    cadences: weighted<Cadence[]>(rng, [
      [["weekly"], 0.15],
      [["weekly", "fortnightly"], 0.3],
      [["fortnightly"], 0.15],
      [["fortnightly", "monthly"], 0.15],
      [["weekly", "fortnightly", "monthly"], 0.2],
      [["monthly"], 0.05],
    ]),
    windows: windows(rng, 2, 8),
    timezone,
    languages,
    ...style(rng, [0.45, 0.4, 0.15], [0.4, 0.45, 0.15], [0.25, 0.5, 0.25]),
    ageBand: weighted<AgeBand>(rng, [["18-24", 0.08], ["25-34", 0.25], ["35-44", 0.25], ["45-54", 0.2], ["55-64", 0.14], ["65+", 0.08]]),
    gender: gender(rng),
    safetyHold: rng() < 0.003,
    signals: {
      keptCheckIns: binomial(rng, scheduled, clamp01(0.86 + 0.12 * bell(rng))),
      scheduledCheckIns: scheduled,
      notJudgedYes: binomial(rng, answers, clamp01(0.9 + 0.1 * bell(rng))),
      pulseAnswers: answers,
    },
  };
}

function friend(rng: Rng, referenceDate: string): FriendForMatching {
  const s = seeker(rng, referenceDate);
  return {
    id: s.id,
    name: s.name,
    waitingSince: s.waitingSince,
    topicIds: s.topics.map((t) => t.topicId),
    avoidTopicIds: s.avoidTopicIds,
    cadence: s.cadence,
    windows: s.windows,
    timezone: s.timezone,
    languages: s.languages,
    listenStyle: s.listenStyle,
    tone: s.tone,
    messageLength: s.messageLength,
    ageBand: s.ageBand,
    gender: s.gender,
    preferredAgeBands: s.preferredAgeBands,
    preferredGenders: s.preferredGenders,
    dealbreakers: s.dealbreakers,
    safetyHold: s.safetyHold,
  };
}

export function generateCohort(options: GenerateOptions): Cohort {
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  // Separate streams, so adding mentors does not change the seekers of a seed.
  const seekerRng = seededRandom(hashString("seekers", options.seed));
  const mentorRng = seededRandom(hashString("mentors", options.seed));
  const friendRng = seededRandom(hashString("friends", options.seed));
  const pairRng = seededRandom(hashString("pairs", options.seed));
  const seekers = Array.from({ length: options.seekers }, () => seeker(seekerRng, referenceDate));
  const mentors = Array.from({ length: options.mentors }, () => mentor(mentorRng, referenceDate, options));
  const friends = Array.from({ length: options.friends ?? 0 }, () => friend(friendRng, referenceDate));

  const pairsOf = (share: number): [string, string][] => {
    if (mentors.length === 0) return [];
    const pairs: [string, string][] = [];
    for (const s of seekers) if (pairRng() < share) pairs.push([s.id, mentors[Math.floor(pairRng() * mentors.length)]!.id]);
    return pairs;
  };
  const cohort: Cohort = {
    format: "alongside-cohort/1",
    referenceDate,
    seed: options.seed,
    topics: GENERATED_TOPICS,
    seekers,
    mentors,
    blockedPairs: pairsOf(0.002),
    pastPairs: pairsOf(0.01),
    requestedPairs: pairsOf(0.02),
  };
  if (friends.length > 0) cohort.friends = friends;
  return cohort;
}
