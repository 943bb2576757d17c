import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationDecision } from "@/components/admin/application-decision";
import { Notice } from "@/components/ui/notice";
import { getApplicationForReview } from "@/lib/dal/staff/mentor-review";
import { requireStaff } from "@/lib/dal/account/viewer";
import {
  applicationStatusLabels,
  describeCadences,
  describeCapacity,
  describeLanguages,
  describeStyle,
  describeWindows,
  formatDate,
} from "@/lib/mentoring/describe";
import { formatDay } from "@/lib/mentoring/pause";
import { PLEDGE_VERSION, pledges } from "@/lib/mentoring/pledges";
import { findOption, trainingQuestions } from "@/lib/mentoring/training";

export const metadata: Metadata = { title: "Admin · Mentor application" };

const decidedNotice = { approved: "Approved. They'll see it, with your note, on their volunteering page.", declined: "Declined. They'll read your reason on their volunteering page, and can revise and send again." };

/**
 * One application, with everything a moderator may read: not the topics the
 * mentor would rather not take on, their age band or gender (those stay
 * between the mentor and matching).
 */
export default async function ApplicationReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const application = await getApplicationForReview((await params).userId);
  if (!application) notFound();
  const { decided } = await searchParams;
  const a = application;
  const details: [string, React.ReactNode][] = [
    ["Lived experience", a.topics.join(", ") || "—"],
    ["Capacity", describeCapacity(a.capacity) || "—"],
    ["Rhythms they can keep", describeCadences(a.cadences) || "—"],
    ["Usually free", describeWindows(a.windows) || "—"],
    ["Timezone", a.timezone?.replaceAll("_", " ") ?? "—"],
    ["Languages", describeLanguages(a.languages) || "—"],
    ["Style", describeStyle(a) || "—"],
  ];
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/applications" className="underline">
          Mentor applications
        </Link>
      </p>
      {decided === "approved" || decided === "declined" ? <Notice tone="success">{decidedNotice[decided]}</Notice> : null}
      <div>
        <h1 className="text-3xl font-bold">{a.name}</h1>
        <p className="text-muted">
          {applicationStatusLabels[a.status]}
          {a.submittedAt ? ` · sent ${formatDate(a.submittedAt)}` : ""}
          {a.accountStatus !== "active" ? ` · account ${a.accountStatus}` : ""}
          {a.pausedUntil ? ` · paused until ${formatDay(a.pausedUntil)}` : ""}
        </p>
      </div>

      <section aria-labelledby="offer" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="offer" className="text-xl font-semibold">
          What they offer
        </h2>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
          {details.map(([term, detail]) => (
            <div key={term} className="contents">
              <dt className="font-medium">{term}</dt>
              <dd className="mb-2 text-muted [overflow-wrap:anywhere] sm:mb-0">{detail}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="words" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
        <h2 id="words" className="text-xl font-semibold">
          In their words
        </h2>
        <h3 className="font-medium">Introduction (people they are suggested to read this)</h3>
        <p className="whitespace-pre-line [overflow-wrap:anywhere]">{a.intro ?? "—"}</p>
        <h3 className="font-medium">Why they would like to mentor (moderators only)</h3>
        <p className="whitespace-pre-line [overflow-wrap:anywhere]">{a.motivation ?? "—"}</p>
      </section>

      <section aria-labelledby="pledges" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="pledges" className="text-xl font-semibold">
          Pledges
        </h2>
        {a.pledgedAt ? (
          <>
            <p>
              Made on {formatDate(a.pledgedAt)}
              {a.pledgeVersion === PLEDGE_VERSION ? " (current wording)" : ` (an older wording, version ${a.pledgeVersion})`}:
            </p>
            <ul className="list-disc pl-5 text-muted">
              {pledges.map((p) => (
                <li key={p.field}>{p.title}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Not made yet.</p>
        )}
      </section>

      <section aria-labelledby="training" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="training" className="text-xl font-semibold">
          Training
        </h2>
        <p>
          {a.trainingPassedAt ? `Passed on ${formatDate(a.trainingPassedAt)}` : "Not passed yet"} — {a.training.correct} of {a.training.total} answered
          as the feedback describes (every “Safety first” question must be).
        </p>
        {a.training.results.some((r) => r.answered && !r.correct) ? (
          <>
            <p className="font-medium">Answered differently:</p>
            <ul className="list-disc pl-5 text-muted">
              {a.training.results
                .filter((r) => r.answered && !r.correct)
                .map((r) => (
                  <li key={r.questionId}>
                    {trainingQuestions.find((q) => q.id === r.questionId)?.scenario} — chose: “{findOption(r.questionId, a.trainingAnswers[r.questionId])?.text}”
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="decision" className="flex flex-col gap-3">
        <h2 id="decision" className="text-xl font-semibold">
          Decision
        </h2>
        {a.mayDecide ? (
          <ApplicationDecision userId={a.userId} name={a.name} />
        ) : a.decisionBlock ? (
          <Notice>{a.decisionBlock}</Notice>
        ) : a.status === "approved" || a.status === "declined" ? (
          <Notice title={`${applicationStatusLabels[a.status]} on ${formatDate(a.decidedAt)}`}>
            {a.decisionReason ? <p className="whitespace-pre-line [overflow-wrap:anywhere]">“{a.decisionReason}”</p> : <p>No note was left.</p>}
          </Notice>
        ) : (
          <p className="text-muted">Still being written: there is nothing to decide until it is sent.</p>
        )}
      </section>

      {a.history.length ? (
        <section aria-labelledby="history" className="flex flex-col gap-2">
          <h2 id="history" className="text-xl font-semibold">
            History
          </h2>
          <ul className="flex flex-col gap-1 text-sm [overflow-wrap:anywhere]">
            {a.history.map((entry, i) => (
              <li key={i}>
                {formatDate(entry.createdAt)} · {entry.action === "mentor_application.approve" ? "Approved" : "Declined"} by {entry.actorName ?? "a former moderator"}
                {entry.reason ? <>: “{entry.reason}”</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
