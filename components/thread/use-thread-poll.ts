"use client";

import { useEffect, useRef } from "react";
import type { ThreadUpdate } from "@/lib/thread/types";

export const POLL_EVERY_MS = 2500;
const MAX_BACKOFF_MS = 30_000;

export type PollEnd = "gone" | "signed-out";

/**
 * Asks the server every few seconds for messages after the newest one the
 * page has. It pauses while the tab is hidden (and asks at once when it is
 * shown again), backs off after failures, and stops for good when the thread
 * is gone (404: ended by a block, or never ours) or the session has ended.
 * All state is in the database, so this works the same whichever app
 * instance answers.
 */
export function useThreadPoll({
  relationshipId,
  enabled,
  after,
  onUpdate,
  onEnd,
}: {
  relationshipId: string;
  enabled: boolean;
  /** The newest time the page has seen (ISO); read at each poll. */
  after: () => string;
  onUpdate: (update: ThreadUpdate) => void;
  onEnd: (why: PollEnd) => void;
}) {
  // The latest callbacks, without restarting the loop when they change.
  const callbacks = useRef({ after, onUpdate, onEnd });
  useEffect(() => {
    callbacks.current = { after, onUpdate, onEnd };
  });

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let inFlight = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;

    const schedule = () => {
      if (stopped) return;
      clearTimeout(timer);
      const wait = failures === 0 ? POLL_EVERY_MS : Math.min(MAX_BACKOFF_MS, POLL_EVERY_MS * 2 ** failures);
      timer = setTimeout(tick, wait);
    };

    const tick = async () => {
      if (stopped || inFlight) return;
      // Hidden: stop asking; the visibility listener starts again.
      if (document.visibilityState !== "visible") return;
      inFlight = true;
      controller = new AbortController();
      try {
        const query = new URLSearchParams({ after: callbacks.current.after(), read: "1" });
        const response = await fetch(`/api/relationships/${relationshipId}/messages?${query}`, {
          cache: "no-store",
          headers: { Accept: "application/json" },
          signal: controller.signal,
        });
        if (response.status === 404 || response.status === 401) {
          stopped = true;
          callbacks.current.onEnd(response.status === 404 ? "gone" : "signed-out");
          return;
        }
        if (!response.ok) throw new Error(`poll answered ${response.status}`);
        const update = (await response.json()) as ThreadUpdate;
        failures = 0;
        if (!stopped) callbacks.current.onUpdate(update);
      } catch {
        if (stopped) return;
        failures += 1;
      } finally {
        inFlight = false;
      }
      schedule();
    };

    const onVisibility = () => {
      if (document.visibilityState === "visible") {
        clearTimeout(timer);
        void tick();
      }
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [enabled, relationshipId]);
}
