import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { OwnApplication } from "@/lib/dal/profiles/mentor-application";
import {
  describeAgeBand,
  describeCadences,
  describeCapacity,
  describeLanguages,
  describeStyle,
  describeWindows,
  formatDate,
} from "@/lib/mentoring/describe";
import { applicationStepHref, stepTitle } from "@/lib/mentoring/steps";
import { genderOptions, labelOf } from "@/lib/profiles/options";
import { SubmitApplicationForm } from "./application-forms";

/** Step 7: everything the volunteer said, step by step, each with a way to change it; then send. */
export function ApplicationReview({ application, topicNames }: { application: OwnApplication; topicNames: Map<string, string> }) {
  const names = (ids: readonly string[]) => ids.map((id) => topicNames.get(id) ?? "a topic no longer listed").join(", ");
  const a = application;
  const sections: { step: 1 | 2 | 3 | 4 | 5 | 6; rows: [string, string][] }[] = [
    {
      step: 1,
      rows: [
        ["Lived experience", names(a.topicIds)],
        ["Rather not take on (private)", a.avoidTopicIds.length ? names(a.avoidTopicIds) : "Nothing chosen"],
      ],
    },
    {
      step: 2,
      rows: [
        ["Capacity", describeCapacity(a.capacity)],
        ["Rhythms", describeCadences(a.cadences)],
        ["Usually free", describeWindows(a.windows)],
        ["Timezone", a.timezone?.replaceAll("_", " ") ?? ""],
      ],
    },
    {
      step: 3,
      rows: [
        ["Languages", describeLanguages(a.languages)],
        ["Style", describeStyle(a)],
        ["Age band", describeAgeBand(a.ageBand)],
        ["Gender", labelOf(genderOptions, a.gender) || "Not said"],
      ],
    },
    {
      step: 4,
      rows: [
        ["About you", a.intro ?? ""],
        ["Why you'd like to mentor", a.motivation ?? ""],
      ],
    },
    { step: 5, rows: [["Pledges", a.completed[5] ? `Made on ${formatDate(a.pledgedAt)}` : ""]] },
    { step: 6, rows: [["Training", a.completed[6] ? `Passed on ${formatDate(a.trainingPassedAt)}` : ""]] },
  ];
  return (
    <div className="flex flex-col gap-6">
      {a.decisionReason ? (
        <Notice title="What the moderator said last time">
          <p className="whitespace-pre-line [overflow-wrap:anywhere]">{a.decisionReason}</p>
        </Notice>
      ) : null}
      <p className="text-muted">Have a last look. You can change anything before you send it.</p>
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`review-${section.step}`} className="rounded-xl border border-line bg-surface p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`review-${section.step}`} className="font-semibold">
              {section.step}. {stepTitle(section.step)}
            </h2>
            <Link href={applicationStepHref(section.step)} className="inline-flex min-h-11 items-center underline">
              Change<span className="sr-only"> {stepTitle(section.step)}</span>
            </Link>
          </div>
          {a.completed[section.step] ? (
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              {section.rows.map(([term, detail]) => (
                <div key={term} className="contents">
                  <dt className="font-medium">{term}</dt>
                  <dd className="mb-2 whitespace-pre-line text-muted [overflow-wrap:anywhere] sm:mb-0">{detail}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="mt-2 font-medium text-danger">Not finished yet.</p>
          )}
        </section>
      ))}
      {a.nextIncompleteStep ? (
        <Notice tone="error" title="A step still needs finishing">
          <Link href={applicationStepHref(a.nextIncompleteStep)} className="underline">
            Finish step {a.nextIncompleteStep}, “{stepTitle(a.nextIncompleteStep)}”
          </Link>{" "}
          and then come back here to send your application.
        </Notice>
      ) : (
        <section aria-labelledby="send" className="flex flex-col gap-3">
          <h2 id="send" className="text-lg font-semibold">
            Ready to send?
          </h2>
          <p className="text-muted">
            A moderator reads every application, usually within a few days. Your answers are locked while they read it;
            you&apos;ll see their decision, in their own words, on your volunteering page. Nobody is matched with you before
            you are approved.
          </p>
          <SubmitApplicationForm />
        </section>
      )}
    </div>
  );
}
