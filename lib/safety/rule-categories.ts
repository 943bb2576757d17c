/**
 * Which triage category (categories.ts) each older rule in risk-patterns.ts
 * stands for. Most follow from the rule's reason label; the exceptions are
 * listed by rule id. Shape rules (shapes.ts) carry their category themselves.
 */
import type { RiskCategory } from "./categories";
import { REASON, type RiskRule } from "./risk-patterns";

const BY_REASON: ReadonlyMap<string, RiskCategory> = new Map<string, RiskCategory>([
  [REASON.intent, "intent"],
  [REASON.thoughts, "active-thoughts"],
  [REASON.passive, "passive-wish"],
  [REASON.noReason, "active-thoughts"],
  [REASON.plan, "method"],
  [REASON.overdose, "attempt"],
  [REASON.place, "method"],
  [REASON.selfHarmNow, "self-harm-now"],
  [REASON.selfHarmIntent, "self-harm-now"],
  [REASON.selfHarmUrge, "self-harm-urge"],
  [REASON.selfHarmMention, "self-harm-urge"],
  [REASON.attempt, "attempt"],
  [REASON.goodbye, "preparation"],
  [REASON.danger, "danger-now"],
  [REASON.harmed, "harmed-by-other"],
  [REASON.unsafe, "danger-now"],
  [REASON.burden, "burden"],
  [REASON.unwanted, "burden"],
  [REASON.absence, "passive-wish"],
  [REASON.hopeless, "hopelessness"],
  [REASON.cope, "distress"],
  [REASON.breaking, "entrapment"],
  [REASON.givingUp, "hopelessness"],
  [REASON.selfHatred, "distress"],
  [REASON.worthless, "distress"],
  [REASON.empty, "distress"],
  [REASON.lonely, "distress"],
  [REASON.disappear, "passive-wish"],
  [REASON.notExist, "passive-wish"],
  [REASON.eating, "distress"],
  [REASON.dark, "distress"],
  [REASON.fearSelf, "self-harm-urge"],
  [REASON.helpNow, "distress"],
  [REASON.crisisHelp, "help-seeking"],
  [REASON.urging, "harassment"],
  [REASON.mentionsSuicide, "distress"],
  [REASON.bereaved, "distress"],
  [REASON.relapse, "self-harm-now"],
  [REASON.distress, "distress"],
]);

const BY_ID: ReadonlyMap<string, RiskCategory> = new Map<string, RiskCategory>([
  // A plain wish to die or be dead, said now, is an active thought (crisis);
  // softer wishes (not waking up, never born, disappearing) stay passive.
  ["want-to-die", "active-thoughts"],
  ["want-dead", "active-thoughts"],
  ["better-off-dead", "active-thoughts"],
  ["wish-could-die", "active-thoughts"],
  ["want-out", "passive-wish"],
  ["want-out-bare", "passive-wish"],
  ["tired-of-life", "passive-wish"],
  ["happier-if-i-died", "burden"],
  ["trapped", "entrapment"],
  ["no-way-forward", "entrapment"],
  ["have-plan", "plan"],
  ["know-how", "plan"],
  ["planning-death", "plan"],
  ["waiting-to-do-it", "plan"],
  ["do-it", "plan"],
  ["stockpiling", "preparation"],
  ["noose", "preparation"],
  ["means-at-hand", "preparation"],
  ["method", "attempt"],
  ["suicide-note", "preparation"],
  ["used-to-self-harm", "self-harm-history"],
  ["used-to", "attempt-history"],
  ["voices", "self-harm-now"],
  ["starving-self", "distress"],
]);

export function categoryOfRule(rule: RiskRule): RiskCategory {
  return rule.riskCategory ?? BY_ID.get(rule.id) ?? BY_REASON.get(rule.reason) ?? "distress";
}
