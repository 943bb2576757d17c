/**
 * What kind of risk a text speaks of, ordered the way a trained responder
 * triages (the Columbia Suicide Severity Rating Scale ladder, plus self-harm
 * and danger from other people). Every category belongs to one level: the
 * crisis categories ask for a person now, the concern ones for gentle
 * resources and a look when someone is free.
 *
 * Pure data: safe to import from a "use client" component.
 */
export const CRISIS_CATEGORIES = [
  "attempt",
  "danger-now",
  "preparation",
  "plan",
  "self-harm-now",
  "method",
  "intent",
  "active-thoughts",
] as const;

export const CONCERN_CATEGORIES = [
  "passive-wish",
  "entrapment",
  "burden",
  "hopelessness",
  "self-harm-urge",
  "attempt-history",
  "self-harm-history",
  "harmed-by-other",
  "worry-for-other",
  "harassment",
  "distress",
  "help-seeking",
] as const;

export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];
export type RiskCategory = CrisisCategory | ConcernCategory | "none";

/** In words, for moderators. */
export const RISK_CATEGORY_LABELS: Readonly<Record<RiskCategory, string>> = {
  attempt: "Suicide attempt, now or recent",
  "danger-now": "In danger from someone now",
  preparation: "Preparing (means gathered, goodbyes, affairs put in order)",
  plan: "Suicide plan (when or where)",
  "self-harm-now": "Self-harm happening or about to",
  method: "Suicidal thoughts with a method",
  intent: "Intent to act on suicidal thoughts",
  "active-thoughts": "Active suicidal thoughts",
  "passive-wish": "Wish to be dead or not to wake up",
  entrapment: "Feeling trapped, no way out",
  burden: "Feeling a burden to others",
  hopelessness: "Hopelessness",
  "self-harm-urge": "Self-harm urges",
  "attempt-history": "Past suicide attempt",
  "self-harm-history": "Past self-harm",
  "harmed-by-other": "Harmed or controlled by someone",
  "worry-for-other": "Worried about someone else",
  harassment: "Urging someone to self-harm",
  distress: "Distress (not coping, not eating, self-hatred)",
  "help-seeking": "Asking where to find crisis help",
  none: "Nothing recognised",
};

/**
 * Higher is more urgent: the moderators' queue sorts by this, then by
 * waiting time. Crisis categories all rank above concern ones.
 */
export const RISK_CATEGORY_SEVERITY: Readonly<Record<RiskCategory, number>> = {
  attempt: 100,
  "danger-now": 95,
  preparation: 90,
  plan: 88,
  "self-harm-now": 85,
  method: 82,
  intent: 80,
  "active-thoughts": 70,
  "passive-wish": 50,
  entrapment: 48,
  burden: 47,
  hopelessness: 46,
  "self-harm-urge": 45,
  "attempt-history": 40,
  "self-harm-history": 38,
  "harmed-by-other": 36,
  "worry-for-other": 34,
  harassment: 32,
  distress: 30,
  "help-seeking": 20,
  none: 0,
};

export type RiskLevel = "none" | "concern" | "crisis";

const CRISIS_SET: ReadonlySet<string> = new Set(CRISIS_CATEGORIES);

/** The level a category belongs to on its own. */
export function levelOfCategory(category: RiskCategory): RiskLevel {
  if (category === "none") return "none";
  return CRISIS_SET.has(category) ? "crisis" : "concern";
}
