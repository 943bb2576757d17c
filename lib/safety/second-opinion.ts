/**
 * The detector's second opinion (version 5): two small logistic-regression
 * models over hashed features (model-features.ts), trained by
 * `npm run risk:train` on the labelled corpora and stored in
 * model-weights.ts as 8-bit weights. One scores "at least a concern", the
 * other "a crisis". assess-risk.ts lets them raise the rules' level, never
 * lower it, and never past the rules' guards (negation, someone else, fiction
 * or news, a resolved past, a hypothetical). See docs/safety.md, "Version 5".
 *
 * Pure, synchronous, offline; the weights are decoded once, on first use.
 */
import { levelOfCategory, type RiskCategory } from "./categories";
import { featuresOf, FEATURE_BITS, kindsIn } from "./model-features";
import { RISK_MODEL } from "./model-weights";

export interface SecondOpinion {
  /** Probability the text is at least a concern. */
  risk: number;
  /** Probability the text is a crisis. */
  crisis: number;
}

let decoded: { risk: Int8Array; crisis: Int8Array } | null = null;

function fromBase64(data: string): Int8Array {
  const binary = atob(data);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

function weights(): { risk: Int8Array; crisis: Int8Array } {
  if (decoded === null) {
    if (RISK_MODEL.bits !== FEATURE_BITS) throw new Error("risk model was trained with other features; run npm run risk:train");
    decoded = { risk: fromBase64(RISK_MODEL.risk.weights), crisis: fromBase64(RISK_MODEL.crisis.weights) };
  }
  return decoded;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function secondOpinion(text: string, ruleReadings: Iterable<string>): SecondOpinion {
  const w = weights();
  const features = featuresOf(text, ruleReadings);
  let risk = 0;
  let crisis = 0;
  for (const f of features) {
    risk += w.risk[f] as number;
    crisis += w.crisis[f] as number;
  }
  return {
    risk: sigmoid(RISK_MODEL.risk.bias + risk * RISK_MODEL.risk.scale),
    crisis: sigmoid(RISK_MODEL.crisis.bias + crisis * RISK_MODEL.crisis.scale),
  };
}

export interface Thresholds {
  /** Raise to concern at or above this "at least concern" probability. */
  risk: number;
  /** Raise a concern (by the rules) to crisis at or above this crisis probability. */
  crisis: number;
  /** Raise what the rules found nothing in to crisis at or above this crisis probability. */
  crisisFromNone: number;
  /** A crisis by the rules alone is read as a concern below this crisis probability (and below `risk`). */
  doubt: number;
}

const RANK = { none: 0, concern: 1, crisis: 2 } as const;

/** What the rules' reading says about letting the model raise the level. */
export interface Guard {
  /** The rules' guards spoke (negated, someone else's, fiction, resolved, hypothetical) and nothing counted. */
  guarded: boolean;
  /**
   * No word of a risky kind at all (no means, attempt, death, threat, harm, hopelessness or
   * finality word): plain text such as "thinking of you" or a line of the app's own copy.
   * Version 7: the model may raise such a text from none to concern only when quite sure
   * (QUIET_RISK), never to crisis; on text this far from its training data its probabilities
   * sit near the base rate.
   */
  quiet?: boolean;
  /**
   * Version 12: the rules' crisis is a stated act — an attempt, self-harm happening, danger now, or
   * preparation (means gathered, things given away, goodbyes) — which the doubt never lowers. The
   * doubt is for a means or a time that may be everyday (a roof, a rope, "tonight"); refits that let
   * it lower stated acts learned to lower "I started cutting again this week".
   */
  firm?: boolean;
}

/** Rules' crisis categories that say something was done or is happening: the doubt leaves them alone. */
export const FIRM_CATEGORIES: ReadonlySet<RiskCategory> = new Set(["attempt", "self-harm-now", "danger-now", "preparation"]);

/**
 * Plain text (no risky word) is raised to concern only from this "at least concern" probability
 * (version 7; chosen on the labelled sets' cross-validation: concern recall 0.948 → 0.925, and
 * concern alarms on the 2,331 lines of the project's other tests 195 → 103).
 */
const QUIET_RISK = 0.85;

/** Word kinds (model-features.ts) of which a text needs one before the model may raise it from none. */
const RISKY_KINDS = ["MEANS", "ATTEMPT", "DEATH", "THREAT", "HARM", "HOPELESS", "FINAL"] as const;

/** Is the (normalised) text free of every risky word kind? */
export function isQuiet(text: string): boolean {
  const kinds = kindsIn(text);
  return !RISKY_KINDS.some((k) => kinds.has(k));
}
type Level = keyof typeof RANK;

/**
 * The level after the second opinion: the rules' level, raised when the
 * model is confident enough, unless the rules' guards spoke and nothing
 * counted. Shared with `npm run risk:train`, which picks the thresholds.
 */
export function raisedLevel(rules: Level, guard: Guard, opinion: SecondOpinion, thresholds: Thresholds = RISK_MODEL.thresholds): Level {
  if (guard.guarded) return rules;
  // The model reads everyday words — not even a concern, and very sure it is no crisis
  // ("up on the roof fixing the gutter"): still a human look, not an alarm.
  if (rules === "crisis" && !guard.firm && opinion.crisis < thresholds.doubt && opinion.risk < thresholds.risk) return "concern";
  // Plain text with no risky word at all is raised at most to concern (a human look), never to crisis.
  const crisisAt = rules === "none" ? (guard.quiet ? Infinity : thresholds.crisisFromNone) : thresholds.crisis;
  const riskAt = rules === "none" && guard.quiet ? Math.max(thresholds.risk, QUIET_RISK) : thresholds.risk;
  // Version 10: what the rules found nothing in is raised to crisis only when the "at least a
  // concern" model agrees it is a concern at all; a crisis probability alone ("returned the library
  // books and paid off my overdraft": crisis 0.49, concern 0.26) was how everyday compositions reached
  // crisis. Leave one source out: crisis recall up, false alarms down on every line.
  const agrees = rules !== "none" || opinion.risk >= thresholds.risk;
  const model: Level = opinion.crisis >= crisisAt && agrees ? "crisis" : opinion.risk >= riskAt ? "concern" : "none";
  return RANK[model] > RANK[rules] ? model : rules;
}

/** Attempt verbs in the past: "took", "swallowed", "tried to" read as an attempt made. */
const ATTEMPT_MADE = /\b(?:took|taken|swallowed|downed|necked|overdosed|tried to|attempted|injected|drank|emptied)\b/;

/**
 * The category for a level the second opinion raised (or doubted), from the
 * kinds of word in the text; a crisis-kind category the rules found but
 * weighed too lightly is kept.
 */
export function categoryFor(level: Level, text: string, rulesCategory: RiskCategory): RiskCategory {
  if (level === "none") return "none";
  if (levelOfCategory(rulesCategory) === level) return rulesCategory;
  const kinds = kindsIn(text);
  const other = kinds.has("OTHER") && !kinds.has("SELF");
  if (level === "crisis") {
    if (kinds.has("THREAT") && kinds.has("OTHER")) return "danger-now";
    if (ATTEMPT_MADE.test(text) && (kinds.has("MEANS") || kinds.has("DEATH"))) return "attempt";
    if (kinds.has("HARM")) return "self-harm-now";
    if (kinds.has("FINAL") || (kinds.has("POSSESS") && kinds.has("MEANS"))) return "preparation";
    if (kinds.has("TIME")) return "plan";
    if (kinds.has("MEANS") || kinds.has("RESEARCH")) return "method";
    if (kinds.has("DEATH")) return "intent";
    return "active-thoughts";
  }
  if (other) return kinds.has("THREAT") ? "harmed-by-other" : "worry-for-other";
  if (kinds.has("THREAT")) return "harmed-by-other";
  if (kinds.has("HARM")) return "self-harm-urge";
  if (kinds.has("DEATH")) return "passive-wish";
  if (kinds.has("HOPELESS")) return "hopelessness";
  return "distress";
}
