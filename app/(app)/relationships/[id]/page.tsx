import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { CheckInsSection } from "@/components/check-ins/check-ins-section";
import { PulseAndFitSection } from "@/components/care/pulse-and-fit-section";
import { EndingSection } from "@/components/ending/ending-section";
import { TimelineSection } from "@/components/ending/timeline-section";
import { RelationshipHeader } from "@/components/relationship/relationship-header";
import { SafetySection } from "@/components/relationship/safety-section";
import { openFolds } from "@/components/relationship/fold-names";
import { SectionLinks } from "@/components/relationship/section-links";
import { ThreadNotice } from "@/components/relationship/thread-notice";
import { RuptureSection } from "@/components/repair/rupture-section";
import { ThreadSection } from "@/components/thread/thread-section";
import { accessRelationship } from "@/lib/dal/relationship/access";
import { finishPlannedEndingIfDue } from "@/lib/dal/relationship/lifecycle";
import { openThread, rememberThreadSeen } from "@/lib/dal/relationship/thread";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Your relationship" };

/**
 * One relationship: who, the rhythm and the record, and the thread, which
 * has the main area and the height of the window (messages scroll inside,
 * the composer stays at the bottom). Check-ins, the private questions,
 * repair, the story, ending and safety are folds beside it (below it on a
 * phone, with links to each above the thread), each one click away and open
 * by itself when it holds something that needs the person. A closed fold
 * is sent with its summary only (lib/dal/relationship/fold-summaries.ts,
 * one read shared by all of them), its content rendered when opened. Each
 * section reads its own data through the DAL, which checks again that the
 * viewer is one of the two people.
 */
export default async function RelationshipPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ open?: string | string[] }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The folds the person has open (`?open=`); the others come without their content (components/relationship/fold.tsx).
  const open = openFolds(query.open);
  // Read once for the whole request (every section's data calls share it); a planned ending that fell due is finished first, so all sections agree.
  const access = await finishPlannedEndingIfDue(id)
    .then(() => accessRelationship(id))
    .catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    });
  // Rendering writes nothing; once the page is sent, the viewer has seen the thread up to now (a view with nothing new writes nothing).
  const renderedAt = now();
  const opened = openThread(access.id);
  // Handled at once (the thread section shows a failure); the read mark then falls back to its statement.
  const shown = opened.catch(() => undefined);
  after(async () => rememberThreadSeen(access, renderedAt, await shown));
  return (
    // data-wide: the page shell gives this page the header's width (components/page-shell.tsx).
    <div data-wide className="flex flex-col gap-3">
      <p className="text-sm">
        <Link href="/relationships" className="underline">
          ← Your people
        </Link>
      </p>
      <RelationshipHeader access={access} />
      <SectionLinks active={access.status === "active"} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_22rem]">
        <ThreadSection access={access} opened={opened} />
        <div className="flex min-w-0 flex-col gap-3">
          <CheckInsSection access={access} open={open.has("check-ins")} />
          <PulseAndFitSection access={access} open={open.has("just-for-you")} />
          <RuptureSection access={access} open={open.has("repair")} />
          <TimelineSection access={access} open={open.has("story")} />
          <EndingSection access={access} open={open.has("ending")} />
          <SafetySection access={access} open={open.has("safety")} />
          <ThreadNotice />
        </div>
      </div>
    </div>
  );
}
