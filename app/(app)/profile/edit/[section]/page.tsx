import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { NeedsStepForm } from "@/components/needs/needs-step-form";
import { stepCopy } from "@/components/needs/step-copy";
import { getOwnNeedsProfile } from "@/lib/dal/profiles/needs-profiles";
import { getTopicChoices } from "@/lib/dal/profiles/topic-choices";
import { isStepKey, type StepKey, stepTitle } from "@/lib/profiles/onboarding-steps";
import { savedStepValues } from "@/lib/profiles/step-values";
import { saveStepAction } from "@/lib/actions/profiles/onboarding";

type Props = { params: Promise<{ section: string }> };

/** Every step of onboarding is a section of the profile, except the acknowledgment (asked again only when its text changes). */
const isSection = (value: string): value is Exclude<StepKey, "not-therapy"> => isStepKey(value) && value !== "not-therapy";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: isSection(section) ? `Change: ${stepTitle(section).toLowerCase()}` : "My profile" };
}

export default async function EditSectionPage({ params }: Props) {
  const { section } = await params;
  if (!isSection(section)) notFound();
  const own = await getOwnNeedsProfile();
  if (!own.profile?.completedAt) redirect("/onboarding");
  const topics = section === "topics" || section === "boundaries" ? await getTopicChoices() : { support: [], avoid: [] };
  const copy = stepCopy[section];
  const firstFriendStep = section === "friend" && !own.friend;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{copy.heading}</h1>
        <p className="text-muted">
          {firstFriendStep ? `${copy.intro} Saving this switches peer friendship on.` : copy.intro}
        </p>
      </div>
      <NeedsStepForm
        key={section}
        step={section}
        action={saveStepAction.bind(null, "profile", section)}
        saved={savedStepValues(section, own.profile, own.friend, own.smallGroup)}
        topics={topics}
        submitLabel={firstFriendStep ? "Save and switch on" : "Save changes"}
        back={{ href: "/profile", label: "Cancel" }}
      />
    </div>
  );
}
