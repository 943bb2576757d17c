import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CircleActionForm } from "@/components/circle/action-form";
import { randomUUID } from "node:crypto";
import { BlockInCircleForm } from "@/components/circle/block-in-circle-form";
import { CircleThread } from "@/components/circle/circle-thread";
import { ReportLink } from "@/components/reports/report-link";
import { feltOffAction, replaceMeAction, settleFeltOffAction } from "@/lib/actions/circle/safety";
import { circleSafetyPanel } from "@/lib/dal/circle/safety";
import {
  answerJoinAction,
  answerRenewalAction,
  excuseAction,
  leaveCircleAction,
  openSessionAction,
  proposeRenewalAction,
  reachOutAction,
  reflectionAction,
  stepBackAction,
  takeBackAction,
} from "@/lib/actions/circle/circles";
import { CLOSING_PROMPT, REPAIR_GUIDE, FACILITATOR_AWAY_MESSAGE } from "@/lib/circles";
import { getCirclePage } from "@/lib/dal/circle/circles";
import { circleAwaitingMe } from "@/lib/dal/circle/facilitation";
import { Notice } from "@/components/ui/notice";
import { openCircleThread } from "@/lib/dal/circle/thread";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Circle" };

const textarea = "rounded-lg border border-line bg-surface p-2";

export default async function CirclePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { after } = await searchParams;
  const loaded = await Promise.all([getCirclePage(id), openCircleThread(id), circleSafetyPanel(id)]).catch((error) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!loaded) {
    // The one other person who may see something here: the facilitator whose pause left the circle waiting for cover.
    const waiting = await circleAwaitingMe(id);
    if (!waiting) notFound();
    return <TakeBack circle={waiting} />;
  }
  const [page, thread, safety] = loaded;
  const facilitator = page.role === "facilitator";
  const others = page.people.filter((p) => p.id !== page.viewerId);
  const ended = page.status === "ended";
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <p>{page.rhythm}</p>
        <p className="text-sm text-muted">
          {ended
            ? page.endReason === "completed"
              ? `This circle has come to its close after ${page.lengthSessions} sessions. Thank you for being part of it.`
              : "This circle has closed."
            : page.status === "proposed"
              ? "Waiting to fill: it opens with four members."
              : `Session ${Math.min(page.sessionsHeld, page.lengthSessions)} of ${page.lengthSessions} held so far.`}
        </p>
        {after === "taken-back" && facilitator ? (
          <Notice tone="success" title="Welcome back">
            The circle is yours again, and its members have been told. A warm word in the thread is a good way back in.
          </Notice>
        ) : null}
        {page.facilitatorAway ? (
          <div role="status" className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-3">
            <p>{FACILITATOR_AWAY_MESSAGE}</p>
            {page.awayWords ? (
              <blockquote className="whitespace-pre-line border-l-4 border-brand pl-3">
                <p className="text-sm text-muted">Words your facilitator left for you:</p>
                {page.awayWords}
              </blockquote>
            ) : null}
          </div>
        ) : null}
      </header>

      <section aria-labelledby="people-heading" className="flex flex-col gap-2">
        <h2 id="people-heading" className="text-xl font-semibold">
          Who&apos;s here
        </h2>
        <ul className="flex flex-wrap gap-3">
          {page.people.map((p) => (
            <li key={p.id} className="flex items-center gap-2 rounded-full border border-line px-3 py-1">
              <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-brand-soft text-sm font-semibold">
                {p.initials}
              </span>
              <span>
                {p.name}
                {p.facilitator ? " — facilitator" : ""}
                {p.id === page.viewerId ? " (you)" : ""}
              </span>
            </li>
          ))}
        </ul>
        {others.length > 0 ? (
          <details className="rounded-lg border border-line p-3">
            <summary className="inline-flex min-h-11 cursor-pointer items-center">Report{facilitator ? "" : " or block"} someone in this circle</summary>
            <p className="text-sm text-muted">A moderator reads every report; nobody in the circle is told who reported.</p>
            <ul className="mt-2 flex flex-col gap-3">
              {others.map((p) => (
                <li key={p.id} className="flex flex-col gap-1 border-t border-line pt-2">
                  <p className="font-medium">
                    {p.name}
                    {p.facilitator ? " (facilitator)" : ""}
                  </p>
                  {/* The form itself only when asked for (or on its own page without JavaScript): closed, it was a whole form per member in every render. */}
                  <ReportLink targetKind="person" targetId={p.id} circleId={page.id} label={`Report ${p.name}`} />
                  {!facilitator && !p.facilitator ? <BlockInCircleForm circleId={page.id} personId={p.id} name={p.name} /> : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {safety.blockedSomeoneHere ? (
          <div className="flex flex-col gap-2 rounded-lg border border-line p-3">
            <p>You blocked someone in this circle, so you don&apos;t see each other here. You can stay, or move to another circle whenever you like.</p>
            <CircleActionForm action={replaceMeAction} hidden={{ circleId: page.id }} submit="Move me to another circle" tone="secondary" label="Move me to another circle" />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="session-heading" className="flex flex-col gap-3">
        <h2 id="session-heading" className="text-xl font-semibold">
          Sessions
        </h2>
        {page.openSession ? (
          <div className="rounded-lg border border-brand p-3">
            <p className="font-semibold">
              Session {page.openSession.number} is open now{page.openSession.number === page.lengthSessions ? " — the closing session" : ""}.
            </p>
            <p className="whitespace-pre-line">{page.openSession.prompt}</p>
            {!facilitator ? <p className="text-sm text-muted">Writing in the circle thread while the session is open counts as being there.</p> : null}
          </div>
        ) : page.next && !ended ? (
          <p>
            Next: session {page.next.number}, {page.next.when} (your time){page.nextIsClosing ? " — the closing session, a time to look back together" : ""}.
          </p>
        ) : (
          <p>All sessions have been held.</p>
        )}
        {facilitator && !page.openSession && page.next && page.status !== "proposed" && !ended ? (
          <CircleActionForm action={openSessionAction} hidden={{ circleId: page.id }} submit="Open the session" label="Open the next session">
            <label htmlFor="prompt" className="font-medium">
              A prompt to start with
            </label>
            <textarea id="prompt" name="prompt" required maxLength={600} rows={2} className={textarea} defaultValue={page.nextIsClosing ? CLOSING_PROMPT : "How are you arriving this week?"} />
          </CircleActionForm>
        ) : null}
        {!facilitator && !ended && page.next && !page.excusedAhead.includes(page.next.number) ? (
          <CircleActionForm action={excuseAction} hidden={{ circleId: page.id, sessionNumber: String(page.next.number) }} submit="I'll miss the next session" tone="secondary" label="Say ahead that you'll miss the next session" />
        ) : null}
        {!facilitator && page.next && page.excusedAhead.includes(page.next.number) ? <p>Thanks for letting the circle know you&apos;ll miss session {page.next.number}.</p> : null}
      </section>

      <section aria-labelledby="record-heading" className="flex flex-col gap-2">
        <h2 id="record-heading" className="text-xl font-semibold">
          {facilitator ? "Members' records" : "Your record"}
        </h2>
        <p className="text-sm text-muted">{facilitator ? "Only you and each member see their own record." : "Only you and the facilitator see this."}</p>
        <ul>
          {page.records.map((r) => (
            <li key={r.userId}>{facilitator ? `${r.name}: ${r.text}` : `You were ${r.text}.`}</li>
          ))}
        </ul>
      </section>

      {facilitator && (page.toReach.length > 0 || page.reachedRecently.length > 0) ? (
        <section aria-labelledby="reach-heading" id="reach-out" className="flex flex-col gap-3">
          <h2 id="reach-heading" className="text-xl font-semibold">
            {page.toReach.length > 0 ? "Someone was missed" : "Your word was sent"}
          </h2>
          {page.reachedRecently.map((r) => (
            <p key={`reached-${r.userId}-${r.sessionNumber}`} className="rounded-lg border border-line p-3">
              Your word reached {r.name} about session {r.sessionNumber}. Thank you for noticing.
            </p>
          ))}
          {page.toReach.map((r) => (
            <CircleActionForm
              key={`${r.userId}-${r.sessionNumber}`}
              action={reachOutAction}
              hidden={{ circleId: page.id, memberId: r.userId, sessionNumber: String(r.sessionNumber) }}
              submit={`Send to ${r.name}`}
              label={`Reach out to ${r.name}`}
            >
              <label htmlFor={`words-${r.userId}`} className="font-medium">
                A word to {r.name} about session {r.sessionNumber} — edit it as you like
              </label>
              <textarea id={`words-${r.userId}`} name="words" rows={3} className={textarea} defaultValue={r.openings[0]} />
              <details className="text-sm">
                <summary>Other openings</summary>
                <ul className="list-disc pl-5">
                  {r.openings.slice(1).map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </details>
            </CircleActionForm>
          ))}
        </section>
      ) : null}

      {facilitator && page.joinRequests.length > 0 ? (
        <section aria-labelledby="requests-heading" className="flex flex-col gap-3">
          <h2 id="requests-heading" className="text-xl font-semibold">
            Asking to join
          </h2>
          {page.joinRequests.map((r) => (
            <div key={r.id} className="flex flex-col gap-2 rounded-lg border border-line p-3">
              <p className="font-semibold">{r.name}</p>
              <ul className="list-disc pl-5 text-sm">
                {r.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <div className="flex flex-wrap gap-3">
                <CircleActionForm action={answerJoinAction} hidden={{ requestId: r.id, accept: "yes" }} submit={`Welcome ${r.name}`} label={`Welcome ${r.name}`} />
                <CircleActionForm action={answerJoinAction} hidden={{ requestId: r.id, accept: "no" }} submit="Not this time" tone="secondary" label={`Decline ${r.name}`} />
              </div>
            </div>
          ))}
        </section>
      ) : null}

      {page.mayProposeRenewal || page.renewal ? (
        <section aria-labelledby="renewal-heading" id="renewal" className="flex flex-col gap-3">
          <h2 id="renewal-heading" className="text-xl font-semibold">
            Carrying on
          </h2>
          {page.renewal?.status === "open" ? (
            <>
              <p>
                Your facilitator would like to carry on for {page.renewal.extraSessions} more session{page.renewal.extraSessions === 1 ? "" : "s"}. The circle carries on if most members say yes before the last session closes.{" "}
                {page.renewal.yes} of {page.renewal.members} {page.renewal.members === 1 ? "member has" : "members have"} said yes so far.
              </p>
              {!facilitator ? (
                <>
                  {page.renewal.mine !== null ? <p>You said {page.renewal.mine ? "yes" : "no"}. You can change your answer while it&apos;s open.</p> : null}
                  <div className="flex flex-wrap gap-3">
                    <CircleActionForm action={answerRenewalAction} hidden={{ circleId: page.id, agree: "yes" }} submit="Yes, let's carry on" label="Yes, carry on" />
                    <CircleActionForm action={answerRenewalAction} hidden={{ circleId: page.id, agree: "no" }} submit="No, close as planned" tone="secondary" label="No, close as planned" />
                  </div>
                </>
              ) : null}
            </>
          ) : page.renewal?.status === "agreed" ? (
            <p>The circle agreed to carry on for {page.renewal.extraSessions} more session{page.renewal.extraSessions === 1 ? "" : "s"}.</p>
          ) : page.renewal ? (
            <p>The circle will close as planned{page.renewal.status === "lapsed" ? "" : ": not enough members could carry on"}.</p>
          ) : null}
          {page.mayProposeRenewal ? (
            <CircleActionForm action={proposeRenewalAction} hidden={{ circleId: page.id }} submit="Ask the circle" label="Propose carrying on">
              <p>If the circle would like to carry on, you can ask. It carries on if most members say yes before the last session closes.</p>
              <label htmlFor="extraSessions" className="font-medium">
                How many more sessions?
              </label>
              <input id="extraSessions" name="extraSessions" type="number" min={1} max={page.maxExtraSessions} defaultValue={Math.min(4, page.maxExtraSessions)} required className="w-24 rounded-lg border border-line bg-surface p-2" />
            </CircleActionForm>
          ) : null}
        </section>
      ) : null}

      {page.closingSessionOpened ? (
        <section aria-labelledby="reflections-heading" className="flex flex-col gap-3">
          <h2 id="reflections-heading" className="text-xl font-semibold">
            Closing reflections
          </h2>
          <p className="text-sm text-muted">Everyone in the circle reads these.</p>
          {page.reflections.length === 0 ? <p>No reflections yet.</p> : null}
          <ul className="flex flex-col gap-2">
            {page.reflections.map((r) => (
              <li key={r.userId} className="rounded-lg border border-line p-3">
                <p className="font-semibold">{r.userId === page.viewerId ? "You" : r.name}</p>
                <p className="whitespace-pre-line">{r.body}</p>
              </li>
            ))}
          </ul>
          <CircleActionForm action={reflectionAction} hidden={{ circleId: page.id }} submit={page.reflections.some((r) => r.userId === page.viewerId) ? "Update my reflection" : "Share my reflection"} label="Your closing reflection">
            <label htmlFor="reflection" className="font-medium">
              What will you take with you?
            </label>
            <textarea id="reflection" name="body" rows={3} maxLength={2000} required className={textarea} defaultValue={page.reflections.find((r) => r.userId === page.viewerId)?.body ?? ""} />
          </CircleActionForm>
        </section>
      ) : null}

      {page.farewells.length > 0 ? (
        <section aria-labelledby="farewells-heading" className="flex flex-col gap-2">
          <h2 id="farewells-heading" className="text-xl font-semibold">
            Words from those who stepped back
          </h2>
          <ul className="flex flex-col gap-2">
            {page.farewells.map((f, i) => (
              <li key={i} className="rounded-lg border border-line p-3">
                <p className="font-semibold">{f.name}</p>
                <p className="whitespace-pre-line">{f.words}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CircleThread circleId={page.id} initial={thread.messages} earlier={thread.earlier} timezone={thread.timezone} active={thread.active} facilitator={facilitator} region={thread.region} />

      {facilitator ? (
        <section aria-labelledby="repair-heading" className="flex flex-col gap-2">
          <h2 id="repair-heading" className="text-xl font-semibold">
            If something felt off
          </h2>
          <ul className="list-disc pl-5">
            {REPAIR_GUIDE.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div id="felt-off" className="flex flex-col gap-2">
            <h3 className="font-semibold">Told to you privately</h3>
            {safety.feltOff.length === 0 ? <p className="text-sm text-muted">Nobody has told you something felt off.</p> : null}
            <ul className="flex flex-col gap-2">
              {safety.feltOff.map((n) => (
                <li key={n.id} className="flex flex-col gap-2 rounded-lg border border-line p-3">
                  <p className="font-medium">{n.name} said something felt off</p>
                  {n.words ? <p className="whitespace-pre-line break-words">{n.words}</p> : <p className="text-sm text-muted">They didn&apos;t add words.</p>}
                  <CircleActionForm action={settleFeltOffAction} hidden={{ circleId: page.id, noteId: n.id }} submit="We've talked it through" tone="secondary" label={`Mark ${n.name}'s note as talked through`} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      {facilitator && !ended ? (
        <section aria-labelledby="step-back-heading" className="flex flex-col gap-2">
          <h2 id="step-back-heading" className="text-xl font-semibold">
            Stepping back
          </h2>
          <p>
            If you can&apos;t hold this circle any more, that&apos;s all right. Members will be told kindly, with no blame, and moderators will find someone to carry on with them. Sessions pause until then.
          </p>
          <CircleActionForm action={stepBackAction} hidden={{ circleId: page.id }} submit="Step back from this circle" tone="secondary" label="Step back from this circle">
            <label htmlFor="stepBackWords" className="font-medium">
              A few words for the members (optional)
            </label>
            <textarea id="stepBackWords" name="words" rows={2} maxLength={1000} className={textarea} />
          </CircleActionForm>
        </section>
      ) : null}

      {!facilitator && !ended ? (
        <>
        <section aria-labelledby="felt-off-heading" className="flex flex-col gap-2">
          <h2 id="felt-off-heading" className="text-xl font-semibold">
            Something felt off?
          </h2>
          <p>Tell your facilitator privately — nobody else in the circle sees it. Words are optional.</p>
          <CircleActionForm action={feltOffAction} hidden={{ circleId: page.id, clientKey: randomUUID() }} submit="Tell the facilitator" tone="secondary" label="Tell the facilitator something felt off">
            <label htmlFor="feltOffWords" className="font-medium">
              What happened, if you&apos;d like to say (optional)
            </label>
            <textarea id="feltOffWords" name="words" rows={2} maxLength={1000} className={textarea} />
          </CircleActionForm>
        </section>
        <section aria-labelledby="leave-heading" className="flex flex-col gap-2">
          <h2 id="leave-heading" className="text-xl font-semibold">
            Leaving the circle
          </h2>
          <p>You can step back at any time. If you&apos;d like, leave a few closing words for the circle.</p>
          <CircleActionForm action={leaveCircleAction} hidden={{ circleId: page.id }} submit="Leave the circle" tone="secondary" label="Leave the circle">
            <label htmlFor="closingWords" className="font-medium">
              Closing words (optional)
            </label>
            <textarea id="closingWords" name="closingWords" rows={2} maxLength={1000} className={textarea} />
          </CircleActionForm>
        </section>
        </>
      ) : null}
    </div>
  );
}

/** What the facilitator of record sees while their circle waits for cover after their pause: taking it back, or why not yet. */
function TakeBack({ circle }: { circle: { id: string; title: string; blocker: string | null } }) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{circle.title}</h1>
      <p>
        While you were paused, this circle has been waiting for someone to cover it, and nobody has been assigned yet. Its members know a
        facilitator is being found. If you can hold it again, you can take it back now; if someone is assigned first, that stands.
      </p>
      {circle.blocker ? (
        <Notice tone="info" title="Not just yet">
          {circle.blocker}
        </Notice>
      ) : (
        <CircleActionForm action={takeBackAction} hidden={{ circleId: circle.id }} submit="Take the circle back" label="Take the circle back" />
      )}
    </div>
  );
}
