"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { sendCircleMessageAction, type CircleMessageState } from "@/lib/actions/circle/circles";
import { idle } from "@/lib/forms/state";
import type { CircleMessageDto } from "@/lib/circles/types";
import { ReportLink } from "@/components/reports/report-link";
import { useLiveRisk } from "@/components/safety/use-live-risk";
import { WhileWritingHelp } from "@/components/safety/while-writing-help";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { earlierShown, ShowEarlierButton, useEarlierMessages } from "@/components/thread/show-earlier";
import { messageTime } from "@/lib/thread/time";
import { useCirclePoll } from "./use-circle-poll";

function merge(list: CircleMessageDto[], more: CircleMessageDto[]) {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of more) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The circle thread: messages, a composer, live updates, and crisis care beside the author's own words. */
export function CircleThread({
  circleId,
  initial,
  earlier: initialEarlier,
  timezone,
  active,
  facilitator,
  region,
}: {
  circleId: string;
  initial: CircleMessageDto[];
  /** Where "Show earlier messages" starts (null: the first page is the whole thread). */
  earlier: string | null;
  /** The viewer's zone: times read the same on the server and in the browser. */
  timezone: string;
  active: boolean;
  facilitator: boolean;
  region?: CrisisRegion;
}) {
  const [messages, setMessages] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  // The words being typed: kept on a failed send, read by the detector in the browser for crisis lines before sending.
  const [draft, setDraft] = useState("");
  const liveRisk = useLiveRisk(draft);
  const [gone, setGone] = useState(false);
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [state, formAction] = useActionState<CircleMessageState, FormData>(async (previous, formData) => {
    const next = await sendCircleMessageAction(previous, formData);
    if (next.status === "success" && next.sent) {
      const sent = next.sent;
      setMessages((list) => merge(list, [sent]));
      setClientKey(crypto.randomUUID());
      setDraft("");
    }
    return next;
  }, idle);
  const newest = useRef(initial.at(-1)?.createdAt ?? new Date(0).toISOString());
  useEffect(() => {
    newest.current = messages.at(-1)?.createdAt ?? newest.current;
  }, [messages]);
  const onMessages = useCallback((more: CircleMessageDto[]) => setMessages((list) => merge(list, more)), []);
  useCirclePoll<CircleMessageDto>({ circleId, after: () => newest.current, onMessages, onGone: () => setGone(true) });

  // Older messages go in just below the button, so the reader's eyes stay where they were.
  const { earlier, state: earlierState, showEarlier } = useEarlierMessages<CircleMessageDto>(
    initialEarlier,
    (before) => `/api/circles/${circleId}/thread?${new URLSearchParams({ before })}`,
    (page) => {
      setMessages((list) => merge(list, page));
      setAnnouncement(earlierShown(page.length));
    },
  );
  return (
    <section aria-labelledby="thread-heading" id="thread" className="flex flex-col gap-3">
      <h2 id="thread-heading" className="text-xl font-semibold">
        Circle thread
      </h2>
      <p className="text-sm text-muted">Only the people in this circle read it. Alongside is peer support, not therapy or a crisis service.</p>
      {gone ? <p role="alert">You&apos;re no longer in this circle, so new messages won&apos;t appear here.</p> : null}
      {earlier ? <ShowEarlierButton state={earlierState} onShow={showEarlier} align="start" /> : null}
      <div className="sr-only" aria-live="polite">
        {announcement}
      </div>
      <ol className="flex flex-col gap-2" aria-label="Messages">
        {messages.length === 0 ? <li className="text-muted">No messages yet. A hello is a lovely start.</li> : null}
        {messages.map((m) => (
          <li key={m.id} className={`rounded-lg border border-line p-3 ${m.mine ? "bg-surface" : ""}`}>
            <p className="text-sm font-medium">
              {m.authorName}
              {m.byFacilitator ? " (facilitator)" : ""}
              <span className="font-normal text-muted"> · {messageTime(m.createdAt, timezone)}</span>
              {m.sessionNumber ? <span className="font-normal text-muted"> · session {m.sessionNumber}</span> : null}
            </p>
            {m.removed ? <p className="text-muted">A moderator removed this message.</p> : <p className="whitespace-pre-line break-words">{m.body}</p>}
            {m.mine && m.risk !== "none" ? (
              <aside aria-label="Support for you" className="mt-2 rounded-lg border-l-4 border-help bg-help-soft p-3 text-sm">
                <p className="font-semibold">You matter. Your message was sent to your circle as you wrote it.</p>
                <p>
                  If you might be in danger or act on these thoughts, please reach someone who is there right now:{" "}
                  <Link href="/get-help" className="font-semibold underline">
                    crisis lines near you
                  </Link>
                  , or your local emergency number.
                </p>
              </aside>
            ) : null}
            {!m.mine && facilitator && m.risk === "crisis" ? (
              <aside aria-label="Guidance for you as facilitator" className="mt-2 rounded-lg border-l-4 border-help bg-help-soft p-3 text-sm">
                <p>These words may mean someone is in crisis. Moderators have been told. Acknowledge them warmly, share the crisis lines, and don&apos;t rush the group on.</p>
              </aside>
            ) : null}
            {!m.mine && !m.removed ? <ReportLink targetKind="circle_message" targetId={m.id} circleId={circleId} label={`Report this message from ${m.authorName}`} /> : null}
          </li>
        ))}
      </ol>
      {active && !gone ? (
        <form action={formAction} className="flex flex-col gap-2" aria-label="Write to the circle">
          <input type="hidden" name="circleId" value={circleId} />
          <input type="hidden" name="clientKey" value={clientKey} />
          <label htmlFor="circle-message" className="font-medium">
            Your message
          </label>
          <textarea
            id="circle-message"
            name="body"
            required
            maxLength={4000}
            rows={3}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={liveRisk === "crisis" ? "circle-message-help" : undefined}
            className="rounded-lg border border-line bg-surface p-2"
          />
          <WhileWritingHelp id="circle-message-help" level={liveRisk} region={region} />
          <div role="status" aria-live="polite">
            {state.status === "error" ? <FormMessage state={state} /> : null}
          </div>
          <div>
            <SubmitButton>Send to the circle</SubmitButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}
