import type { LookingFor } from "./options";

/**
 * The steps of seeker onboarding, in order. A step's number (1–9) is its
 * place in this list and is what `needs_profiles.step` stores; the number a
 * person *sees* is its place among the steps that apply to them (the friend
 * step only applies to people looking for a peer friend).
 */
export const ONBOARDING_STEPS = [
  { key: "looking-for", title: "What you're looking for" },
  { key: "topics", title: "What you'd like support with" },
  { key: "rhythm", title: "Your rhythm" },
  { key: "style", title: "How you like to be met" },
  { key: "about-you", title: "About you" },
  { key: "boundaries", title: "Your boundaries" },
  { key: "hopes", title: "What you hope for" },
  { key: "friend", title: "Peer friendship" },
  { key: "not-therapy", title: "What Alongside is, and isn't" },
] as const;

export type StepKey = (typeof ONBOARDING_STEPS)[number]["key"];
export const STEP_KEYS: StepKey[] = ONBOARDING_STEPS.map((s) => s.key);
export const LAST_STEP = ONBOARDING_STEPS.length;

export const isStepKey = (value: unknown): value is StepKey => typeof value === "string" && (STEP_KEYS as string[]).includes(value);
export const stepNumber = (key: StepKey) => STEP_KEYS.indexOf(key) + 1;
export const stepTitle = (key: StepKey) => ONBOARDING_STEPS[stepNumber(key) - 1]!.title;

export const wantsFriend = (lookingFor: LookingFor | null | undefined) => lookingFor === "friend" || lookingFor === "both";

/** The steps that apply to someone. Before they have answered step 1, all of them. */
export function visibleSteps(lookingFor: LookingFor | null | undefined): StepKey[] {
  return lookingFor && !wantsFriend(lookingFor) ? STEP_KEYS.filter((k) => k !== "friend") : [...STEP_KEYS];
}

/** "Step 3 of 8": the place a person sees, and how many steps they have. */
export function stepPosition(key: StepKey, lookingFor: LookingFor | null | undefined) {
  const steps = visibleSteps(lookingFor);
  return { position: steps.indexOf(key) + 1, total: steps.length };
}

export function nextStep(key: StepKey, lookingFor: LookingFor | null | undefined): StepKey | null {
  const steps = visibleSteps(lookingFor);
  return steps[steps.indexOf(key) + 1] ?? null;
}

export function previousStep(key: StepKey, lookingFor: LookingFor | null | undefined): StepKey | null {
  const steps = visibleSteps(lookingFor);
  const index = steps.indexOf(key);
  return index > 0 ? steps[index - 1]! : null;
}

/** What is known about someone's answers, enough to tell which steps are answered. */
export interface ProgressFacts {
  lookingFor: LookingFor | null;
  topicCount: number;
  cadence: string | null;
  windowCount: number;
  timezone: string | null;
  listenStyle: string | null;
  tone: string | null;
  messageLength: string | null;
  consistencyImportance: number | null;
  nonJudgmentImportance: number | null;
  languageCount: number;
  ageBand: string | null;
  hopes: string | null;
  hasFriendProfile: boolean;
  /** An acknowledgment of the current "not therapy" text. */
  acknowledged: boolean;
}

/** Whether a step's required answers are there. A step of optional answers (boundaries) always is. */
export function isAnswered(key: StepKey, f: ProgressFacts): boolean {
  switch (key) {
    case "looking-for":
      return f.lookingFor !== null;
    case "topics":
      return f.topicCount > 0;
    case "rhythm":
      return f.cadence !== null && f.windowCount > 0 && f.timezone !== null;
    case "style":
      return [f.listenStyle, f.tone, f.messageLength, f.consistencyImportance, f.nonJudgmentImportance].every((v) => v !== null);
    case "about-you":
      return f.languageCount > 0 && f.ageBand !== null;
    case "boundaries":
      return true;
    case "hopes":
      return Boolean(f.hopes);
    case "friend":
      return f.hasFriendProfile;
    case "not-therapy":
      return f.acknowledged;
  }
}

/** The first step that applies and still lacks an answer, or null when everything is answered. */
export function firstUnanswered(f: ProgressFacts): StepKey | null {
  return visibleSteps(f.lookingFor).find((key) => !isAnswered(key, f)) ?? null;
}

/**
 * The step to resume at after saving `saved`: the furthest step reached so
 * far (going back and saving again never moves it back), but never past a
 * step whose answers are missing — e.g. choosing "both" late brings the
 * friend step back, and a hand-made request cannot skip ahead.
 */
export function resumeStepAfter(saved: StepKey, storedStep: number, f: ProgressFacts): number {
  const after = nextStep(saved, f.lookingFor);
  const reached = Math.max(storedStep, after ? stepNumber(after) : LAST_STEP + 1);
  const missing = firstUnanswered(f);
  const resume = Math.min(reached, missing ? stepNumber(missing) : LAST_STEP + 1);
  return Math.max(1, Math.min(LAST_STEP, resume));
}

/** The step a stored step number points at, for this person (skipping a step that no longer applies). */
export function resumeKey(storedStep: number, lookingFor: LookingFor | null | undefined): StepKey {
  const steps = visibleSteps(lookingFor);
  return steps.find((key) => stepNumber(key) >= storedStep) ?? steps.at(-1)!;
}

/** Whether a step may be opened: it applies, and it is not past the step to resume at. */
export function mayOpenStep(key: StepKey, storedStep: number, lookingFor: LookingFor | null | undefined) {
  return visibleSteps(lookingFor).includes(key) && stepNumber(key) <= stepNumber(resumeKey(storedStep, lookingFor));
}
