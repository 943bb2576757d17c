"use client";

import Link from "next/link";
import type { RiskLevel } from "@/lib/safety/assess-risk";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { RegionLines } from "@/components/thread/safety-notes";

/**
 * Shown beside a writing box while the words being typed sound like a
 * crisis (see useLiveRisk): the crisis lines for the person's region, before
 * they send. Gentle, never blocking: sending works exactly as before.
 * The live region is always in the page (empty when there is nothing to
 * say), so a screen reader announces the help politely when it appears.
 */
export function WhileWritingHelp({ level, region, id }: { level: RiskLevel; region: CrisisRegion | undefined; id?: string }) {
  const show = level === "crisis";
  return (
    <div id={id} aria-live="polite">
      {show ? (
        <aside aria-label="Help right now" className="flex flex-col gap-2 rounded-lg border-l-4 border-help bg-help-soft p-3 text-sm" data-testid="while-writing-help">
          <p className="font-semibold">It sounds like things are really hard right now. You can still send this: it will go exactly as you wrote it.</p>
          <p>If you might act on these thoughts, or you are in danger, people are there for you right now:</p>
          <RegionLines region={region} />
          <p>
            <Link href="/get-help" className="font-semibold text-help underline">
              {region ? "Helplines in other places" : "Find a helpline near you"}
            </Link>
          </p>
        </aside>
      ) : null}
    </div>
  );
}
