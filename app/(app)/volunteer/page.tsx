import type { Metadata } from "next";
import Link from "next/link";
import { AddRoleOffer } from "@/components/account/add-role-offer";
import { StepProgress } from "@/components/forms/step-progress";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { ReviseApplicationForm } from "@/components/volunteer/application-forms";
import { CapacityForm, PauseSettings } from "@/components/volunteer/mentor-settings";
import { requireViewer } from "@/lib/dal/account/viewer";
import { getMentorSettings, getMentorStatus, type MentorStatusSummary } from "@/lib/dal/profiles/mentor-profiles";
import { APPLICATION_STEPS, applicationStepHref, stepTitle } from "@/lib/mentoring/steps";

export const metadata: Metadata = { title: "Volunteering" };

/**
 * A volunteer's home: their application's status, what happens next, and, once
 * approved, their settings. Someone who doesn't volunteer yet is offered to
 * add it (the application itself stays closed to them until they do).
 */
export default async function VolunteerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!viewer.roles.includes("mentor")) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold">Volunteering as a mentor</h1>
        <AddRoleOffer role="mentor" />
      </div>
    );
  }
  const [status, { notice }] = await Promise.all([getMentorStatus(), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Volunteering as a mentor</h1>
      {notice === "added" && status.status === "none" ? (
        <Notice tone="success">Volunteering is now part of your account. When you&apos;re ready, start your application below.</Notice>
      ) : null}
      <StatusSection status={status} />
      <p className="text-sm text-muted">
        Alongside is peer support: mentors are volunteers, not therapists, and not a crisis service. If someone may be
        in danger,{" "}
        <Link href="/get-help" className="font-semibold text-help underline">
          get help now
        </Link>
        .
      </p>
    </div>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  const id = title.toLowerCase().replace(/[^a-z]+/g, "-");
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

async function StatusSection({ status }: { status: MentorStatusSummary }) {
  switch (status.status) {
    case "none":
      return (
        <Card title="Apply to be a mentor">
          <p>
            Thank you for thinking of it. Mentors are people who have lived through something and want to keep someone
            company through theirs — steadily, without judging.
          </p>
          <p className="text-muted">
            The application has {APPLICATION_STEPS} short steps: what you&apos;ve lived through, how many people and which
            rhythm you can keep, your way of being there, a few words about you, our pledges, and a short training with
            real situations. It takes about 15 minutes, and every step is saved as you go.
          </p>
          <div>
            <Link href={applicationStepHref(1)} className={buttonClass()}>
              Start my application
            </Link>
          </div>
        </Card>
      );
    case "draft":
      return (
        <Card title="Your application is saved">
          {status.decisionReason ? (
            <Notice title="What the moderator said">
              <p className="whitespace-pre-line [overflow-wrap:anywhere]">{status.decisionReason}</p>
            </Notice>
          ) : null}
          <StepProgress step={status.step} total={APPLICATION_STEPS} title={stepTitle(status.step)} />
          <p>
            You&apos;re at step {status.step}: {stepTitle(status.step)}. Everything you&apos;ve answered so far is kept.
          </p>
          <div>
            <Link href={applicationStepHref(status.step)} className={buttonClass()}>
              Continue my application
            </Link>
          </div>
        </Card>
      );
    case "submitted":
      return (
        <Card title="Your application is with our moderators">
          <p>Thank you for applying. Here is what happens next:</p>
          <ol className="list-decimal pl-5 text-muted">
            <li>A moderator reads your application, usually within a few days.</li>
            <li>Their decision appears here, with a note in their own words.</li>
            <li>Once you&apos;re approved, you may be suggested to people whose needs fit what you offer. Nobody is matched with you before that.</li>
          </ol>
        </Card>
      );
    case "declined":
      return (
        <Card title="Your application wasn't approved this time">
          <Notice title="What the moderator said">
            <p className="whitespace-pre-line [overflow-wrap:anywhere]">{status.decisionReason}</p>
          </Notice>
          <p>
            This isn&apos;t a judgment of you. You&apos;re welcome to change your answers and send your application again —
            everything you wrote is kept.
          </p>
          <ReviseApplicationForm />
        </Card>
      );
    case "approved":
      return <Approved status={status} />;
  }
}

async function Approved({ status }: { status: MentorStatusSummary }) {
  const settings = await getMentorSettings();
  return (
    <>
      <Card title="You're an approved mentor">
        <p>Welcome, and thank you. You may now be suggested to people whose needs fit what you offer.</p>
        {status.decisionReason ? (
          <Notice title="A note from the moderator">
            <p className="whitespace-pre-line [overflow-wrap:anywhere]">{status.decisionReason}</p>
          </Notice>
        ) : null}
      </Card>
      {settings ? (
        <>
          <Card title="Taking a break">
            <PauseSettings pausedUntil={settings.pausedUntil} earliest={settings.earliest} latest={settings.latest} />
          </Card>
          <Card title="How many people you can support">
            <CapacityForm capacity={settings.capacity} />
          </Card>
        </>
      ) : null}
    </>
  );
}
