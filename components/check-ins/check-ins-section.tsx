import { now } from "@/lib/clock";
import { listAbsences } from "@/lib/dal/relationship/absences";
import { getCheckInsView } from "@/lib/dal/relationship/check-ins";
import { foldSummaries } from "@/lib/dal/relationship/fold-summaries";
import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { getRhythmView } from "@/lib/dal/relationship/rhythm";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { isoDate, localDayOf } from "@/lib/rhythm/local";
import { Fold } from "@/components/relationship/fold";
import { Absences } from "./absences";
import { ConsistencyChart } from "./consistency-chart";
import { CurrentCheckIn } from "./current-check-in";
import { RhythmAgreement } from "./rhythm-agreement";

/**
 * Check-ins: agreeing the rhythm, the check-in that is open (with both
 * entries), the next one, time away, and the record the two share. An ended
 * relationship shows its record only. The summary reads what the header
 * reads already; the full views (the chart's slots, the entries, the rhythm
 * form's suggestion), time away and the crisis lines only when the fold is
 * open (components/relationship/fold.tsx).
 */
export async function CheckInsSection({ access, open }: { access: RelationshipAccess; open: boolean }) {
  const { current, proposal, next } = (await foldSummaries(access.id)).checkIns;
  const active = access.status === "active";
  // Open by itself while a check-in waits for the viewer's words, or the other's proposal for an answer.
  const attention = active && ((current !== null && !current.viewerShowedUp) || (proposal !== null && !proposal.byViewer));
  const hint = !active
    ? "Your record together"
    : current
      ? current.viewerShowedUp
        ? "Under way: you've checked in"
        : "Under way: write yours"
      : proposal
        ? proposal.byViewer
          ? `Waiting for ${access.otherName} to answer`
          : `${access.otherName} suggests a rhythm`
        : next
          ? `Next on ${next.label}`
          : "Agree when you'll check in";
  return (
    <Fold id="check-ins" heading="Check-ins" hint={hint} attention={attention}>
      {attention || open ? <CheckInsContent access={access} /> : null}
    </Fold>
  );
}

async function CheckInsContent({ access }: { access: RelationshipAccess }) {
  const active = access.status === "active";
  const [view, rhythm] = await Promise.all([getCheckInsView(access.id), active ? getRhythmView(access.id) : null]);
  const [absences, regions] = await Promise.all([
    active && view.hasRhythm ? listAbsences(access.id) : [],
    // The crisis lines the entry form offers while someone writes words of crisis (only a region that matches their zone).
    view.current ? crisisResourcesFor(view.viewerTimezone) : [],
  ]);
  const region = regions.find((r) => r.matchesTimezone);
  return (
    <>
      {rhythm ? <RhythmAgreement access={access} rhythm={rhythm} /> : null}
      {view.current ? <CurrentCheckIn relationshipId={access.id} current={view.current} otherName={access.otherName} region={region} /> : null}
      {view.next ? (
        <p>
          <span className="font-medium">Next check-in:</span> {view.next.label}, your time
          {view.next.status === "excused" ? " (excused: time away said ahead)" : ""}.
        </p>
      ) : null}
      {view.hasRhythm ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">Your record together</h3>
          <p>{view.record.sentence}</p>
          <p className="text-sm text-muted">The same for you both. Excused check-ins never count against anyone.</p>
          <ConsistencyChart record={view.record} history={view.history} />
        </div>
      ) : null}
      {active && view.hasRhythm ? (
        <Absences relationshipId={access.id} absences={absences} today={isoDate(localDayOf(now().getTime(), view.viewerTimezone))} canAnnounce />
      ) : null}
    </>
  );
}
