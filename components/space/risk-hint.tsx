"use client";

import { useEffect, useState } from "react";
import { assessRisk } from "@/lib/safety/assess-risk";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { CrisisLines } from "./crisis-lines";

/**
 * Reads a draft as it is typed (debounced; the detector is pure and runs in
 * the browser, nothing is sent) and shows crisis lines beside the box before
 * posting. The server reads the words again on submit.
 */
export function RiskHint({ text, region }: { text: string; region: CrisisRegion | undefined }) {
  const [level, setLevel] = useState<"none" | "concern" | "crisis">("none");
  useEffect(() => {
    const timer = setTimeout(() => setLevel(text.trim() ? assessRisk(text).level : "none"), 500);
    return () => clearTimeout(timer);
  }, [text]);
  return <div aria-live="polite">{level === "none" ? null : <CrisisLines level={level} region={region} />}</div>;
}
