import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { StepProgress } from "@/components/forms/step-progress";
import { ApplicationReview } from "@/components/volunteer/application-review";
import { PledgesStepForm } from "@/components/volunteer/pledges-step-form";
import { RhythmStepForm } from "@/components/volunteer/rhythm-step-form";
import { StyleStepForm } from "@/components/volunteer/style-step-form";
import { TopicsStepForm } from "@/components/volunteer/topics-step-form";
import { TrainingForm } from "@/components/volunteer/training-form";
import { WordsStepForm } from "@/components/volunteer/words-step-form";
import { getOwnApplication, type OwnApplication, topicChoices } from "@/lib/dal/profiles/mentor-application";
import { requireMentor } from "@/lib/dal/profiles/mentor-profiles";
import { APPLICATION_STEPS, type ApplicationStep, applicationStepHref, parseStep, stepTitle } from "@/lib/mentoring/steps";

export const metadata: Metadata = { title: "Mentor application" };

/**
 * One step of the mentor application. A step can be opened once the steps
 * before it have been saved; anything later sends the person to where they
 * left off. Only drafts can be edited.
 */
export default async function ApplicationStepPage({ params }: { params: Promise<{ step: string }> }) {
  await requireMentor();
  const step = parseStep((await params).step);
  if (!step) notFound();
  const application = await getOwnApplication();
  if (application && application.status !== "draft") redirect("/volunteer");
  const reached = application?.step ?? 1;
  if (step > reached) redirect(applicationStepHref(reached));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p className="text-sm">
          <Link href="/volunteer" className="underline">
            Volunteering
          </Link>{" "}
          · Mentor application
        </p>
        <StepProgress step={step} total={APPLICATION_STEPS} title={stepTitle(step)} />
        <h1 className="text-3xl font-bold">{stepTitle(step)}</h1>
        <p className="text-sm text-muted">Each step is saved when you continue, so you can stop and pick up where you left off.</p>
      </div>
      <StepBody step={step} application={application} />
    </div>
  );
}

async function StepBody({ step, application }: { step: ApplicationStep; application: OwnApplication | null }) {
  const a = application;
  switch (step) {
    case 1:
      return <TopicsStepForm topics={await topicChoices()} topicIds={a?.topicIds ?? []} avoidTopicIds={a?.avoidTopicIds ?? []} />;
    case 2:
      return <RhythmStepForm capacity={a?.capacity ?? null} cadences={a?.cadences ?? []} windows={a?.windows ?? []} timezone={a?.timezone ?? null} />;
    case 3:
      return (
        <StyleStepForm
          languages={a?.languages ?? []}
          listenStyle={a?.listenStyle ?? null}
          tone={a?.tone ?? null}
          messageLength={a?.messageLength ?? null}
          ageBand={a?.ageBand ?? null}
          gender={a?.gender ?? null}
        />
      );
    case 4:
      return <WordsStepForm intro={a?.intro ?? null} motivation={a?.motivation ?? null} />;
    case 5:
      return <PledgesStepForm pledged={Boolean(a?.completed[5])} />;
    case 6:
      return <TrainingForm saved={a?.trainingAnswers ?? {}} />;
    case 7: {
      if (!a) redirect(applicationStepHref(1));
      const topics = await topicChoices();
      return <ApplicationReview application={a} topicNames={new Map(topics.map((t) => [t.id, t.name]))} />;
    }
  }
}
