"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";

export type EarlierState = "idle" | "loading" | "failed";

/**
 * "Show earlier messages" for a thread that opens at its newest page (the
 * one-to-one thread and a circle's): where the next older page starts, the
 * state of asking for it, and the asking. `url` names the page before a
 * place; `onPage` puts the messages it brings into the list (oldest first)
 * and says so to screen readers as the thread sees fit.
 */
export function useEarlierMessages<T>(first: string | null, url: (before: string) => string, onPage: (messages: T[]) => void) {
  const [earlier, setEarlier] = useState(first);
  const [state, setState] = useState<EarlierState>("idle");
  async function showEarlier() {
    if (!earlier || state === "loading") return;
    setState("loading");
    try {
      const response = await fetch(url(earlier), { cache: "no-store", headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`earlier answered ${response.status}`);
      const page = (await response.json()) as { messages: T[]; earlier: string | null };
      onPage(page.messages);
      setEarlier(page.earlier);
      setState("idle");
    } catch {
      setState("failed");
    }
  }
  return { earlier, state, showEarlier };
}

/** The button, and what to say when the older page did not come. */
export function ShowEarlierButton({ state, onShow, align = "center" }: { state: EarlierState; onShow: () => void; align?: "center" | "start" }) {
  return (
    <div className={`flex flex-col gap-1 ${align === "center" ? "items-center" : "items-start"}`}>
      <button type="button" onClick={onShow} disabled={state === "loading"} className={buttonClass("secondary")}>
        {state === "loading" ? "Loading earlier messages…" : "Show earlier messages"}
      </button>
      {state === "failed" ? (
        <p className="text-sm text-danger" role="alert">
          Earlier messages didn&apos;t load. Please try again.
        </p>
      ) : null}
    </div>
  );
}

/** "1 earlier message shown." / "N earlier messages shown." */
export const earlierShown = (n: number) => (n === 1 ? "1 earlier message shown." : `${n} earlier messages shown.`);
