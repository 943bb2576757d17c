import type { Metadata } from "next";
import { listMyReports } from "@/lib/dal/safety/reports";
import { categoryLabels, contentKindLabels } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Your reports" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** What the viewer reported, and what came of it, in plain words. Never who decided. */
export default async function MyReportsPage() {
  const reports = await listMyReports();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Your reports</h1>
      <p className="text-muted">Moderators read every report. The people you report are never told who reported them.</p>
      {reports.length === 0 ? <p>You haven&apos;t reported anything.</p> : null}
      <ul className="flex flex-col gap-3" aria-label="Reports">
        {reports.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 rounded-xl border border-line bg-surface p-4">
            <p className="font-semibold">
              {r.targetKind === "person" ? (r.subjectName ?? "A person") : `${capitalise(contentKindLabels[r.targetKind])}${r.subjectName ? ` from ${r.subjectName}` : ""}`}
            </p>
            <p className="text-sm text-muted">
              {categoryLabels[r.category].label} · sent {dayFormat.format(r.createdAt)}
            </p>
            {r.status === "open" ? (
              <p>
                <span className="font-medium">Waiting for a moderator.</span> We&apos;ll tell you when it&apos;s decided.
              </p>
            ) : (
              <p>
                <span className="font-medium">Decided{r.decidedAt ? ` on ${dayFormat.format(r.decidedAt)}` : ""}:</span> {r.decision}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
