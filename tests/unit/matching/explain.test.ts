import { describe, expect, it } from "vitest";
import { contextForCohort } from "@/lib/matching/context";
import { explainForMentor, explainForSeeker, listWords } from "@/lib/matching/explain";
import { generateCohort } from "@/lib/matching/generate";
import { prepareMentor, prepareSeeker } from "@/lib/matching/prepare";
import { firstFailingFilter } from "@/lib/matching/filters";
import { scoreDetail } from "@/lib/matching/score";
import { overlapHours } from "@/lib/matching/windows";
import { context, LONELINESS, mentor, seeker, TOPICS } from "./support";

function explain(s = seeker(), m = mentor(), ctx = context()) {
  const ps = prepareSeeker(s, ctx);
  const pm = prepareMentor(m, ctx);
  const detail = scoreDetail(ps, pm, overlapHours(ps.week, pm.week));
  return { detail, forSeeker: explainForSeeker(ps, pm, detail, ctx), forMentor: explainForMentor(ps, pm, detail, ctx) };
}

describe("explanations", () => {
  it("names real reasons from both profiles, in the seeker's terms", () => {
    const { forSeeker, detail } = explain();
    expect(forSeeker.score).toBe(detail.score);
    expect(forSeeker.reasons).toContain("Maya has lived experience of grief and loss, which you said matters to you.");
    expect(forSeeker.reasons).toContain("You asked for weekly check-ins; Maya keeps that rhythm and has one of two places free.");
    expect(forSeeker.reasons.join(" ")).not.toMatch(/Maya listens first.*Tuesday/); // one sentence per criterion
  });

  it("says when the windows only just meet, in the seeker's own time", () => {
    const { forSeeker } = explain(seeker({ windows: ["sun-afternoon", "tue-morning"] }), mentor({ windows: ["sun-afternoon", "wed-evening"] }));
    expect(forSeeker.weakest).toBe("Your windows overlap only on Sunday afternoons.");
    const abroad = explain(seeker({ windows: ["sun-evening", "tue-morning"] }), mentor({ timezone: "Europe/Berlin", windows: ["sun-evening"] }));
    expect(abroad.forSeeker.weakest).toBe("Your windows overlap only on Sunday evenings (your time).");
  });

  it("orders reasons by what they add to the seeker's view", () => {
    const { forSeeker, detail } = explain(
      seeker({ windows: ["tue-evening", "wed-evening", "thu-evening"] }),
      mentor({ windows: ["tue-evening", "wed-evening", "thu-evening"], topicIds: [LONELINESS] }),
    );
    const order = [...detail.seeker].sort((a, b) => b.contribution - a.contribution).map((p) => p.criterion);
    expect(order[0]).toBe("windows");
    expect(forSeeker.reasons[0]).toBe("You both have Tuesday evenings, Wednesday evenings and Thursday evenings.");
    expect(forSeeker.weakest).toBe("Maya doesn't have lived experience of grief and loss, which you said matters to you.");
  });

  it("names a style clash as the weakest point", () => {
    const { forSeeker } = explain(seeker({ listenStyle: "listen", tone: "gentle" }), mentor({ listenStyle: "ideas", tone: "direct", windows: ["tue-evening", "thu-evening"] }));
    expect(forSeeker.weakest).toBe("Maya tends to offer practical ideas, while you asked for someone who listens first.");
  });

  it("speaks to the mentor in their terms", () => {
    const { forMentor } = explain(seeker({ name: "Sam" }), mentor());
    expect(forMentor.reasons).toContain("Sam would like support with grief and loss, which you have lived experience of.");
    expect(forMentor.reasons).toContain("Sam asked for weekly check-ins, a rhythm you offer.");
  });

  it("lists like a person would", () => {
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b", "c"])).toBe("a, b and c");
    expect(listWords(["caring for someone", "grief and loss"], "or")).toBe("caring for someone, or grief and loss");
  });

  it("never puts private fields into words, on either side (a generated cohort, every admissible pair)", () => {
    const cohort = generateCohort({ seekers: 120, mentors: 40, seed: 5 });
    const ctx = contextForCohort(cohort);
    const label = new Map(cohort.topics.map((t) => [t.id, t.label.toLowerCase()]));
    const seekers = cohort.seekers.map((s, i) => prepareSeeker(s, ctx, i));
    const mentors = cohort.mentors.map((m, i) => prepareMentor(m, ctx, i));
    let checked = 0;
    for (const s of seekers) {
      for (const m of mentors) {
        if (firstFailingFilter(s, m, ctx) !== null) continue;
        const detail = scoreDetail(s, m, overlapHours(s.week, m.week));
        const words = [explainForSeeker(s, m, detail, ctx), explainForMentor(s, m, detail, ctx)]
          .flatMap((e) => [...e.reasons, e.weakest ?? ""])
          .join(" ")
          .toLowerCase();
        expect(words.length).toBeGreaterThan(0);
        for (const id of [...s.profile.avoidTopicIds, ...m.profile.avoidTopicIds]) expect(words).not.toContain(label.get(id)!);
        expect(words).not.toMatch(/dealbreaker|prefer|avoid|woman|\bman\b|non-binary|judg|pulse|\d+%/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(TOPICS.length).toBeGreaterThan(0);
  });
});
