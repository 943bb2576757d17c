import { describe, expect, it } from "vitest";
import {
  ageCloseness,
  ageFitForSeeker,
  MENTOR_WEIGHTS,
  rhythmFitForMentor,
  rhythmFitForSeeker,
  seekerWeights,
  signalFit,
  styleAxisFit,
  styleCode,
  styleFit,
  styleFitOf,
  topicFitForMentor,
  topicFitForSeeker,
  windowFit,
} from "@/lib/matching/criteria";
import { prepareMentor, prepareSeeker } from "@/lib/matching/prepare";
import { harmonicMean, pairScore, scoreDetail, toScale } from "@/lib/matching/score";
import { FALLBACK_PRIORS, keptRate, notJudgedRate, platformPriors, PRIOR_STRENGTH, shrunkRate, wilsonLowerBound } from "@/lib/matching/signals";
import { context, GRIEF, LONELINESS, mentor, MOVING, seeker } from "./support";

const bits = (...n: number[]) => n.reduce((m, i) => m | (1 << i), 0);

describe("soft criteria", () => {
  it("topics, seeker's view: lived experience counts double where it matters", () => {
    // Requested {0, 1}; lived experience matters for 0.
    expect(topicFitForSeeker(bits(0, 1), 0, bits(0), 0, bits(0, 1), 0)).toBe(1);
    expect(topicFitForSeeker(bits(0, 1), 0, bits(0), 0, bits(1), 0)).toBeCloseTo(1 / 3); // 0·2 + 1·1 over 3
    expect(topicFitForSeeker(bits(0, 1), 0, bits(0), 0, bits(0), 0)).toBeCloseTo(2.5 / 3); // 2 + 0.5 over 3
    expect(topicFitForSeeker(bits(0, 1), 0, bits(0), 0, 0, 0)).toBeCloseTo(0.5 / 3);
    expect(topicFitForSeeker(0, 0, 0, 0, bits(3), 0)).toBe(0.5); // nothing asked
    expect(topicFitForSeeker(0, bits(2), 0, bits(2), 0, bits(2))).toBe(1); // topics beyond the 32nd
  });

  it("topics, mentor's view: the share of what was asked that they have lived through", () => {
    expect(topicFitForMentor(bits(0, 1, 2), 0, bits(1), 0)).toBeCloseTo(1 / 3);
    expect(topicFitForMentor(0, 0, bits(1), 0)).toBe(0.5);
  });

  it("rhythm: room in the mentor's places for the seeker, comfort for the mentor", () => {
    expect(rhythmFitForSeeker(2, 1)).toBe(1);
    expect(rhythmFitForSeeker(2, 0.5)).toBeCloseTo(0.85);
    expect(rhythmFitForSeeker(-1, 1)).toBeCloseTo(0.7);
    // Weekly (2) from a mentor whose easiest rhythm is monthly (0): two steps.
    expect(rhythmFitForMentor(2, 0)).toBe(0.5);
    expect(rhythmFitForMentor(1, 1)).toBe(1);
    expect(rhythmFitForMentor(-1, 0)).toBe(0.75);
  });

  it("windows: shared hours over one's own, capped at plenty", () => {
    expect(windowFit(5, 5)).toBe(1);
    expect(windowFit(2, 20)).toBe(0.2);
    expect(windowFit(12, 20)).toBe(1);
    expect(windowFit(0, 0)).toBe(0);
  });

  it("style: same 1, one in the middle 0.6, opposite 0, unknown 0.5, mean of three axes", () => {
    expect(styleAxisFit(0, 0)).toBe(1);
    expect(styleAxisFit(0, 1)).toBe(0.6);
    expect(styleAxisFit(0, 2)).toBe(0);
    expect(styleAxisFit(-1, 2)).toBe(0.5);
    expect(styleFit(0, 0, 1, 0, 2, 1)).toBeCloseTo(2 / 3);
    // The lookup table the hot loops use holds exactly these numbers.
    for (const a of [-1, 0, 1, 2]) for (const b of [-1, 0, 1, 2]) for (const c of [-1, 0, 1, 2]) {
      expect(styleFitOf(styleCode(a, b, c), styleCode(c, a, b))).toBe(styleFit(a, b, c, c, a, b));
    }
  });

  it("learned signals and age", () => {
    expect(signalFit(0.5)).toBe(0);
    expect(signalFit(0.9)).toBeCloseTo(0.8);
    expect(signalFit(1)).toBe(1);
    expect(ageCloseness(1, 1)).toBe(1);
    expect(ageCloseness(1, 3)).toBe(0.5);
    expect(ageCloseness(-1, 3)).toBe(0.5);
    expect(ageFitForSeeker(bits(1, 2), 1, 2)).toBe(1);
  });

  it("weights: each view sums to 1; importance scales consistency and non-judgment", () => {
    for (const [c, n] of [[1, 1], [2, 2], [4, 4], [1, 4]]) {
      const w = seekerWeights(c!, n!);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    const essential = seekerWeights(4, 1);
    expect(essential[4]! / essential[5]!).toBeCloseTo(4);
    expect(Object.values(MENTOR_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe("two-sided score", () => {
  it("harmonic mean: a one-sided fit scores low", () => {
    expect(harmonicMean(0.9, 0.3)).toBeCloseTo(0.45);
    expect(harmonicMean(0.6, 0.6)).toBeCloseTo(0.6);
    expect(harmonicMean(1, 0)).toBe(0);
    expect(harmonicMean(0, 0)).toBe(0);
  });

  it("is an integer 0–100 from the same numbers as its explanation", () => {
    const ctx = context();
    const s = prepareSeeker(
      seeker({
        topics: [
          { topicId: GRIEF, livedExperienceMatters: true },
          { topicId: LONELINESS, livedExperienceMatters: false },
        ],
      }),
      ctx,
    );
    const m = prepareMentor(mentor({ topicIds: [GRIEF, MOVING] }), ctx);
    const detail = scoreDetail(s, m, 5);
    expect(Number.isInteger(detail.score)).toBe(true);
    expect(detail.score).toBe(pairScore(s, m, 5));
    expect(detail.score).toBe(toScale(harmonicMean(detail.seekerView, detail.mentorView)));
    expect(detail.seeker.reduce((sum, p) => sum + p.contribution, 0)).toBeCloseTo(detail.seekerView, 12);
    expect(detail.mentor.reduce((sum, p) => sum + p.contribution, 0)).toBeCloseTo(detail.mentorView, 12);
    expect(detail.seeker.find((p) => p.criterion === "topics")!.value).toBeCloseTo(2.5 / 3);
  });
});

describe("learned signals, shrunk toward the platform average", () => {
  it("gives a new mentor exactly the platform rate, and a long record nearly its own", () => {
    expect(shrunkRate(0, 0, 0.85, 12)).toBeCloseTo(0.85);
    expect(shrunkRate(2, 2, 0.85, 12)).toBeCloseTo((2 + 0.85 * 12) / 14); // luck is tempered
    expect(shrunkRate(500, 1000, 0.85, 12)).toBeCloseTo(0.5, 1);
    expect(keptRate(undefined, FALLBACK_PRIORS)).toBe(FALLBACK_PRIORS.keptRate);
    expect(notJudgedRate({ keptCheckIns: 0, scheduledCheckIns: 0, notJudgedYes: 3, pulseAnswers: 4 }, { keptRate: 0.8, notJudgedRate: 0.9 })).toBeCloseTo(
      (3 + 0.9 * PRIOR_STRENGTH.notJudged) / (4 + PRIOR_STRENGTH.notJudged),
    );
  });

  it("the Wilson lower bound would zero a newcomer (why matching uses the posterior mean)", () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(8, 10)).toBeCloseTo(0.4902, 3);
  });

  it("platform averages pool every mentor's counts", () => {
    expect(
      platformPriors([
        { signals: { keptCheckIns: 9, scheduledCheckIns: 10, notJudgedYes: 1, pulseAnswers: 2 } },
        { signals: { keptCheckIns: 1, scheduledCheckIns: 10, notJudgedYes: 3, pulseAnswers: 6 } },
        {},
      ]),
    ).toEqual({ keptRate: 0.5, notJudgedRate: 0.5 });
    expect(platformPriors([])).toEqual(FALLBACK_PRIORS);
  });

  it("a mentor with a strong record outranks an identical newcomer for a seeker who said consistency is essential", () => {
    const ctx = context({ priors: { keptRate: 0.8, notJudgedRate: 0.9 } });
    const s = prepareSeeker(seeker({ consistencyImportance: 4 }), ctx);
    const steady = prepareMentor(mentor({ id: "steady", signals: { keptCheckIns: 40, scheduledCheckIns: 40, notJudgedYes: 0, pulseAnswers: 0 } }), ctx);
    const fresh = prepareMentor(mentor({ id: "fresh" }), ctx);
    expect(pairScore(s, steady, 5)).toBeGreaterThan(pairScore(s, fresh, 5));
  });
});
