import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ProposeCircleForm } from "@/components/circle/propose-form";
import { myFacilitation } from "@/lib/dal/circle/circles";
import { topicsOffered } from "@/lib/dal/staff/topics";
import { getSettings } from "@/lib/dal/staff/settings";
import { currentViewer } from "@/lib/dal/account/viewer";
import { timezoneOf } from "@/lib/dal/relationship/access";

export const metadata: Metadata = { title: "Propose a circle" };

export default async function NewCirclePage() {
  const facilitation = await myFacilitation();
  if (facilitation.kind === "not-mentor") notFound();
  if (facilitation.kind === "training") redirect("/circles/training");
  const viewer = await currentViewer();
  // Every active topic (a mentor need not be a seeker, so not the seeker-only getTopicChoices).
  const [support, settings, timezone] = await Promise.all([topicsOffered(), getSettings(), timezoneOf(viewer!.id)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Propose a circle</h1>
      <p>
        A circle takes {settings.circlePlaces} of your places. The session time is in your own zone ({timezone}); members see it in theirs. It opens once four people have joined.
      </p>
      <ProposeCircleForm topics={support.filter((t) => !t.retired)} timezone={timezone} languages={facilitation.languages} />
    </div>
  );
}
