import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import type { RhythmView } from "@/lib/dal/relationship/rhythm";
import { RhythmAnswerForms, WithdrawRhythmForm } from "./rhythm-answer-forms";
import { RhythmForm } from "./rhythm-form";

const disclosure = "inline-flex min-h-11 cursor-pointer items-center underline";

/**
 * Where the rhythm stands and what the viewer can do about it: propose one
 * (or a change), answer the other person's proposal, or withdraw their own.
 * Proposals are always described on the viewer's own clock.
 */
export function RhythmAgreement({ access, rhythm }: { access: RelationshipAccess; rhythm: RhythmView }) {
  const { proposal, agreed } = rhythm;
  const form = (replaces: string | null, submitLabel: string) => (
    <RhythmForm relationshipId={access.id} suggestion={rhythm.suggestion} replaces={replaces} timezone={rhythm.viewerTimezone} submitLabel={submitLabel} />
  );
  // Said again in a live region that stays put, so a proposal sent or answered is announced although its form is gone.
  const status = proposal
    ? proposal.byViewer
      ? `You proposed ${proposal.description}. Waiting for ${access.otherName}'s answer.`
      : `${access.otherName} proposed ${proposal.description}.`
    : agreed
      ? `Your rhythm is ${agreed.description}.`
      : "";
  return (
    <div className="flex flex-col gap-3">
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {agreed ? (
        <p>
          <span className="font-medium">Your rhythm:</span> {agreed.description}
        </p>
      ) : (
        <p>
          Agree together when you&apos;ll check in. Steady and small is the idea: a few lines each time is enough, and time away can always be said
          ahead.
        </p>
      )}
      {proposal?.byViewer ? (
        <div className="flex flex-col gap-3 rounded-lg border border-line p-4">
          <p>
            <span className="font-medium">{agreed ? "You proposed a change:" : "You proposed:"}</span> {proposal.description}.{" "}
            Waiting for {access.otherName}&apos;s answer.
          </p>
          <WithdrawRhythmForm relationshipId={access.id} rhythmId={proposal.id} />
          <details>
            <summary className={disclosure}>Change my proposal…</summary>
            <div className="mt-2">{form(proposal.id, "Send the new proposal")}</div>
          </details>
        </div>
      ) : proposal ? (
        <div className="flex flex-col gap-3 rounded-lg border border-brand bg-brand-soft p-4">
          <p>
            <span className="font-medium">
              {access.otherName} {agreed ? "proposed a change" : "proposed a rhythm"}:
            </span>{" "}
            {proposal.description}.
          </p>
          <RhythmAnswerForms relationshipId={access.id} rhythmId={proposal.id} />
          <details>
            <summary className={disclosure}>Suggest another time instead…</summary>
            <div className="mt-2">{form(proposal.id, "Send my suggestion")}</div>
          </details>
        </div>
      ) : agreed ? (
        <details>
          <summary className={disclosure}>Suggest a different rhythm…</summary>
          <p className="mt-2 text-sm text-muted">It changes once {access.otherName} agrees. Check-ins already past stay as they were.</p>
          <div className="mt-2">{form(null, "Propose this change")}</div>
        </details>
      ) : (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-muted">We started from what you both said suits you. Change anything before you send it.</p>
          {form(null, `Propose this to ${access.otherName}`)}
        </div>
      )}
    </div>
  );
}
