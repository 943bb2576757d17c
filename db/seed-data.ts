import { type DemoMentor, type DemoSeeker, passedTrainingAnswers } from "./demo-cohort";
import type { NewUser } from "./schema";

/** The password of every demo account. Listed in the README; demo mode only. */
export const DEMO_PASSWORD = "alongside-demo";

export const demoAccounts: Omit<NewUser, "passwordHash">[] = [
  { email: "seeker@alongside.test", name: "Sam (demo seeker)", roles: ["seeker"] },
  { email: "mentor@alongside.test", name: "Maya (demo mentor)", roles: ["mentor"] },
  { email: "moderator@alongside.test", name: "Morgan (demo moderator)", roles: ["moderator"] },
  { email: "admin@alongside.test", name: "Ada (demo admin)", roles: ["admin"] },
];

/** A few more people so the admin screens have something to show. */
export const demoPeople: Omit<NewUser, "passwordHash">[] = [
  { email: "river@alongside.test", name: "River", roles: ["seeker"] },
  { email: "noor@alongside.test", name: "Noor", roles: ["seeker", "mentor"] },
  { email: "tomasz@alongside.test", name: "Tomasz", roles: ["mentor"] },
  { email: "amara@alongside.test", name: "Amara", roles: ["seeker"] },
  { email: "jun@alongside.test", name: "Jun", roles: ["seeker"] },
  { email: "lucia@alongside.test", name: "Lucía", roles: ["mentor"] },
];

/** Complete profiles for the demo seeker and the demo mentor, so every screen has something real. */
export const demoSeekerProfile: DemoSeeker = {
  email: "seeker@alongside.test",
  name: "Sam (demo seeker)",
  lookingFor: "both",
  topics: [
    { slug: "grief", livedExperienceMatters: true },
    { slug: "loneliness", livedExperienceMatters: false },
  ],
  ownWords: "My mum died in the spring and the evenings are the hardest part.",
  cadence: "weekly",
  windows: ["tue-evening", "thu-evening", "sun-afternoon"],
  timezone: "Europe/London",
  listenStyle: "listen",
  tone: "gentle",
  messageLength: "either",
  consistencyImportance: 4,
  nonJudgmentImportance: 4,
  languages: ["en"],
  ageBand: "25-34",
  gender: null,
  preferredAgeBands: [],
  preferredGenders: [],
  avoidTopics: ["parenting"],
  dealbreakers: ["advice-first"],
  hopes: "Someone who checks in every week and lets me talk without trying to fix it.",
  friendShare: "Walks, films, and the odd honest conversation about how it's really going.",
};

export const demoMentorProfile: DemoMentor = {
  email: "mentor@alongside.test",
  name: "Maya (demo mentor)",
  status: "approved",
  topics: ["grief", "moving", "loneliness"],
  avoidTopics: [],
  // One place is taken by the seeded mentee (db/seed-relationships.ts); two stay free to be asked.
  capacity: 3,
  cadences: ["weekly", "fortnightly"],
  windows: ["tue-evening", "wed-evening", "sat-morning"],
  timezone: "Europe/London",
  languages: ["en", "es"],
  listenStyle: "listen",
  tone: "gentle",
  messageLength: "either",
  ageBand: "35-44",
  gender: "woman",
  intro: "I lost my father when I was thirty and moved countries a year later. I listen first, and I keep showing up.",
  motivation: "A volunteer sat with me every Tuesday the year my dad died. I want to be that for someone.",
  trainingAnswers: passedTrainingAnswers(),
  pausedForDays: null,
};
