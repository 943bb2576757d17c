/**
 * Escalation over time: a person's recent words count together. Several
 * concern-level items (messages, check-in entries, profile texts) from one
 * person within 24 hours raise ONE safety item at crisis priority.
 *
 * The rule (docs/safety.md):
 *  - three or more concern items within 24 hours, or
 *  - two, when at least one is hopelessness, burden or entrapment (the
 *    interpersonal-theory signals that most often come before suicidal
 *    thoughts) or a passive wish to be dead.
 * Items at crisis level already make their own crisis item and are left out.
 *
 * Pure: give it the person's recent assessments and the time now.
 */
import type { RiskCategory, RiskLevel } from "./categories";

export interface AssessedItem {
  level: RiskLevel;
  category: RiskCategory;
  at: Date;
}

export interface Escalation {
  escalate: boolean;
  /** The concern items that count, oldest first: what the moderator sees (categories, never words). */
  categories: RiskCategory[];
  /** When the earliest counted item was written. */
  since: Date | null;
}

export const ESCALATION_WINDOW_MS = 24 * 60 * 60 * 1000;
export const ESCALATION_MIN_ITEMS = 3;
/** With one of these among them, two concern items are enough. */
export const WEIGHTY_CONCERNS: ReadonlySet<RiskCategory> = new Set<RiskCategory>(["hopelessness", "burden", "entrapment", "passive-wish"]);

export function escalate(recent: readonly AssessedItem[], now: Date): Escalation {
  const from = now.getTime() - ESCALATION_WINDOW_MS;
  const counted = recent
    .filter((item) => item.level === "concern")
    .filter((item) => {
      const t = item.at.getTime();
      return Number.isFinite(t) && t >= from && t <= now.getTime();
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const weighty = counted.some((item) => WEIGHTY_CONCERNS.has(item.category));
  const yes = counted.length >= ESCALATION_MIN_ITEMS || (counted.length >= 2 && weighty);
  return {
    escalate: yes,
    categories: counted.map((item) => item.category),
    since: counted[0]?.at ?? null,
  };
}
