"use client";

import { useEffect, useRef, useState } from "react";

/**
 * One folded section beside the thread: a <details> (so it opens and closes
 * without JavaScript too), named by the heading in its summary, with a short
 * line saying what is inside while it is closed.
 *
 * It is open from the start when it holds something that needs the person
 * (`attention`: a check-in under way, something felt off, a planned ending),
 * opens when that arrives later, and opens when the address points at it
 * (`#id`: the browser reveals a closed <details> for a fragment inside it,
 * and a hash change while the page is open does the same here). It never
 * closes on the person's behalf: the open state lives here, so a form sent
 * from inside it (the page re-rendered by the server action) finds it as it
 * was left, with its answer or its error in view.
 */
export function Fold({
  id,
  heading,
  hint,
  attention = false,
  children,
}: {
  /** The anchor (#check-ins, #repair, #ending…), kept on the fold's content so a link reveals it. */
  id: string;
  heading: string;
  /** What is inside, in a few words, shown beside the heading. */
  hint?: React.ReactNode;
  attention?: boolean;
  children: React.ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(attention);
  // Something new needs the person: open (closing stays theirs).
  const [hadAttention, setHadAttention] = useState(attention);
  if (attention !== hadAttention) {
    setHadAttention(attention);
    if (attention) setOpen(true);
  }

  useEffect(() => {
    const reveal = () => {
      if (window.location.hash !== `#${id}`) return;
      const box = details.current;
      if (box && !box.open) box.open = true; // the toggle event brings the state along
      document.getElementById(id)?.scrollIntoView({ block: "start" });
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, [id]);

  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-line bg-surface">
      <details ref={details} open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="group">
        <summary className="flex min-h-12 cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-2 hover:bg-page [&::-webkit-details-marker]:hidden">
          <span className="flex min-w-0 flex-1 flex-col">
            <h2 id={headingId} className="text-base font-semibold">
              {heading}
            </h2>
            {hint ? <span className="text-sm text-muted">{hint}</span> : null}
          </span>
          {attention ? (
            <span aria-hidden className="size-2.5 shrink-0 rounded-full bg-brand" />
          ) : null}
          <span aria-hidden className="shrink-0 text-muted transition-transform group-open:rotate-90">
            ›
          </span>
        </summary>
        <div id={id} className="flex scroll-mt-20 flex-col gap-4 border-t border-line p-4">
          {children}
        </div>
      </details>
    </section>
  );
}
