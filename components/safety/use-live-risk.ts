"use client";

import { useEffect, useState } from "react";
import type { RiskLevel } from "@/lib/safety/assess-risk";

/**
 * The detector (with its trained second opinion, ~120 KB gzipped) loads on the
 * first words typed, not with the page: most visits to a thread only read it.
 */
let detector: Promise<typeof import("@/lib/safety/assess-risk")> | undefined;
const loadDetector = () => (detector ??= import("@/lib/safety/assess-risk"));

/** How long typing has to pause before the words are read again. */
export const LIVE_RISK_DEBOUNCE_MS = 300;

/**
 * The risk detector, run in the browser on what is being typed, once typing
 * pauses. It only informs what the page offers beside the box (crisis lines):
 * it never blocks, changes or holds back what is sent, and nothing about it
 * leaves the browser. The server assesses again when the words are sent.
 */
export function useLiveRisk(text: string, delayMs: number = LIVE_RISK_DEBOUNCE_MS): RiskLevel {
  const [level, setLevel] = useState<RiskLevel>("none");
  useEffect(() => {
    if (text.trim() === "") {
      const clear = setTimeout(() => setLevel("none"), 0);
      return () => clearTimeout(clear);
    }
    let current = true;
    const timer = setTimeout(() => {
      void loadDetector().then(({ assessRisk }) => {
        if (current) setLevel(assessRisk(text).level);
      });
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, delayMs]);
  return level;
}
