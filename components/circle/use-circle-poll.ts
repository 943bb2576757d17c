"use client";

import { useEffect, useRef } from "react";

export const CIRCLE_POLL_EVERY_MS = 3000;

/**
 * Live updates for the circle thread, in one small hook so the transport can
 * change (server-sent events) without touching the thread component: it asks
 * /api/circles/[id]/thread?after=… every few seconds while the tab is
 * visible, backs off after failures, and stops on 404 (no longer a member).
 */
export function useCirclePoll<T>({ circleId, after, onMessages, onGone }: { circleId: string; after: () => string; onMessages: (messages: T[]) => void; onGone: () => void }) {
  const callbacks = useRef({ after, onMessages, onGone });
  useEffect(() => {
    callbacks.current = { after, onMessages, onGone };
  });
  useEffect(() => {
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      if (stopped) return;
      if (document.visibilityState === "visible") {
        try {
          const response = await fetch(`/api/circles/${circleId}/thread?after=${encodeURIComponent(callbacks.current.after())}`, { cache: "no-store" });
          if (response.status === 404 || response.status === 401) {
            stopped = true;
            callbacks.current.onGone();
            return;
          }
          if (!response.ok) throw new Error(String(response.status));
          const body = (await response.json()) as { messages: T[] };
          failures = 0;
          if (body.messages.length > 0) callbacks.current.onMessages(body.messages);
        } catch {
          failures++;
        }
      }
      timer = setTimeout(tick, Math.min(30_000, CIRCLE_POLL_EVERY_MS * 2 ** failures));
    };
    timer = setTimeout(tick, CIRCLE_POLL_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [circleId]);
}
