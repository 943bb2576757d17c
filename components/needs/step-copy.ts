import type { StepKey } from "@/lib/profiles/onboarding-steps";

/** The heading and the short line under it, for each step of onboarding and each section of the profile. */
export const stepCopy: Record<StepKey, { heading: string; intro: string }> = {
  "looking-for": {
    heading: "Who would you like alongside you?",
    intro: "There's no wrong answer, and you can change it whenever you like.",
  },
  topics: {
    heading: "What would you like support with?",
    intro: "Choose as many as fit. For each, tell us whether it matters that the other person has lived it too.",
  },
  rhythm: {
    heading: "How often, and when?",
    intro: "Steady matters more than often: choose a rhythm you could keep up even in a hard week.",
  },
  style: {
    heading: "How do you like to be met?",
    intro: "There are no better answers here, only what suits you.",
  },
  "about-you": {
    heading: "A little about you",
    intro: "This helps us find someone you can talk with easily. Anything marked optional can stay blank.",
  },
  boundaries: {
    heading: "Your boundaries",
    intro: "Everything here is optional, and only you see it. Matching uses it to keep what you don't want out of your way.",
  },
  hopes: {
    heading: "What do you hope for?",
    intro: "A few sentences are plenty. The person you're matched with will read them.",
  },
  friend: {
    heading: "Peer friendship",
    intro: "Peer friends support each other on an equal footing. Tell us what you'd like to share, and when suits you.",
  },
  "not-therapy": {
    heading: "What Alongside is, and isn't",
    intro: "One last thing before we look for someone.",
  },
};
