"use client";

import { useEffect, useRef, useState } from "react";
import type { ContentKindValue } from "@/lib/validation/reports";
import { ReportForm } from "./report-form";

/**
 * "Report this message…" where it repeats, beside every message of a thread:
 * a link to the report's own page (/reports/new, which works without
 * JavaScript) that opens the report form in place once the page is
 * interactive. The form is only rendered when asked for — a thread page used
 * to carry a full form (every category with its hint, a note field) in its
 * HTML for each message from the other person.
 */
export function ReportLink({ targetKind, targetId, label, circleId }: { targetKind: ContentKindValue; targetId: string; label: string; circleId?: string }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users land on the form they asked for.
    if (open) box.current?.querySelector<HTMLElement>("summary")?.focus();
  }, [open]);
  if (open) {
    return (
      <div ref={box}>
        <ReportForm targetKind={targetKind} targetId={targetId} label={label} circleId={circleId} open />
      </div>
    );
  }
  const query = new URLSearchParams({ kind: targetKind, id: targetId, ...(circleId ? { circle: circleId } : {}) });
  return (
    <a
      href={`/reports/new?${query}`}
      className="inline-flex min-h-11 items-center rounded px-2 text-sm underline"
      onClick={(event) => {
        // A new tab or window is the person's choice: only a plain click opens the form here.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        setOpen(true);
      }}
    >
      {label}…
    </a>
  );
}
