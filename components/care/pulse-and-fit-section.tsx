import { cookies } from "next/headers";
import { pulseSkipCookie } from "@/lib/care/pulse-skip";
import type { FitCheckState } from "@/lib/dal/relationship/fit-checks";
import { foldSummaries } from "@/lib/dal/relationship/fold-summaries";
import { myPulseTrend, type PulsePrompt } from "@/lib/dal/relationship/pulse";
import { timezoneOf, type RelationshipAccess } from "@/lib/dal/relationship/access";
import { fitChoices } from "@/lib/validation/care";
import { Fold } from "@/components/relationship/fold";
import { FitCheckForm } from "./fit-check-form";
import { NotAFitOffer } from "./not-a-fit-offer";
import { PulseForm } from "./pulse-form";
import { PulseTrendCard } from "./pulse-trend-card";
import { dateFormat } from "@/lib/time/format";

/**
 * The private part of the relationship page: the pulse (a mentorship's
 * seeker), the pulse trend (a mentor, across all their mentorships) and the
 * fit check (everyone). Nothing here is ever shown to the other person.
 */
export async function PulseAndFitSection({ access, open }: { access: RelationshipAccess; open: boolean }) {
  // The summary is all this fold shows (both questions come with the other folds' rows), bar a mentor's trend.
  const { pulse, fit } = (await foldSummaries(access.id)).justForYou;
  const skipped = pulse && !pulse.answered && (await cookies()).get(pulseSkipCookie(access.id))?.value === pulse.checkInId;
  const askPulse = Boolean(pulse && !pulse.answered && !skipped);
  const thanked = Boolean(pulse?.answered);
  // A mentor always has the trend of their pulses (if only "not enough answers yet"), read when the fold opens.
  const hasTrend = access.viewerSide === "mentor";
  if (!askPulse && !thanked && !hasTrend && !fit.ask && !fit.latest) return null;

  // A question waiting for the viewer opens the fold by itself.
  const asking = askPulse || Boolean(fit.ask);
  return (
    <Fold id="just-for-you" heading="Just for you" hint={asking ? "A private question for you" : `Private: ${access.otherName} never sees it`} attention={asking}>
      {asking || open ? <PulseAndFitContent access={access} pulse={pulse} fit={fit} askPulse={askPulse} thanked={thanked} /> : null}
    </Fold>
  );
}

async function PulseAndFitContent({
  access,
  pulse,
  fit,
  askPulse,
  thanked,
}: {
  access: RelationshipAccess;
  pulse: PulsePrompt | null;
  fit: FitCheckState;
  askPulse: boolean;
  thanked: boolean;
}) {
  const [trend, zone] = await Promise.all([access.viewerSide === "mentor" ? myPulseTrend() : null, timezoneOf(access.viewer.id)]);
  const when = (d: Date) => dateFormat({ weekday: "long", day: "numeric", month: "long", timeZone: zone }).format(d);
  const fitLabel = fit.latest ? fitChoices.find((c) => c.value === fit.latest!.answer)?.label : null;
  return (
    <>
      <p className="text-sm text-muted">What you answer here stays private. {access.otherName} never sees it.</p>

      {askPulse && pulse ? <PulseForm relationshipId={access.id} checkInId={pulse.checkInId} mentorName={access.otherName} when={when(pulse.startsAt)} /> : null}
      {thanked ? <p>Thank you for saying how your check-in on {when(pulse!.startsAt)} felt. It stays private.</p> : null}

      {trend ? <PulseTrendCard trend={trend} /> : null}

      {fit.ask ? <FitCheckForm relationshipId={access.id} stage={fit.ask} otherName={access.otherName} /> : null}
      {!fit.ask && fit.latest ? (
        <p>
          After your {fit.latest.stage === 1 ? "first" : "third"} check-in you said: <strong>{fitLabel}</strong>. Only you can see this.
        </p>
      ) : null}
      {fit.offerEnding ? <NotAFitOffer otherName={access.otherName} canSeeSuggestions={access.viewerSide !== "mentor"} /> : null}
    </>
  );
}
