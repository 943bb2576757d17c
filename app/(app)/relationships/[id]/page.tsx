import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { CheckInsSection } from "@/components/check-ins/check-ins-section";
import { PulseAndFitSection } from "@/components/care/pulse-and-fit-section";
import { EndingSection } from "@/components/ending/ending-section";
import { TimelineSection } from "@/components/ending/timeline-section";
import { RelationshipHeader } from "@/components/relationship/relationship-header";
import { ThreadNotice } from "@/components/relationship/thread-notice";
import { RuptureSection } from "@/components/repair/rupture-section";
import { ThreadSection } from "@/components/thread/thread-section";
import { accessRelationship } from "@/lib/dal/relationship/access";
import { finishPlannedEndingIfDue } from "@/lib/dal/relationship/lifecycle";
import { rememberThreadSeen } from "@/lib/dal/relationship/thread";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Your relationship" };

/**
 * One relationship: who, the rhythm and the record, the thread, check-ins,
 * and the ways to repair or end. Each section reads its own data through the
 * DAL, which checks again that the viewer is one of the two people.
 */
export default async function RelationshipPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Read once for the whole request (every section's data calls share it); a planned ending that fell due is finished first, so all sections agree.
  const access = await finishPlannedEndingIfDue(id)
    .then(() => accessRelationship(id))
    .catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    });
  // Rendering writes nothing; once the page is sent, the viewer has seen the thread up to now.
  const renderedAt = now();
  after(() => rememberThreadSeen(access, renderedAt));
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/relationships" className="underline">
          ← Your people
        </Link>
      </p>
      <RelationshipHeader access={access} />
      <ThreadNotice />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <ThreadSection access={access} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <CheckInsSection access={access} />
          <PulseAndFitSection access={access} />
          <RuptureSection access={access} />
          <TimelineSection access={access} />
          <EndingSection access={access} />
        </div>
      </div>
    </div>
  );
}
