"use client";

import { useLiveRisk } from "@/components/safety/use-live-risk";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { CrisisLines } from "./crisis-lines";

/**
 * Reads a draft as it is typed (debounced; the detector is pure and runs in
 * the browser, nothing is sent) and shows crisis lines beside the box before
 * posting. The server reads the words again on submit.
 */
export function RiskHint({ text, region }: { text: string; region: CrisisRegion | undefined }) {
  // The same debounced, lazily loaded detector as the thread's composer.
  const level = useLiveRisk(text, 500);
  return <div aria-live="polite">{level === "none" ? null : <CrisisLines level={level} region={region} />}</div>;
}
