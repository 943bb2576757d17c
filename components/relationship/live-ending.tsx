"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const EVENT = "alongside:relationship-end";

type EndDetail = { relationshipId: string; how: "ended" | "gone" };

/**
 * Told by the thread's live stream (or its poll) that this relationship has
 * ended while the page is open. "ended": it is still readable, so the page
 * refreshes into its ended state (no forms left). "gone": it is no longer the
 * viewer's to see (a block), so the page replaces itself at once — no name,
 * no messages, no forms — instead of waiting for a reload.
 */
export function announceRelationshipEnd(relationshipId: string, how: EndDetail["how"]) {
  window.dispatchEvent(new CustomEvent<EndDetail>(EVENT, { detail: { relationshipId, how } }));
}

export function RelationshipLiveEnding({ relationshipId, children }: { relationshipId: string; children: React.ReactNode }) {
  const router = useRouter();
  const [gone, setGone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const onEnd = (event: Event) => {
      const { detail } = event as CustomEvent<EndDetail>;
      if (detail?.relationshipId !== relationshipId) return;
      if (detail.how === "gone") setGone(true);
      else router.refresh();
    };
    window.addEventListener(EVENT, onEnd);
    return () => window.removeEventListener(EVENT, onEnd);
  }, [relationshipId, router]);
  useEffect(() => {
    if (gone) heading.current?.focus();
  }, [gone]);
  if (!gone) return children;
  return (
    <section aria-labelledby="relationship-gone" className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5">
      <h1 id="relationship-gone" ref={heading} tabIndex={-1} className="text-3xl font-bold">
        This relationship has ended
      </h1>
      <p>It isn&apos;t available here any more, and nothing more can be sent. You don&apos;t need to do anything.</p>
      <p>
        <Link href="/relationships" className="underline">
          Back to your people
        </Link>
      </p>
    </section>
  );
}
