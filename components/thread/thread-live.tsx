"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { Notice } from "@/components/ui/notice";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { mergeMessages, newestTime } from "@/lib/thread/merge";
import type { MessageDto, OpenedThread, ThreadUpdate } from "@/lib/thread/types";
import { announceRelationshipEnd } from "@/components/relationship/live-ending";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { earlierShown, ShowEarlierButton, useEarlierMessages } from "./show-earlier";
import { type PollEnd, useThreadPoll } from "./use-thread-poll";

/** Close enough to the bottom that a new message should scroll into view. */
const NEAR_BOTTOM_PX = 80;

/**
 * The live part of the thread: the messages, "Show earlier messages", the
 * composer, and the poll that brings the other person's messages in without
 * a reload. Messages from every source are merged by id, so a message that
 * arrives twice (the poll's overlap, the composer's answer and a fresh
 * server render) is shown once.
 */
export function ThreadLive({
  relationshipId,
  otherName,
  opened,
  region,
}: {
  relationshipId: string;
  otherName: string;
  opened: OpenedThread;
  region: CrisisRegion | undefined;
}) {
  const [messages, setMessages] = useState(opened.messages);
  const [stillActive, setStillActive] = useState(true);
  const [ended, setEnded] = useState<PollEnd | null>(null);
  const [announcement, setAnnouncement] = useState({ text: "", n: 0 });

  // A fresh server render (after sending, the page is revalidated) brings its
  // own latest page: fold it in, keeping what this page already has.
  const [seenOpened, setSeenOpened] = useState(opened);
  if (opened !== seenOpened) {
    setSeenOpened(opened);
    setMessages((current) => mergeMessages(current, opened.messages));
  }

  const active = opened.active && stillActive && ended === null;
  const listBox = useRef<HTMLDivElement>(null);
  const scroll = useRef<{ mode: "bottom" | "keep" | "none"; height: number }>({ mode: "bottom", height: 0 });
  const latest = useRef(newestTime(opened.messages, opened.serverTime));
  const known = useRef(new Set(opened.messages.map((m) => m.id)));
  useEffect(() => {
    latest.current = newestTime(messages, latest.current);
    for (const m of messages) known.current.add(m.id);
  }, [messages]);

  const nearBottom = () => {
    const box = listBox.current;
    return !box || box.scrollHeight - box.scrollTop - box.clientHeight < NEAR_BOTTOM_PX;
  };

  const addMessages = useCallback((incoming: readonly MessageDto[], follow: boolean) => {
    const fresh = incoming.filter((m) => !known.current.has(m.id));
    for (const m of fresh) known.current.add(m.id);
    if (fresh.length === 0) return fresh;
    scroll.current = { mode: follow ? "bottom" : "none", height: 0 };
    setMessages((current) => mergeMessages(current, fresh));
    return fresh;
  }, []);

  const onUpdate = useCallback(
    (update: ThreadUpdate) => {
      const fresh = addMessages(update.messages, nearBottom());
      const theirs = fresh.filter((m) => !m.mine);
      if (theirs.length > 0) {
        const care = theirs.some((m) => m.risk !== "none") ? " There is a note beside it on how to help." : "";
        const text = theirs.length === 1 ? `New message from ${otherName}.${care}` : `${theirs.length} new messages from ${otherName}.${care}`;
        setAnnouncement((a) => ({ text, n: a.n + 1 }));
      }
      if (!update.active) {
        setStillActive(false);
        announceRelationshipEnd(relationshipId, "ended");
      }
    },
    [addMessages, otherName, relationshipId],
  );

  // The end landing while the page is open: the thread stops here, and the whole page follows (components/relationship/live-ending).
  const onEnd = useCallback(
    (why: PollEnd) => {
      if (why === "ended") setStillActive(false);
      else setEnded(why);
      if (why !== "signed-out") announceRelationshipEnd(relationshipId, why);
    },
    [relationshipId],
  );

  // A moderator removed a message: it shows as removed at once, with nothing of its words.
  const onRemoved = useCallback((id: string) => {
    setMessages((current) => (current.some((m) => m.id === id && !m.removed) ? current.map((m) => (m.id === id ? { ...m, body: "", risk: "none", removed: true } : m)) : current));
  }, []);

  useThreadPoll({ relationshipId, enabled: active, after: () => latest.current, onUpdate, onEnd, onRemoved });

  const onSent = useCallback((message: MessageDto) => void addMessages([message], true), [addMessages]);

  const { earlier, state: earlierState, showEarlier } = useEarlierMessages<MessageDto>(
    opened.earlier,
    (before) => `/api/relationships/${relationshipId}/messages?${new URLSearchParams({ before })}`,
    (page) => {
      for (const m of page) known.current.add(m.id);
      scroll.current = { mode: "keep", height: listBox.current?.scrollHeight ?? 0 };
      setMessages((current) => mergeMessages(current, page));
      setAnnouncement((a) => ({ text: earlierShown(page.length), n: a.n + 1 }));
    },
  );

  // After the list changes: follow the newest message, or keep the reader's
  // place when earlier messages were put above it.
  useLayoutEffect(() => {
    const box = listBox.current;
    if (!box) return;
    const { mode, height } = scroll.current;
    if (mode === "bottom") box.scrollTop = box.scrollHeight;
    else if (mode === "keep") box.scrollTop += box.scrollHeight - height;
    scroll.current = { mode: "none", height: 0 };
  }, [messages]);

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <div
        ref={listBox}
        role="region"
        aria-label={`Thread with ${otherName}`}
        tabIndex={0}
        className="flex min-h-40 flex-1 flex-col gap-3 overflow-y-auto rounded-lg border border-line bg-page p-3 [&>:first-child]:mt-auto"
      >
        {earlier ? (
          <ShowEarlierButton state={earlierState} onShow={showEarlier} />
        ) : messages.length > 0 ? (
          <p className="text-center text-xs text-muted">The start of your thread with {otherName}.</p>
        ) : null}
        {messages.length === 0 ? (
          <p className="text-muted">No messages yet. {active ? `A short hello is a fine way to start.` : ""}</p>
        ) : (
          <MessageList messages={messages} otherName={otherName} timezone={opened.timezone} region={region} />
        )}
      </div>

      <div className="sr-only" aria-live="polite">
        {announcement.text ? <p key={announcement.n}>{announcement.text}</p> : null}
      </div>

      {ended === "gone" ? (
        <Notice tone="info">This thread is no longer available.</Notice>
      ) : ended === "signed-out" ? (
        <Notice tone="info">You&apos;ve been signed out. Sign in again to see new messages.</Notice>
      ) : active ? (
        <Composer relationshipId={relationshipId} otherName={otherName} onSent={onSent} region={region} />
      ) : (
        <Notice tone="info">This relationship has ended. The thread stays here for you to read, but no new messages can be sent.</Notice>
      )}
    </div>
  );
}
