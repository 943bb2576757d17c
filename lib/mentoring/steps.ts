/**
 * The steps of a mentor application, in order. Each step saves on Continue,
 * and `mentor_profiles.step` remembers how far the person has got, so they can
 * leave and come back where they were.
 */
export const applicationSteps = [
  { step: 1, title: "What you've lived through" },
  { step: 2, title: "Your capacity and rhythm" },
  { step: 3, title: "Languages and your way of being there" },
  { step: 4, title: "In your own words" },
  { step: 5, title: "Your pledges" },
  { step: 6, title: "Training" },
  { step: 7, title: "Check and send" },
] as const;

export const APPLICATION_STEPS = applicationSteps.length;
export type ApplicationStep = (typeof applicationSteps)[number]["step"];

export function stepTitle(step: number) {
  return applicationSteps.find((s) => s.step === step)?.title ?? "";
}

export function applicationStepHref(step: number) {
  return `/volunteer/apply/${step}`;
}

/** A step number from a URL segment, or null when it is not one of ours. */
export function parseStep(value: string): ApplicationStep | null {
  if (!/^[1-9]$/.test(value)) return null;
  const step = Number(value);
  return step <= APPLICATION_STEPS ? (step as ApplicationStep) : null;
}

/** Capacity is 1–5 people at a time, and fewer is always fine. */
export const MENTOR_CAPACITY_MAX = 5;
export const capacityOptions = [
  { value: "1", label: "One person", hint: "A lovely place to start. One steady relationship matters a great deal." },
  { value: "2", label: "Two people" },
  { value: "3", label: "Three people" },
  { value: "4", label: "Four people" },
  { value: "5", label: "Five people", hint: "The most we ask anyone to hold at once." },
] as const;

/** Length limits of the words a volunteer writes (step 4). */
export const INTRO_MAX = 500;
export const MOTIVATION_MAX = 1000;
