/**
 * The shape of a labelled example for the risk detector, and a helper that
 * writes a group of examples sharing one label.
 *
 * `hard` marks a hard negative: a none-labelled text that uses a risky word
 * in an everyday way ("bought a rope for climbing"). None of these may ever be
 * rated crisis.
 */
import type { RiskCategory, RiskLevel } from "@/lib/safety/categories";

export interface LabelledExample {
  text: string;
  level: RiskLevel;
  category: RiskCategory;
  hard?: boolean;
}

export function group(category: RiskCategory, level: RiskLevel, texts: readonly string[]): LabelledExample[] {
  return texts.map((text) => ({ text, level, category }));
}

/** Everyday uses of risky words: level none, category none, hard. */
export function hardNegatives(texts: readonly string[]): LabelledExample[] {
  return texts.map((text) => ({ text, level: "none", category: "none", hard: true }));
}

/** Plain everyday texts with no risky word at all. */
export function quiet(texts: readonly string[]): LabelledExample[] {
  return texts.map((text) => ({ text, level: "none", category: "none" }));
}
