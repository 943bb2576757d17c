import { ReportForm } from "@/components/reports/report-form";
import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { BlockForm } from "@/components/blocking/block-form";
import { RespondForm } from "@/components/matching/respond-form";
import { SeekerSummary } from "@/components/matching/seeker-summary";
import { WithdrawForm } from "@/components/matching/withdraw-form";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/dal/account/viewer";
import { listMyRequests } from "@/lib/dal/matching/requests";

export const metadata: Metadata = { title: "Requests" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long" });

const statusWords: Record<string, string> = {
  open: "Waiting for an answer",
  accepted: "Accepted",
  declined: "Not this time",
  expired: "Expired after 7 days without an answer",
  withdrawn: "Withdrawn",
};

export default async function RequestsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const [{ after }, { sent, received }, viewer] = await Promise.all([searchParams, listMyRequests(), requireViewer()]);
  const seeking = viewer.roles.includes("seeker");
  const proposals = sent.filter((r) => r.fromRound && r.status === "open" && !r.youAgreed);
  const mySent = sent.filter((r) => !proposals.includes(r));
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Requests</h1>
      {after === "blocked" ? (
        <Notice tone="success" title="Done">
          You won&apos;t see each other anywhere on Alongside. You can undo this on your Account page.
        </Notice>
      ) : null}

      {proposals.length > 0 ? (
        <section aria-labelledby="proposed" className="flex flex-col gap-4">
          <h2 id="proposed" className="text-xl font-semibold">
            Proposed to you by our moderators
          </h2>
          {proposals.map((r) => (
            <article key={r.id} aria-label={`Proposal: ${r.otherName}`} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
              <div className="flex items-center gap-3">
                <Avatar name={r.otherName} />
                <p className="font-semibold">{r.otherName}</p>
              </div>
              <ReasonList reasons={r.reasons} />
              <RespondForm requestId={r.id} otherName={r.otherName} />
              <ReportForm targetKind="profile" targetId={r.otherId} label={`Report ${r.otherName}'s profile`} />
              <ReportForm targetKind="profile" targetId={r.otherId} label={`Report ${r.otherName}'s profile`} />
            <BlockForm personId={r.otherId} name={r.otherName} from="requests" />
            </article>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="received" className="flex flex-col gap-4">
        <h2 id="received" className="text-xl font-semibold">
          Asking you
        </h2>
        {received.length === 0 ? <p className="text-muted">Nobody is waiting for your answer.</p> : null}
        {received.map((r) => (
          <article key={r.id} aria-label={`Request from ${r.otherName}`} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
            <div className="flex items-center gap-3">
              <Avatar name={r.otherName} />
              <div>
                <p className="font-semibold">{r.otherName}</p>
                <p className="text-sm text-muted">
                  {r.kind === "mentorship" ? "asks you to be their mentor" : "would like to be peer friends"} · answer by {dayFormat.format(r.expiresAt)}
                </p>
              </div>
            </div>
            {r.note ? <p className="whitespace-pre-line rounded-lg bg-brand-soft p-3">“{r.note}”</p> : null}
            <ReasonList reasons={r.reasons} />
            {r.profile ? <SeekerSummary profile={r.profile} /> : null}
            {r.fromRound && r.youAgreed ? (
              <p className="text-sm text-muted">You said yes; waiting for {r.otherName}.</p>
            ) : (
              <RespondForm requestId={r.id} otherName={r.otherName} />
            )}
            <ReportForm targetKind="profile" targetId={r.otherId} label={`Report ${r.otherName}'s profile`} />
            <BlockForm personId={r.otherId} name={r.otherName} from="requests" />
          </article>
        ))}
      </section>

      {/* Only people looking for support send requests: a volunteer's page doesn't speak of "what you asked for". */}
      {seeking || mySent.length > 0 ? (
        <section aria-labelledby="sent" className="flex flex-col gap-4">
          <h2 id="sent" className="text-xl font-semibold">
            Your requests
          </h2>
          {mySent.length === 0 ? (
            <p className="text-muted">
              You haven&apos;t asked anyone yet. <Link href="/suggestions" className="underline">See who fits what you asked for</Link>.
            </p>
          ) : null}
          {mySent.map((r) => (
            <article key={r.id} aria-label={`Your request to ${r.otherName}`} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
              <div className="flex items-center gap-3">
                <Avatar name={r.otherName} size="sm" />
                <p className="font-semibold">{r.otherName}</p>
              </div>
              <p>{statusWords[r.status]}</p>
              {r.status === "declined" && (r.responseTemplate || r.responseNote) ? (
                <blockquote className="border-l-4 border-line pl-3 text-muted">
                  {r.responseTemplate}
                  {r.responseNote ? <span className="mt-1 block">“{r.responseNote}”</span> : null}
                </blockquote>
              ) : null}
              {r.status === "declined" || r.status === "expired" ? (
                <p>
                  <Link href="/suggestions" className="underline">
                    See fresh suggestions
                  </Link>
                </p>
              ) : null}
              {r.status === "open" && !r.fromRound ? <WithdrawForm requestId={r.id} otherName={r.otherName} /> : null}
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}

function ReasonList({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-medium">Why we think you fit</p>
      <ul className="list-disc pl-5 text-sm">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
