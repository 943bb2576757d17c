/**
 * A deterministic, believable demo cohort: the same seed gives the same
 * people every time, so tests and screenshots can rely on them. Pure: no
 * database; db/seed-runner.ts writes it.
 */
import type { AgeBand, Cadence, Dealbreaker, Gender, ListenStyle, MessageLength, Tone, Window } from "@/lib/profiles/options";
import { allWindows } from "@/lib/profiles/options";

/** mulberry32: a tiny, well-known seeded PRNG; good enough for demo data. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
const weighted = <T>(rng: Rng, pairs: readonly (readonly [T, number])[]) => {
  let r = rng() * pairs.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs.at(-1)![0];
};
const sample = <T>(rng: Rng, list: readonly T[], n: number) => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
};

const firstNames = [
  "Aisha", "Ben", "Carmen", "Dmitri", "Esi", "Farah", "Gabriel", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Mateo", "Nadia",
  "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Alex", "Bea", "Chidi",
  "Dana", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kim", "Leila", "Marco", "Nell", "Omar", "Paula", "Rafael",
  "Sofia", "Theo", "Uma", "Viktor", "Willa", "Yara", "Zaid",
] as const;
const initials = "ABCDEFGHJKLMNOPRSTVWY";

export const starterTopicSlugs = [
  "grief", "loneliness", "moving", "parenting", "recovery", "chronic-illness", "identity", "work-study", "relationships",
  "caring", "career-change", "new-parent",
] as const;
type TopicSlug = (typeof starterTopicSlugs)[number];

const timezones = [
  ["Europe/London", 4], ["Europe/Berlin", 3], ["Europe/Madrid", 2], ["America/New_York", 4], ["America/Chicago", 2],
  ["America/Los_Angeles", 2], ["Asia/Kolkata", 1], ["Australia/Sydney", 1],
] as const;

const hopes = [
  "Someone to talk to on Sunday evenings, when the week ahead feels heavy.",
  "I'd like a person who has been through it and came out the other side, just to know that's possible.",
  "Mostly to be listened to. I don't need fixing, I need company while I figure things out.",
  "A regular check-in would help me keep going with the small things: sleep, walks, eating properly.",
  "I moved here alone and I'd love someone to swap notes with about settling in.",
  "Practical ideas from someone who has juggled the same things would mean a lot.",
  "I want to feel less alone with this, without having to explain everything from the start.",
  "Someone steady. My friends mean well but they either panic or change the subject.",
  "To talk things through before they pile up, at a pace that suits me.",
  "I'd like to feel understood by someone who won't judge the messy parts.",
];
const intros = [
  "I lost my dad a few years ago and remember how lonely the months afterwards were. I'm a good listener and a slow replier, in a good way.",
  "I moved countries twice in my twenties. Happy to share what helped me find my feet, or simply to listen.",
  "Ten years in recovery. I don't give lectures; I show up, week after week.",
  "I care for my mum and work full time, so I know the juggling. I like short, honest check-ins.",
  "I changed careers at 40 and it was terrifying. I ask questions more than I give answers.",
  "I live with a chronic illness and have learned a lot about pacing. Gentle by nature, direct when asked.",
  "Parent of three, survivor of many sleepless nights. I'm practical and I laugh easily.",
  "I came out later in life and know how much one steady person can matter.",
];
const motivations = [
  "Someone walked alongside me when I needed it, and I'd like to do the same for someone else.",
  "I have a couple of evenings a week free and want to use them for something that matters.",
  "I know from experience how much consistency helps, and I can offer that.",
];
const friendShares = [
  "Walks, bad jokes and how the week really went.",
  "Books, cooking, and being honest about the hard days.",
  "Swapping notes on settling into a new city.",
  "Keeping each other company through a tough stretch.",
];

const randomWindows = (rng: Rng, count: number): Window[] => {
  const evenings = allWindows.filter((w) => w.endsWith("evening"));
  const chosen = new Set<Window>(sample(rng, evenings, Math.ceil(count / 2)));
  for (const w of sample(rng, allWindows, count)) if (chosen.size < count) chosen.add(w);
  return [...chosen];
};

const styles = (rng: Rng) => ({
  listenStyle: weighted<ListenStyle>(rng, [["listen", 5], ["balanced", 4], ["ideas", 2]]),
  tone: weighted<Tone>(rng, [["gentle", 5], ["balanced", 4], ["direct", 2]]),
  messageLength: weighted<MessageLength>(rng, [["short", 3], ["either", 5], ["long", 2]]),
});
const languagesFor = (rng: Rng) => {
  const main = weighted(rng, [["en", 17], ["es", 2], ["de", 1]] as const);
  return rng() < 0.2 ? [...new Set([main, pick(rng, ["es", "fr", "de", "pt", "pl"] as const)])] : [main];
};
const ageBand = (rng: Rng) => pick<AgeBand>(rng, ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]);
const gender = (rng: Rng) => weighted<Gender | null>(rng, [["woman", 5], ["man", 4], ["non-binary", 1], [null, 2]]);

export interface DemoSeeker {
  email: string;
  name: string;
  lookingFor: "mentor" | "friend" | "both";
  topics: { slug: TopicSlug; livedExperienceMatters: boolean }[];
  ownWords: string | null;
  cadence: Cadence;
  windows: Window[];
  timezone: string;
  listenStyle: ListenStyle;
  tone: Tone;
  messageLength: MessageLength;
  consistencyImportance: number;
  nonJudgmentImportance: number;
  languages: string[];
  ageBand: AgeBand;
  gender: Gender | null;
  preferredAgeBands: AgeBand[];
  preferredGenders: Gender[];
  avoidTopics: TopicSlug[];
  dealbreakers: Dealbreaker[];
  hopes: string;
  friendShare: string | null;
}

export interface DemoMentor {
  email: string;
  name: string;
  status: "approved" | "submitted" | "draft";
  topics: TopicSlug[];
  avoidTopics: TopicSlug[];
  capacity: number;
  cadences: Cadence[];
  windows: Window[];
  timezone: string;
  languages: string[];
  listenStyle: ListenStyle;
  tone: Tone;
  messageLength: MessageLength;
  ageBand: AgeBand;
  gender: Gender | null;
  intro: string;
  motivation: string;
  /** Days from the seed date until a paused mentor returns. */
  pausedForDays: number | null;
}

const nameFor = (rng: Rng) => `${pick(rng, firstNames)} ${pick(rng, initials.split(""))}.`;

export function demoSeekers(count: number, seed = 20261122): DemoSeeker[] {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const topicSlugs = sample(rng, starterTopicSlugs, 1 + Math.floor(rng() * 3));
    const lookingFor = weighted(rng, [["mentor", 12], ["both", 5], ["friend", 3]] as const);
    const others = starterTopicSlugs.filter((t) => !topicSlugs.includes(t));
    return {
      email: `seeker-${String(i + 1).padStart(3, "0")}@alongside.test`,
      name: nameFor(rng),
      lookingFor,
      topics: topicSlugs.map((slug) => ({ slug, livedExperienceMatters: rng() < 0.6 })),
      ownWords: rng() < 0.3 ? "It comes in waves; some weeks are fine and some are not." : null,
      cadence: weighted<Cadence>(rng, [["weekly", 5], ["fortnightly", 3], ["monthly", 1]]),
      windows: randomWindows(rng, 2 + Math.floor(rng() * 5)),
      timezone: weighted(rng, timezones),
      ...styles(rng),
      consistencyImportance: weighted(rng, [[4, 4], [3, 4], [2, 2], [1, 1]] as const),
      nonJudgmentImportance: weighted(rng, [[4, 5], [3, 3], [2, 1], [1, 1]] as const),
      languages: languagesFor(rng),
      ageBand: ageBand(rng),
      gender: gender(rng),
      preferredAgeBands: rng() < 0.15 ? sample(rng, ["25-34", "35-44", "45-54"] as AgeBand[], 2) : [],
      preferredGenders: rng() < 0.2 ? [pick<Gender>(rng, ["woman", "man"])] : [],
      avoidTopics: rng() < 0.2 ? sample(rng, others, 1) : [],
      dealbreakers: rng() < 0.25 ? [pick<Dealbreaker>(rng, ["advice-first", "direct-tone", "long-messages", "short-messages"])] : [],
      hopes: pick(rng, hopes),
      friendShare: lookingFor === "mentor" ? null : pick(rng, friendShares),
    };
  });
}

export function demoMentors(approved: number, pending: number, seed = 61122026): DemoMentor[] {
  const rng = random(seed);
  return Array.from({ length: approved + pending }, (_, i) => {
    const isApproved = i < approved;
    const topicSlugs = sample(rng, starterTopicSlugs, 1 + Math.floor(rng() * 4));
    return {
      email: isApproved ? `mentor-${String(i + 1).padStart(2, "0")}@alongside.test` : `applicant-${i - approved + 1}@alongside.test`,
      name: nameFor(rng),
      status: isApproved ? "approved" : i - approved < pending - 2 ? "submitted" : "draft",
      topics: topicSlugs,
      avoidTopics: rng() < 0.2 ? sample(rng, starterTopicSlugs.filter((t) => !topicSlugs.includes(t)), 1) : [],
      capacity: weighted(rng, [[1, 2], [2, 4], [3, 4], [4, 1], [5, 1]] as const),
      cadences: weighted<Cadence[]>(rng, [[["weekly"], 4], [["weekly", "fortnightly"], 4], [["fortnightly", "monthly"], 2], [["weekly", "fortnightly", "monthly"], 2]]),
      windows: randomWindows(rng, 2 + Math.floor(rng() * 6)),
      timezone: weighted(rng, timezones),
      languages: languagesFor(rng),
      ...styles(rng),
      ageBand: pick<AgeBand>(rng, ["25-34", "35-44", "45-54", "55-64", "65+"]),
      gender: gender(rng),
      intro: pick(rng, intros),
      motivation: pick(rng, motivations),
      pausedForDays: isApproved && rng() < 0.05 ? 14 + Math.floor(rng() * 30) : null,
    };
  });
}
