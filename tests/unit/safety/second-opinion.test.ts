import { describe, expect, it } from "vitest";
import { assessRisk, guardOf, readByRules } from "@/lib/safety/assess-risk";
import { bucketOf, FEATURE_BITS, featureStrings, featuresOf, kindsIn } from "@/lib/safety/model-features";
import { RISK_MODEL } from "@/lib/safety/model-weights";
import { categoryFor, FIRM_CATEGORIES, raisedLevel, secondOpinion } from "@/lib/safety/second-opinion";
import { levelOfCategory } from "@/lib/safety/categories";

const sure = { risk: 0.99, crisis: 0.99 };
const unsure = { risk: 0.01, crisis: 0.01 };
const thresholds = { risk: 0.8, crisis: 0.5, crisisFromNone: 0.9, doubt: 0.05 };

describe("the second opinion", () => {
  it("raises the rules' level when sure, and only then", () => {
    expect(raisedLevel("none", { guarded: false }, sure, thresholds)).toBe("crisis");
    expect(raisedLevel("none", { guarded: false }, { risk: 0.85, crisis: 0.6 }, thresholds)).toBe("concern"); // below crisisFromNone
    expect(raisedLevel("concern", { guarded: false }, { risk: 0.85, crisis: 0.6 }, thresholds)).toBe("crisis");
    expect(raisedLevel("none", { guarded: false }, { risk: 0.5, crisis: 0.1 }, thresholds)).toBe("none");
    expect(raisedLevel("concern", { guarded: false }, unsure, thresholds)).toBe("concern"); // never lowers a concern
  });

  it("never passes the rules' guards (negation, someone else, fiction, resolved, hypothetical)", () => {
    expect(raisedLevel("none", { guarded: true }, sure, thresholds)).toBe("none");
    expect(raisedLevel("concern", { guarded: true }, sure, thresholds)).toBe("concern");
    const negated = readByRules("i would never kill myself");
    expect(negated.guarded).toBe(true);
    expect(assessRisk("i would never kill myself").level).toBe("none");
  });

  it("lowers a rules' crisis only to concern, and only when very sure it is everyday words", () => {
    expect(raisedLevel("crisis", { guarded: false }, unsure, thresholds)).toBe("concern");
    expect(raisedLevel("crisis", { guarded: false }, { risk: 0.5, crisis: 0.06 }, thresholds)).toBe("crisis");
    // Sure it is risky, though not a crisis: the rules' crisis stands ("better off without me, I have a plan for tonight").
    expect(raisedLevel("crisis", { guarded: false }, { risk: 0.99, crisis: 0.01 }, thresholds)).toBe("crisis");
  });

  it("never lowers a stated act: an attempt, self-harm now, danger now or preparation (version 12)", () => {
    expect(raisedLevel("crisis", { guarded: false, firm: true }, unsure, thresholds)).toBe("crisis");
    for (const text of ["I used to self harm and I started again this week", "gave my bike to my nephew, he does not know why", "he is kicking the door in right now"]) {
      const read = readByRules(text);
      expect(read.assessment.level, text).toBe("crisis");
      expect(guardOf(read).firm, text).toBe(true);
    }
    // A means or a place that may be everyday stays open to the doubt.
    const roof = readByRules("i am on the roof");
    expect(roof.assessment).toMatchObject({ level: "crisis", category: "method" });
    expect(guardOf(roof).firm).toBe(false);
    expect(FIRM_CATEGORIES.has("method")).toBe(false);
    expect(FIRM_CATEGORIES.has("plan")).toBe(false);
  });

  it("names a category of the level it gives", () => {
    for (const text of ["i have tablets saved up for sunday", "my ex is outside the door", "i am cutting now", "i feel so low"]) {
      for (const level of ["concern", "crisis"] as const) expect(levelOfCategory(categoryFor(level, text, "none"))).toBe(level);
    }
    expect(categoryFor("crisis", "my ex is outside my door and he is shouting", "none")).toBe("danger-now");
    expect(categoryFor("crisis", "took all the tablets", "none")).toBe("attempt");
    expect(categoryFor("crisis", "whatever", "plan")).toBe("plan"); // a crisis kind the rules found is kept
  });

  it("reads lemmas, kinds of word and their meeting in a sentence", () => {
    const f = featureStrings("i swallowed the pills tonight");
    expect(f).toContain("w:swallow");
    expect(f).toContain("w:pill");
    expect(f).toContain("c:MEANS");
    expect(f).toContain("p:MEANS+TIME");
    expect(kindsIn("her brother has a rope")).toEqual(new Set(["OTHER", "POSSESS", "MEANS"]));
    expect(featuresOf("a b")).toEqual(featuresOf("a b"));
    for (const b of featuresOf("i swallowed the pills tonight", ["counts"])) expect(b).toBeLessThan(1 << FEATURE_BITS);
    // Hashed piece by piece, the same buckets in the same order as hashing each feature string whole.
    for (const text of ["i swallowed the pills tonight", "took a whole packet of sertraline at 9 . feeling floaty", "a b"]) {
      expect(featuresOf(text, ["counts", "negated"])).toEqual([...new Set([...featureStrings(text), "r:counts", "r:negated"].map(bucketOf))]);
    }
    expect(bucketOf("w:pill")).toBe(bucketOf("w:pill"));
  });

  it("gives probabilities, deterministically, from a small model", () => {
    const a = secondOpinion("i have been saving pills for tonight", []);
    expect(a).toEqual(secondOpinion("i have been saving pills for tonight", []));
    for (const p of [a.risk, a.crisis]) expect(p).toBeGreaterThanOrEqual(0);
    expect(RISK_MODEL.bits).toBe(FEATURE_BITS);
    // The composer runs the detector in the browser: keep the model data small.
    expect(RISK_MODEL.risk.weights.length + RISK_MODEL.crisis.weights.length).toBeLessThan(300 * 1024);
    expect(atob(RISK_MODEL.risk.weights).length).toBe(1 << FEATURE_BITS);
  });
});
