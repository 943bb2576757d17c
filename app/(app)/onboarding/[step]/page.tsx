import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { StepProgress } from "@/components/forms/step-progress";
import { NeedsStepForm } from "@/components/needs/needs-step-form";
import { stepCopy } from "@/components/needs/step-copy";
import { Notice } from "@/components/ui/notice";
import { getOwnNeedsProfile } from "@/lib/dal/profiles/needs-profiles";
import { getTopicChoices } from "@/lib/dal/profiles/topic-choices";
import { isStepKey, mayOpenStep, previousStep, stepPosition, stepTitle } from "@/lib/profiles/onboarding-steps";
import { savedStepValues } from "@/lib/profiles/step-values";
import { saveStepAction } from "@/lib/actions/profiles/onboarding";

type Props = { params: Promise<{ step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  return { title: isStepKey(step) ? stepTitle(step) : "Getting started" };
}

export default async function OnboardingStepPage({ params }: Props) {
  const { step } = await params;
  if (!isStepKey(step)) notFound();
  const own = await getOwnNeedsProfile();
  const lookingFor = own.profile?.lookingFor ?? null;
  const completed = Boolean(own.profile?.completedAt);
  // After onboarding, answers are changed from the profile page; only a changed "not therapy" text is asked here again.
  const reAcknowledging = completed && step === "not-therapy" && own.needsAcknowledgment;
  if (completed && !reAcknowledging) redirect("/profile");
  if (!completed && !mayOpenStep(step, own.profile?.step ?? 1, lookingFor)) redirect("/onboarding");

  const topics = step === "topics" || step === "boundaries" ? await getTopicChoices() : { support: [], avoid: [] };
  const { position, total } = stepPosition(step, lookingFor);
  const previous = previousStep(step, lookingFor);
  const copy = stepCopy[step];
  return (
    <div className="flex flex-col gap-6">
      {reAcknowledging ? (
        <Notice tone="info" title="We've updated this text">
          Please read it again and tick the box. Nothing else about your profile changes.
        </Notice>
      ) : (
        <StepProgress step={position} total={total} title={stepTitle(step)} />
      )}
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{copy.heading}</h1>
        <p className="text-muted">{copy.intro}</p>
      </div>
      <NeedsStepForm
        key={step}
        step={step}
        action={saveStepAction.bind(null, "onboarding", step)}
        saved={savedStepValues(step, own.profile, own.friend, own.smallGroup)}
        topics={topics}
        submitLabel={step === "not-therapy" ? (reAcknowledging ? "Save" : "Finish") : "Continue"}
        back={previous && !reAcknowledging ? { href: `/onboarding/${previous}`, label: "Back" } : null}
      />
    </div>
  );
}
