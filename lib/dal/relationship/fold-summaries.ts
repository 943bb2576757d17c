import "server-only";
import { perRequest } from "@/lib/dal/system/request-scope";
import { accessRelationship } from "./access";
import { checkInsSummary } from "./check-ins";
import { fitCheckState, type FitCheckState } from "./fit-checks";
import { foldRowsOf } from "./fold-rows";
import { endingSummary } from "./lifecycle";
import { pulsePrompt, type PulsePrompt } from "./pulse";
import { rhythmSummary } from "./rhythm";
import { ruptureTally } from "./ruptures";
import { storySummary } from "./timeline";

/**
 * What each fold beside the thread needs while closed: enough for its hint
 * and for whether it opens by itself (components/relationship/fold.tsx), and
 * no more. A fold's full view is read only when it is open or needs the
 * person. Every part comes from the same rows and rules as the full view it
 * stands for, so a hint never says something the opened fold contradicts:
 * the check-ins from the rows the header reads anyway, the private questions
 * and the ruptures from one statement (./fold-rows.ts), the story from those
 * and the rows the check-ins read, the ending from the access read. Once per
 * request: every fold asks.
 */
export interface FoldSummaries {
  checkIns: {
    current: { viewerShowedUp: boolean } | null;
    proposal: { byViewer: boolean } | null;
    next: { label: string } | null;
  };
  /** The private questions: the summary is the whole of what the fold shows, bar a mentor's trend. */
  justForYou: { pulse: PulsePrompt | null; fit: FitCheckState };
  repair: { open: boolean; repairs: number };
  story: { timezone: string; moments: number; latest: Date | null };
  ending: { status: "active" | "ended"; plan: { byViewer: boolean } | null };
}

export const foldSummaries = perRequest("fold-summaries", async (relationshipId: string): Promise<FoldSummaries> => {
  const access = await accessRelationship(relationshipId);
  const [checkIns, rhythm, pulse, fit, rows, story, ending] = await Promise.all([
    checkInsSummary(access.id),
    rhythmSummary(access.id),
    pulsePrompt(access.id),
    fitCheckState(access.id),
    foldRowsOf(access),
    storySummary(access.id),
    endingSummary(access.id),
  ]);
  const repair = ruptureTally(access, rows.ruptures);
  return {
    checkIns: { current: checkIns.current, proposal: rhythm.proposal, next: checkIns.next },
    justForYou: { pulse, fit },
    repair: { open: repair.open, repairs: repair.repairs },
    story,
    ending,
  };
});
