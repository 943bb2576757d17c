"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { withFold } from "./fold-names";

// Folds whose content is on its way: a second fold opened before the first one's render arrives keeps it in the address it asks for.
const arriving = new Set<string>();

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
 *
 * A closed fold arrives empty (`children` null): the page renders a fold's
 * content only when it needs the person or the address names it in
 * `?open=`. Opening an empty fold adds its name there with router.replace,
 * which renders the page again on the server with the fold's content, and
 * shows "Loading…" until it arrives. Why the address and not a server
 * action returning the fold's elements: a form inside the fold revalidates
 * the page, and the page re-rendered for the same address then brings the
 * fold's fresh content with it, where an action's answer would have been
 * left stale in the fold's state; it also reads through the page's own
 * access check, and the same address works without JavaScript (the empty
 * fold's link). Every fold open in the browser is kept in the address (a fold
 * loaded already is added with history.replaceState, which Next's router
 * follows without a request), so a later render keeps the content of every
 * open fold; closing one takes its name out.
 */
export function Fold({
  id,
  heading,
  hint,
  attention = false,
  children,
}: {
  /** The anchor (#check-ins, #repair, #ending…), kept on the fold's content so a link reveals it; also its name in `?open=`. */
  id: string;
  heading: string;
  /** What is inside, in a few words, shown beside the heading. */
  hint?: React.ReactNode;
  attention?: boolean;
  /** The content, or null when the page sent the fold closed and empty. */
  children?: React.ReactNode;
}) {
  const loaded = children !== null && children !== undefined;
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(attention || loaded);
  // Something new needs the person: open (closing stays theirs).
  const [hadAttention, setHadAttention] = useState(attention);
  if (attention !== hadAttention) {
    setHadAttention(attention);
    if (attention) setOpen(true);
  }

  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [loading, startLoading] = useTransition();
  // One request per opening, so a failed load does not repeat by itself (the link stays to try again)...
  const requested = useRef(false);
  // ...but once more when a load ended without the content: another navigation (the page's live refresh) can overtake it.
  const retried = useRef(false);
  const wasLoading = useRef(false);

  // Render the page again with this fold (and any other still arriving) named in `?open=`.
  const requestContent = useCallback(() => {
    arriving.add(id);
    const here = window.location;
    const all = [...arriving].reduce((query, name) => withFold(query, name, true), here.search);
    startLoading(() => router.replace(`${pathname}${all}${here.hash}`, { scroll: false }));
  }, [id, pathname, router]);

  useEffect(() => {
    const here = window.location;
    const wanted = withFold(here.search, id, open);
    if (!open || loaded) {
      requested.current = false;
      retried.current = false;
      arriving.delete(id);
    }
    if (open && !loaded) {
      if (requested.current) return;
      requested.current = true;
      requestContent();
    } else if (wanted !== here.search) {
      // State null, as Next asks: its patched replaceState then moves the router's address too (a state of its own would bypass that).
      window.history.replaceState(null, "", `${pathname}${wanted}${here.hash}`);
    }
  }, [open, loaded, id, pathname, requestContent]);

  useEffect(() => {
    const ended = wasLoading.current && !loading;
    wasLoading.current = loading;
    if (!ended || !open || loaded || retried.current) return;
    retried.current = true;
    requestContent();
  }, [loading, open, loaded, requestContent]);

  useEffect(() => {
    // Opened before this script ran: the browser reveals the <details> a fragment points into, and a tap
    // on a slow phone opens one, before hydration. That toggle event went unheard, so the box's own state
    // is taken here; otherwise the fold stood open and empty, and its content was never asked for.
    if (details.current?.open) details.current.dispatchEvent(new Event("toggle"));
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
          {loaded ? (
            children
          ) : loading ? (
            <p role="status" className="text-sm text-muted">
              Loading…
            </p>
          ) : (
            // Without JavaScript (or if loading failed): the page again, with this fold rendered open.
            <p>
              <a href={`${pathname}${withFold(search.toString(), id, true)}#${id}`} className="text-sm underline">
                Show {heading}
              </a>
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
