import type { RuptureView } from "@/lib/dal/relationship/ruptures";
import { AnswerRuptureForm } from "./answer-rupture-form";
import { RuptureButton } from "./rupture-button";

const UNREADABLE = "These words can't be shown right now. Please try again later.";

/** Someone's words, under the prompt they answered. */
function Words({ label, text }: { label: string; text: string | null | undefined }) {
  if (text === "") return null;
  return (
    <div>
      <p className="text-sm font-medium">{label}</p>
      <p className="whitespace-pre-line rounded-lg bg-page p-3">{text ?? UNREADABLE}</p>
    </div>
  );
}

/** An open rupture, as one of the two people sees it: both sides' words, then "we're good" and help. */
export function OpenRupture({ view, relationshipId, otherName, namedOn }: { view: RuptureView; relationshipId: string; otherName: string; namedOn: string }) {
  const opener = view.openerNote;
  const responder = view.responderNote;
  const ids = { relationshipId, ruptureId: view.id };
  return (
    <div className="flex flex-col gap-4">
      {view.viewerIsOpener ? (
        <p>
          On {namedOn} you said something felt off. {otherName} has been told gently, without your words being quoted anywhere but here.
        </p>
      ) : (
        <div role="status" className="rounded-lg border-l-4 border-brand bg-brand-soft p-4">
          <p className="font-semibold">{otherName} felt something was a little off, and would like to work it through with you.</p>
          <p className="mt-1">Nobody is in trouble. Read what they wrote when you&apos;re ready, and answer in your own words.</p>
        </div>
      )}

      <div className="flex flex-col gap-3">
        <h3 className="font-semibold">{view.viewerIsOpener ? "Your words" : `${otherName}'s words`}</h3>
        <Words label="What happened" text={opener?.whatHappened} />
        <Words label={view.viewerIsOpener ? "What I needed" : `What ${otherName} needed`} text={opener ? opener.whatINeeded : null} />
      </div>

      {view.responderAnswered ? (
        <div className="flex flex-col gap-3">
          <h3 className="font-semibold">{view.viewerIsOpener ? `${otherName}'s words` : "Your words"}</h3>
          <Words label={view.viewerIsOpener ? `What ${otherName} heard` : "What I heard"} text={responder?.whatIHeard} />
          <Words label={view.viewerIsOpener ? `What ${otherName} needs now` : "What I need now"} text={responder ? responder.whatINeedNow : null} />
        </div>
      ) : view.viewerIsOpener ? (
        <p className="text-sm text-muted">{otherName} hasn&apos;t written back yet. There&apos;s no hurry.</p>
      ) : (
        <div className="flex flex-col gap-3">
          <h3 className="font-semibold">Your side</h3>
          <AnswerRuptureForm {...ids} otherName={otherName} />
        </div>
      )}

      <div className="flex flex-col gap-2 border-t border-line pt-4">
        <h3 className="font-semibold">Are you good?</h3>
        {view.viewerSaidGood ? (
          <p>You said you&apos;re good. {view.otherSaidGood ? "" : `It's repaired once ${otherName} feels the same.`}</p>
        ) : (
          <>
            <p className="text-sm text-muted">
              {view.otherSaidGood
                ? `${otherName} feels you're good again. If you feel the same, say so and it's repaired.`
                : `When it feels settled for you, say so. It's repaired once you both have.`}
            </p>
            <RuptureButton what="good" {...ids}>
              We&apos;re good
            </RuptureButton>
          </>
        )}
      </div>

      <div className="flex flex-col gap-2">
        {view.helpRequested ? (
          <p className="text-sm">A moderator has been asked to help. They see that this is still open between you, never what either of you wrote.</p>
        ) : (
          <>
            <p className="text-sm text-muted">
              Finding it hard to work through on your own? A moderator can help. They see that this is open between you and for how long,
              never what either of you wrote.
            </p>
            <RuptureButton what="help" {...ids}>
              Ask a moderator to help
            </RuptureButton>
          </>
        )}
      </div>
    </div>
  );
}
