import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RemoveMemberForm } from "@/components/admin/circles/remove-member-form";
import { ItemLayout, ItemSection } from "@/components/moderation/item-layout";
import { getCircleForStaff } from "@/lib/dal/circle/moderation";
import { requireStaff } from "@/lib/dal/account/viewer";
import { categoryLabels, contentKindLabels } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Admin · Circle" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const leftWords: Record<string, string> = { left: "left", removed: "removed by a moderator", replaced: "moved to another circle", ended: "circle ended", closed: "circle closed" };

/**
 * A circle as moderators see it: the facilitator's presence, the members with
 * their records, who left, and the open items about it. Never the messages:
 * those are read from a report's or safety item's page, where reading is
 * recorded. Opening this page is recorded too.
 */
export default async function CircleStaffPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const circle = await getCircleForStaff((await params).id);
  if (!circle) notFound();
  const missed = circle.facilitatorPresence.filter((p) => p.status === "missed").length;
  return (
    <ItemLayout
      title={circle.title}
      facts={[
        ["Facilitator", circle.facilitator.name],
        ["Rhythm", circle.rhythm],
        ["Status", `${circle.status}${circle.facilitatorAway ? " · waiting for a facilitator" : ""}`],
        ["Sessions", `${circle.sessions.length} opened of ${circle.lengthSessions}`],
      ]}
    >
      <ItemSection id="open-items" title="Open items">
        {circle.safetyItems.length === 0 && circle.reports.length === 0 ? <p>Nothing open about this circle.</p> : null}
        <ul className="flex flex-col gap-2">
          {circle.safetyItems.map((s) => (
            <li key={s.id}>
              <Link href={`/admin/safety/${s.id}`} className="underline">
                {s.level === "crisis" ? "Crisis" : "Concern"}: a circle message by {s.subjectName ?? "a deleted account"}
              </Link>{" "}
              <span className="text-sm text-muted">· {dayFormat.format(s.createdAt)}</span>
            </li>
          ))}
          {circle.reports.map((r) => (
            <li key={r.id}>
              <Link href={`/admin/reports/${r.id}`} className="underline">
                {r.reporterName ?? "A deleted account"} reported {r.targetKind === "person" ? (r.subjectName ?? "a deleted account") : `${contentKindLabels[r.targetKind as "circle_message"]} from ${r.subjectName ?? "a deleted account"}`}
              </Link>{" "}
              <span className="text-sm text-muted">
                · {categoryLabels[r.category as "other"].label} · {dayFormat.format(r.createdAt)}
              </span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">The words are read from each item&apos;s page, where reading them is recorded.</p>
      </ItemSection>

      <ItemSection id="facilitator" title="The facilitator's sessions">
        {circle.facilitatorPresence.length === 0 ? (
          <p>No session has come due yet.</p>
        ) : (
          <>
            <p>
              {circle.facilitator.name} opened {circle.facilitatorPresence.length - missed} of {circle.facilitatorPresence.length} sessions that came due
              {missed ? `; ${missed} passed without being opened` : ""}.
            </p>
            <ol className="flex flex-wrap gap-2" aria-label="Each session">
              {circle.facilitatorPresence.map((p) => (
                <li key={p.sessionNumber} className="rounded border border-line px-2 py-1 text-sm">
                  Session {p.sessionNumber}: {p.status === "there" ? "opened" : "not opened"}
                </li>
              ))}
            </ol>
          </>
        )}
      </ItemSection>

      <ItemSection id="members" title={`Members (${circle.members.length})`}>
        {circle.members.length === 0 ? <p>Nobody sits in this circle now.</p> : null}
        <ul className="flex flex-col gap-3">
          {circle.members.map((m) => (
            <li key={m.id} className="flex flex-col gap-1 rounded-lg border border-line p-3">
              <p className="font-medium">
                {m.name}{" "}
                <span className="text-sm font-normal text-muted">
                  · seat {m.seat} · since {dayFormat.format(m.joinedAt)}
                </span>
              </p>
              <p className="text-sm">Record: {m.record}</p>
              {m.mayRemove ? <RemoveMemberForm circleId={circle.id} userId={m.id} name={m.name} /> : <p className="text-sm text-muted">Staff: an admin decides about them.</p>}
            </li>
          ))}
        </ul>
      </ItemSection>

      {circle.formerMembers.length > 0 ? (
        <ItemSection id="former" title="No longer in the circle">
          <ul className="flex flex-col gap-1">
            {circle.formerMembers.map((m) => (
              <li key={`${m.id}-${m.leftAt.toISOString()}`}>
                {m.name} <span className="text-sm text-muted">· {leftWords[m.leftReason] ?? m.leftReason} · {dayFormat.format(m.leftAt)}</span>
              </li>
            ))}
          </ul>
        </ItemSection>
      ) : null}
    </ItemLayout>
  );
}
