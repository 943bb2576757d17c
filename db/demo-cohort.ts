/**
 * A deterministic, believable demo cohort: the same seed gives the same
 * people every time, so tests and screenshots can rely on them. Pure: no
 * database; db/seed-runner.ts writes it.
 */
import type { AgeBand, Cadence, Dealbreaker, Gender, ListenStyle, MessageLength, Tone, Window } from "@/lib/profiles/options";
import { allWindows } from "@/lib/profiles/options";
import { trainingQuestions } from "@/lib/mentoring/training";

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

/** Hopes anyone might have, whatever brought them. */
const hopes = [
  "Someone to talk to on Sunday evenings, when the week ahead feels heavy.",
  "Mostly to be listened to. I don't need fixing, I need company while I figure things out.",
  "A regular check-in would help me keep going with the small things: sleep, walks, eating properly.",
  "I want to feel less alone with this, without having to explain everything from the start.",
  "Someone steady. My friends mean well but they either panic or change the subject.",
  "To talk things through before they pile up, at a pace that suits me.",
  "I'd like to feel understood by someone who won't judge the messy parts.",
];
/** Hopes that speak of one topic: only given to a seeker who asked for support with it. */
const topicHopes: Partial<Record<TopicSlug, string>> = {
  grief: "I'd like a person who has lost someone too and came out the other side, just to know that's possible.",
  moving: "I moved here alone and I'd love someone to swap notes with about settling in.",
  parenting: "Practical ideas from someone who has juggled kids and everything else would mean a lot.",
  "new-parent": "Someone who remembers the first months with a baby and won't tell me I'm doing it wrong.",
  recovery: "Someone a few steps further along in recovery, to talk to on the days it's hard.",
  caring: "Someone who knows what it is to care for a parent and still have a life of your own.",
  "career-change": "To think out loud about a career change with someone who has made one.",
};

/**
 * A mentor's "About you" is built from their own lived experience (their
 * topics), style and rhythm, so the words never claim an experience the
 * profile does not list (and no line names an age, a gender or a length of
 * time that another attribute could contradict). Each topic has several ways of saying it; a mentor
 * whose words come out the same as another's gets a different variant or a
 * detail of their own, so no two mentors share an intro.
 */
export const experienceLines: Record<TopicSlug, readonly string[]> = {
  grief: [
    "I lost my dad a few years ago and still remember how quiet the house was afterwards.",
    "My partner died suddenly; the second year was harder than the first.",
    "I was with my mum through her last months, and I know grief doesn't keep to a timetable.",
    "My brother died suddenly, and for a long time I didn't know who to talk to about it.",
  ],
  loneliness: [
    "There was a long stretch when I could go a whole weekend without speaking to anyone.",
    "I know how lonely a full city can feel; it took me years to build a circle I trust.",
    "After my friends all moved away I had a few very lonely years, and I came through them slowly.",
  ],
  moving: [
    "I moved countries twice in my twenties and had to start from nothing both times.",
    "I moved to a new city for work on my own, and it took a year before it felt like home.",
    "I grew up between two languages and moved here on my own at nineteen.",
  ],
  parenting: [
    "I'm raising three kids, so I know the juggling.",
    "I brought up my kids on my own, mostly on very little sleep.",
    "Parent of two; the school years taught me more patience than anything else.",
  ],
  recovery: [
    "I've been in recovery from alcohol for years now, one day at a time.",
    "I stopped drinking six years ago, after several tries, and I remember the early months well.",
    "Recovery from a gambling addiction taught me how much one steady person can matter.",
  ],
  "chronic-illness": [
    "I live with a chronic illness and have learned a lot about pacing and bad weeks.",
    "I was diagnosed with MS in my twenties; I know the tiredness that other people don't see.",
    "Years of chronic pain taught me to plan around flare-ups rather than fight them.",
  ],
  identity: [
    "I came out later than most and know how much it helps to be met without questions.",
    "I'm trans and spent years working out how to be myself at work and at home.",
    "Working out my identity as a queer person from a religious family took a long time.",
  ],
  "work-study": [
    "I burned out during my degree and had to learn how to study without running on fear.",
    "I hit burnout in my first job after university and rebuilt my working life slowly.",
    "I retook my final exams after a very rough year, so I know that pressure.",
  ],
  relationships: [
    "I went through a divorce and rebuilt my life from there.",
    "A long relationship ended badly for me and it took time to trust my own judgement again.",
    "I separated from a long-term partner and learned to live on my own again.",
  ],
  caring: [
    "I care for my mum, who has dementia, and I work full time.",
    "I was a carer for my husband for six years, alongside a job and a household.",
    "I looked after my younger sister through a long illness while finishing school.",
  ],
  "career-change": [
    "I changed careers from banking to nursing, and it was terrifying.",
    "I retrained as a teacher after years in retail.",
    "I left a safe office job to start again as a gardener, and I've never regretted it.",
  ],
  "new-parent": [
    "My first baby arrived in a very dark winter, and the first months were a blur.",
    "I had a newborn and a premature second baby within two years.",
    "I became a parent at 24 with no idea what I was doing; the baby months were hard and good.",
  ],
};

const styleLines: Record<ListenStyle, readonly string[]> = {
  listen: ["I listen first and I don't rush to fix things.", "Mostly I listen; ideas only when you ask for them.", "I'm a listener more than an adviser."],
  balanced: ["I listen, and share what worked for me when it might help.", "Some listening, some thinking together: whatever the week needs.", "I'll listen first and offer a thought or two if you'd like."],
  ideas: ["I like practical ideas and small next steps.", "I'm practical: I'll help you think of one small thing to try.", "I'm good at turning a heavy week into one or two doable steps."],
};
const toneLines: Record<Tone, readonly string[]> = {
  gentle: ["Gentle by nature.", "I go slowly and kindly.", "I keep things calm."],
  balanced: ["Warm, and honest when it matters.", "Kind, and straight with you if you want that.", "Easy-going, and honest."],
  direct: ["Direct when asked, never harsh.", "I say things plainly, and kindly.", "I'm direct, and I laugh easily."],
};
const rhythmLines: Record<Cadence, readonly string[]> = {
  weekly: ["I keep to a weekly check-in.", "Once a week suits me best.", "I like a steady weekly rhythm."],
  fortnightly: ["Every other week works well for me.", "I keep a fortnightly rhythm.", "A check-in every two weeks suits me."],
  monthly: ["I can do a monthly check-in, reliably.", "Once a month, and I'll be there.", "A monthly rhythm works best for me."],
};
/** A little of each person's everyday life: the tie-breaker that keeps every intro their own. */
const details = [
  "Outside this I grow tomatoes badly.", "I walk my dog every morning.", "I sing in a community choir.", "I'm learning Portuguese, slowly.",
  "I bake bread at weekends.", "I swim in the sea all year round.", "I read crime novels on the bus.", "I volunteer at a food bank too.",
  "I play five-a-side on Thursdays.", "I knit when I listen to podcasts.", "I cycle to work whatever the weather.", "I'm rebuilding an old bike.",
  "I paint watercolours, not very well.", "I keep an allotment with my neighbour.", "I like long walks and short messages.", "I make a good curry.",
];
const motivations = [
  "Someone walked alongside me when I needed it, and I'd like to do the same for someone else.",
  "I have a couple of evenings a week free and want to use them for something that matters.",
  "I know from experience how much consistency helps, and I can offer that.",
  "I wish I'd had someone who had been there when I was going through it.",
  "A stranger's kindness got me through a hard year; this is my way of passing it on.",
  "I've had a lot of support over the years and I'd like to give some back.",
];

const friendShares = [
  "Walks, bad jokes and how the week really went.",
  "Books, cooking, and being honest about the hard days.",
  "Swapping notes on settling into a new city.",
  "Keeping each other company through a tough stretch.",
];

/** An intro from the mentor's own topics, style and rhythm; `taken` keeps every intro unique. */
function mentorIntro(rng: Rng, m: { topics: readonly TopicSlug[]; listenStyle: ListenStyle; tone: Tone; cadences: readonly Cadence[] }, taken: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [first, second] = m.topics;
    const parts = [pick(rng, experienceLines[first!])];
    if (second && rng() < 0.6) parts.push(pick(rng, experienceLines[second]));
    parts.push(pick(rng, styleLines[m.listenStyle]), pick(rng, toneLines[m.tone]), pick(rng, rhythmLines[m.cadences[0] ?? "weekly"]));
    if (attempt > 0 || rng() < 0.4) parts.push(pick(rng, details));
    const intro = parts.join(" ");
    if (!taken.has(intro)) {
      taken.add(intro);
      return intro;
    }
  }
  throw new Error("Could not write a unique intro for a demo mentor; add more variety to db/demo-cohort.ts.");
}

/** Training answers as a person who passed would have given them: every "Safety first" question right. */
export function passedTrainingAnswers(differOnOne = false): Record<string, string> {
  const answers: Record<string, string> = {};
  let differed = !differOnOne;
  for (const q of trainingQuestions) {
    const right = q.options.find((o) => o.correct)!;
    const other = q.options.find((o) => !o.correct);
    if (!differed && !q.safetyCritical && other) {
      answers[q.id] = other.id;
      differed = true;
    } else answers[q.id] = right.id;
  }
  return answers;
}

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
  /** The training answers (question id → option id); null for a draft that has not reached training. */
  trainingAnswers: Record<string, string> | null;
  /** Days from the seed date until a paused mentor returns. */
  pausedForDays: number | null;
}

const nameFor = (rng: Rng) => `${pick(rng, firstNames)} ${pick(rng, initials.split(""))}.`;

/** A seeker's hopes: about one of their own topics when there are words for it, else general. */
function seekerHopes(rng: Rng, topics: readonly TopicSlug[]): string {
  const own = topics.map((t) => topicHopes[t]).filter((h): h is string => Boolean(h));
  return own.length > 0 && rng() < 0.6 ? pick(rng, own) : pick(rng, hopes);
}

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
      hopes: seekerHopes(rng, topicSlugs),
      friendShare: lookingFor === "mentor" ? null : pick(rng, friendShares),
    };
  });
}

export function demoMentors(approved: number, pending: number, seed = 61122026): DemoMentor[] {
  const rng = random(seed);
  const taken = new Set<string>();
  return Array.from({ length: approved + pending }, (_, i) => {
    const isApproved = i < approved;
    const status: DemoMentor["status"] = isApproved ? "approved" : i - approved < pending - 2 ? "submitted" : "draft";
    const topicSlugs = sample(rng, starterTopicSlugs, 1 + Math.floor(rng() * 4));
    const mentor = {
      email: isApproved ? `mentor-${String(i + 1).padStart(2, "0")}@alongside.test` : `applicant-${i - approved + 1}@alongside.test`,
      name: nameFor(rng),
      status,
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
      motivation: pick(rng, motivations),
      pausedForDays: isApproved && rng() < 0.05 ? 14 + Math.floor(rng() * 30) : null,
      // A draft has not reached the training step; everyone else passed it (the first applicant answered one
      // question that is not "Safety first" differently, which moderators see on the review page).
      trainingAnswers: status === "draft" ? null : passedTrainingAnswers(i === approved),
    };
    return { ...mentor, intro: mentorIntro(rng, mentor, taken) };
  });
}
