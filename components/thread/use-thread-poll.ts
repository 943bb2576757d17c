"use client";

import { useEffect, useRef } from "react";
import type { ThreadUpdate } from "@/lib/thread/types";

export const POLL_EVERY_MS = 2500;
/** While the live stream is open, a slow safety poll only (a missed wake-up is caught within this). */
export const LIVE_SAFETY_POLL_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

/** "gone": no longer ours to see (a block); "ended": closed, still readable; "signed-out": the session ended. */
export type PollEnd = "gone" | "ended" | "signed-out";

/**
 * Live first: a Server-Sent Events stream (/api/live?thread=…) wakes the
 * page the moment the other person's message is committed, on whichever
 * instance, and the page then asks for what is new. Only while the stream is
 * down does it fall back to polling:
 * asks the server every few seconds for messages after the newest one the
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
  onRemoved,
}: {
  relationshipId: string;
  enabled: boolean;
  /** The newest time the page has seen (ISO); read at each poll. */
  after: () => string;
  onUpdate: (update: ThreadUpdate) => void;
  onEnd: (why: PollEnd) => void;
  onRemoved?: (messageId: string) => void;
}) {
  // The latest callbacks, without restarting the loop when they change.
  const callbacks = useRef({ after, onUpdate, onEnd, onRemoved });
  useEffect(() => {
    callbacks.current = { after, onUpdate, onEnd, onRemoved };
  });

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let inFlight = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let live = false;
    let again = false;

    const schedule = () => {
      if (stopped) return;
      clearTimeout(timer);
      const base = live ? LIVE_SAFETY_POLL_MS : POLL_EVERY_MS;
      const wait = failures === 0 ? base : Math.min(MAX_BACKOFF_MS, POLL_EVERY_MS * 2 ** failures);
      timer = setTimeout(tick, wait);
    };

    const tick = async () => {
      if (stopped) return;
      if (inFlight) {
        // A wake-up during a fetch: ask again right after, so nothing committed meanwhile waits for the next poll.
        again = true;
        return;
      }
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
      if (again && !stopped) {
        again = false;
        void tick();
        return;
      }
      schedule();
    };

    // The live stream. EventSource reconnects by itself; while it is down the poll runs at its normal pace.
    let source: EventSource | undefined;
    if (typeof EventSource !== "undefined") {
      source = new EventSource(`/api/live?${new URLSearchParams({ thread: relationshipId })}`);
      source.addEventListener("ready", () => {
        live = true;
        void tick(); // anything sent while the stream was connecting
      });
      source.addEventListener("thread", () => void tick());
      source.addEventListener("removed", (event) => {
        try {
          const { id } = JSON.parse((event as MessageEvent<string>).data) as { id?: string };
          if (id) callbacks.current.onRemoved?.(id);
        } catch {
          // a malformed event changes nothing
        }
      });
      source.addEventListener("closed", () => {
        stopped = true;
        source?.close();
        callbacks.current.onEnd("gone");
      });
      source.addEventListener("ended", () => {
        stopped = true;
        source?.close();
        callbacks.current.onEnd("ended");
      });
      source.onerror = () => {
        if (!live) return;
        live = false;
        schedule(); // back to polling until the stream is open again
      };
    }

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
      source?.close();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [enabled, relationshipId]);
}
