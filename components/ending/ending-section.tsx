import Link from "next/link";
import { Fold } from "@/components/relationship/fold";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { foldSummaries } from "@/lib/dal/relationship/fold-summaries";
import { getEnding } from "@/lib/dal/relationship/lifecycle";
import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { CancelPlannedEndingForm } from "./cancel-planned-ending-form";
import { formatDay, formatMoment } from "./dates";
import { EndingForm, type FinalCheckInOption } from "./ending-form";

/**
 * Ending well, on the relationship page: while it lasts, the way to close it
 * (now, or after one final check-in) and a planned ending if there is one;
 * afterwards, how it ended and the closing words. Safety (report, block)
 * is its own fold (components/relationship/safety-section.tsx).
 */
export async function EndingSection({ access, open }: { access: RelationshipAccess; open: boolean }) {
  // A planned ending whose final check-in has closed is finished first (by the page, and again by the DAL), so this is the ending as it is now.
  const { status, plan } = (await foldSummaries(access.id)).ending;
  const { otherName } = access;
  const hint =
    status !== "active"
      ? "How it closed, and the closing words"
      : plan
        ? plan.byViewer
          ? "You planned to close after one more check-in"
          : `${otherName} plans to close after one more check-in`
        : "When it's time to stop";
  // A planned ending, and the story of an ended one, are there to be read: open from the start.
  const attention = status !== "active" || plan !== null;
  return (
    <Fold id="ending" heading={status === "active" ? "Ending well" : "How it ended"} hint={hint} attention={attention}>
      {attention || open ? <EndingContent access={access} /> : null}
    </Fold>
  );
}

/** The full ending: the next check-in a final one could be (for the form), or how it ended and the closing words. */
async function EndingContent({ access }: { access: RelationshipAccess }) {
  const ending = await getEnding(access.id);
  return ending.status === "active" ? <WhileActive access={access} ending={ending} /> : <Ended access={access} ending={ending} />;
}

type Ending = Awaited<ReturnType<typeof getEnding>>;

function WhileActive({ access, ending }: { access: RelationshipAccess; ending: Extract<Ending, { status: "active" }> }) {
  const { otherName } = access;
  const finalCheckIn: FinalCheckInOption = ending.finalCheckInClosesAt
    ? { available: true, closesAt: formatMoment(ending.finalCheckInClosesAt, ending.timezone) }
    : { available: false, why: "Once you two have agreed a rhythm, you can also choose to have one final check-in before closing." };
  if (ending.plan?.byViewer) {
    return (
      <>
        <Notice tone="info" title="You planned one final check-in">
          Your relationship with {otherName} closes after {formatMoment(ending.plan.closesAt, ending.timezone)}. Until then everything
          stays open as usual.
        </Notice>
        <CancelPlannedEndingForm relationshipId={access.id} />
      </>
    );
  }
  return (
    <>
      {ending.plan ? (
        <Notice tone="info" title={`${otherName} would like one final check-in`}>
          They plan to close your relationship after {formatMoment(ending.plan.closesAt, ending.timezone)}. There&apos;s still time to say
          what you&apos;d like to say.
        </Notice>
      ) : (
        <p className="text-muted">
          When it&apos;s time to stop, you can close this relationship kindly, with a few closing words for {otherName} if you&apos;d like.
        </p>
      )}
      <EndingForm
        relationshipId={access.id}
        otherName={otherName}
        viewerIsMentor={access.viewerSide === "mentor"}
        finalCheckIn={ending.plan ? undefined : finalCheckIn}
      />
    </>
  );
}

function Ended({ access, ending }: { access: RelationshipAccess; ending: Extract<Ending, { status: "ended" }> }) {
  const { otherName } = access;
  const when = formatDay(ending.endedAt, ending.timezone);
  const how = ending.afterFinalCheckIn ? " after a final check-in" : "";
  return (
    <>
      <p>
        {ending.byViewer ? `You closed this relationship on ${when}${how}.` : `${otherName} closed this relationship on ${when}${how}.`}{" "}
        Nobody is at fault.
      </p>
      {ending.reason ? (
        <p className="text-muted">
          {ending.byViewer ? "Your reason: " : ""}
          {ending.reason}
        </p>
      ) : null}
      {ending.reflection ? (
        <figure className="flex flex-col gap-1">
          <figcaption className="font-medium">{ending.byViewer ? `Your closing words for ${otherName}` : `${otherName}'s closing words for you`}</figcaption>
          <blockquote className="whitespace-pre-line rounded-lg border-l-4 border-brand bg-brand-soft p-3">{ending.reflection}</blockquote>
        </figure>
      ) : null}
      <p className="text-sm text-muted">The thread stays here as a read-only archive, for you both.</p>
      {access.viewerSide !== "mentor" ? (
        <p>
          <Link href="/suggestions" className={buttonClass("secondary")}>
            See people who fit what you asked for
          </Link>
        </p>
      ) : (
        <p className="text-sm text-muted">Thank you for the time and care you gave.</p>
      )}
    </>
  );
}
