/**
 * Learned signals: how reliably a mentor keeps check-ins, and how often the
 * people they support answer the private pulse with "I felt not judged".
 *
 * Raw rates punish newcomers (0 of 0) and flatter luck (2 of 2), so each rate
 * is shrunk toward the platform average: the posterior mean of a Beta–Binomial
 * with a Beta prior centred on the platform rate and worth PRIOR_STRENGTH
 * observations. A mentor with no history gets exactly the platform rate; one
 * with many check-ins gets close to their own.
 *
 * The Wilson lower bound (also here, for reference and tests) is the usual
 * alternative for yes/no answers, but it sends 0-of-0 to 0 — exactly the
 * "new mentors are penalised" effect the product rules out — so matching uses
 * the posterior mean for both signals.
 */
import type { MentorForMatching, MentorSignals, SignalPriors } from "./types";

/** How many observations the platform average is worth. */
export const PRIOR_STRENGTH = { keptCheckIns: 12, notJudged: 8 } as const;

/** Used when the platform itself has no history yet. */
export const FALLBACK_PRIORS: SignalPriors = { keptRate: 0.85, notJudgedRate: 0.9 };

/** Posterior mean of a rate with a Beta(mean·strength, (1−mean)·strength) prior. */
export function shrunkRate(successes: number, trials: number, priorMean: number, priorStrength: number): number {
  const s = Math.max(0, Math.min(successes, trials));
  const n = Math.max(0, trials);
  return (s + priorMean * priorStrength) / (n + priorStrength);
}

/** Lower end of the Wilson score interval (z = 1.96 by default); 0 when there are no trials. */
export function wilsonLowerBound(successes: number, trials: number, z = 1.96): number {
  if (trials <= 0) return 0;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return (centre - margin) / (1 + z2 / trials);
}

const noSignals: MentorSignals = { keptCheckIns: 0, scheduledCheckIns: 0, notJudgedYes: 0, pulseAnswers: 0 };

export function keptRate(signals: MentorSignals | undefined, priors: SignalPriors): number {
  const s = signals ?? noSignals;
  return shrunkRate(s.keptCheckIns, s.scheduledCheckIns, priors.keptRate, PRIOR_STRENGTH.keptCheckIns);
}

export function notJudgedRate(signals: MentorSignals | undefined, priors: SignalPriors): number {
  const s = signals ?? noSignals;
  return shrunkRate(s.notJudgedYes, s.pulseAnswers, priors.notJudgedRate, PRIOR_STRENGTH.notJudged);
}

/** The platform averages over the mentors given (pooled counts), or the fallback when there is no history. */
export function platformPriors(mentors: readonly Pick<MentorForMatching, "signals">[]): SignalPriors {
  let kept = 0;
  let scheduled = 0;
  let yes = 0;
  let answers = 0;
  for (const m of mentors) {
    if (!m.signals) continue;
    kept += m.signals.keptCheckIns;
    scheduled += m.signals.scheduledCheckIns;
    yes += m.signals.notJudgedYes;
    answers += m.signals.pulseAnswers;
  }
  return {
    keptRate: scheduled > 0 ? kept / scheduled : FALLBACK_PRIORS.keptRate,
    notJudgedRate: answers > 0 ? yes / answers : FALLBACK_PRIORS.notJudgedRate,
  };
}
