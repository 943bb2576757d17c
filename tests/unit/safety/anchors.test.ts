import { describe, expect, it } from "vitest";
import { anchorsOf, requiredAnchorBranches } from "@/lib/safety/anchors";
import { assessRisk } from "@/lib/safety/assess-risk";
import { normalise } from "@/lib/safety/normalise";
import { IDIOMS, RULES } from "@/lib/safety/risk-patterns";
import { SHAPE_RULES } from "@/lib/safety/shapes";
import { SHAPES_NOW } from "@/lib/safety/shapes-now";
import { corpus } from "./corpus";
import { tuningCorpus } from "./tuning-corpus";

/**
 * The prefilter must never skip a rule that would have matched: for every
 * rule and every text of the tuning corpus, a match implies one of the
 * rule's anchors is in the text. (The sealed sets are not read here.)
 */
describe("rule anchors (the cheap prefilter)", () => {
  it("reads literals, alternations and optional parts of a pattern", () => {
    expect(anchorsOf(/\bthe (?:rope|noose) is ready\b/g)).toEqual([" is ready"]);
    expect(anchorsOf(/\b(?:bridge|cliff)s?\b/g)).toEqual(["bridge", "cliff"]);
    expect(anchorsOf(/\b(?:a )?(?:x|bridge)\b/g)).toBeNull(); // a one-letter branch: always runs
    expect(anchorsOf(/\bfoo(?=bar)/gi)).toBeNull();
  });

  it("never skips a rule that matches a text of the tuning corpus", () => {
    const texts = [...tuningCorpus.map((e) => e.text), ...corpus.map((e) => e.text)].map(normalise);
    const rules = [...RULES, ...SHAPE_RULES, ...IDIOMS.map((pattern, i) => ({ id: `idiom ${i}`, pattern }))];
    let withAnchors = 0;
    for (const rule of rules) {
      const anchors = anchorsOf(rule.pattern);
      if (!anchors) continue;
      withAnchors++;
      for (const text of texts) {
        rule.pattern.lastIndex = 0;
        const matches = rule.pattern.test(text);
        rule.pattern.lastIndex = 0;
        if (matches) expect({ rule: rule.id, found: anchors.some((a) => text.includes(a)) }).toEqual({ rule: rule.id, found: true });
      }
    }
    // Most rules can be skipped cheaply.
    expect(withAnchors / rules.length).toBeGreaterThan(0.9);
  });

  it("finds every required part of each top-level branch", () => {
    expect(requiredAnchorBranches(/\b(?:bought|got) (?:a )?(?:rope|pills)(?= tonight)/g)).toEqual([
      [["bought", "got"], ["rope", "pills"], [" tonight"]],
    ]);
    expect(requiredAnchorBranches(/\bbridge\b|\bthe cliff (?:edge|top)/g)).toEqual([[["bridge"]], [["the cliff "], ["edge", "top"]]]);
    expect(requiredAnchorBranches(/\bbridge\b|\bx\b/g)).toBeNull(); // a branch with nothing usable
  });

  it("never skips a rule for a branch missing a required part when the rule matches a text of the tuning corpus", () => {
    const texts = [...tuningCorpus.map((e) => e.text), ...corpus.map((e) => e.text)].map(normalise);
    for (const rule of [...RULES, ...SHAPE_RULES, ...SHAPES_NOW]) {
      const branches = requiredAnchorBranches(rule.pattern);
      if (!branches) continue;
      for (const text of texts) {
        rule.pattern.lastIndex = 0;
        const matches = rule.pattern.test(text);
        rule.pattern.lastIndex = 0;
        if (matches) {
          const found = branches.some((parts) => parts.every((part) => part.some((a) => text.includes(a))));
          expect({ rule: rule.id, found }).toEqual({ rule: rule.id, found: true });
        }
      }
    }
  });

  it("gives the same answers as before on everyday and risky texts", () => {
    expect(assessRisk("Dinner was nice, see you Tuesday.").level).toBe("none");
    expect(assessRisk("I took all my pills an hour ago.")).toMatchObject({ level: "crisis", category: "attempt" });
  });
});
