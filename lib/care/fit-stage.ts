/**
 * When the private fit check is asked: after the first kept check-in, and
 * again after the third. Someone who let the first question pass and has
 * kept three check-ins since is asked the later one only: the earlier
 * question is about a moment that has gone.
 */
export const FIT_STAGES = [1, 3] as const;
export type FitStage = (typeof FIT_STAGES)[number];

/** The stage due after this many kept check-ins, or null before the first. */
export function dueFitStage(keptCheckIns: number): FitStage | null {
  if (keptCheckIns >= 3) return 3;
  if (keptCheckIns >= 1) return 1;
  return null;
}

/** Whether a stage may be answered yet. */
export function fitStageOpen(stage: FitStage, keptCheckIns: number): boolean {
  return keptCheckIns >= stage;
}
