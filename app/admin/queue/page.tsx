import { UnrepairedRuptures } from "@/components/repair/unrepaired-ruptures";
import type { Metadata } from "next";
import Link from "next/link";
import { QueueRow } from "@/components/moderation/queue-row";
import { CircleQueueSection } from "@/components/moderation/circle-queue-section";
import { CirclesNeedingFacilitator } from "@/components/circle/needs-facilitator";
import { moderationQueue } from "@/lib/dal/staff/moderation";
import { categoryInWords } from "@/lib/dal/safety/triage";
import { heldPostsForStaff } from "@/lib/dal/space/moderation";
import { heldLabels } from "@/lib/spaces/words";
import { actionLabels, categoryLabels, contentKindLabels, describeWait } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Admin · Moderation queue" };

const timeLeft = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

/**
 * Everything waiting for a moderator, on one page, in the order to work it:
 * safety items (crisis first), reports (by how much harm, then age), appeals,
 * mentor applications, stalled relationships and requests about to expire.
 * Names and counts only; the words are on each item's page, where reading
 * them is recorded.
 */
export default async function QueuePage() {
  const [q, held] = await Promise.all([moderationQueue(), heldPostsForStaff(30)]);
  const sections = [
    { id: "safety", label: "Safety items", count: q.counts.safetyItems, extra: q.counts.crisis ? `${q.counts.crisis} crisis` : null },
    { id: "held-posts", label: "Posts held in spaces", count: held.total, extra: null },
    { id: "reports", label: "Reports", count: q.counts.reports, extra: null },
    { id: "appeals", label: "Appeals", count: q.counts.appeals, extra: null },
    { id: "applications", label: "Mentor applications", count: q.counts.applications, extra: null },
    { id: "stalled", label: "Stalled relationships", count: q.counts.stalled, extra: null },
    { id: "circles-facilitator", label: "Circles needing a facilitator", count: q.counts.circlesNeedingFacilitator, extra: null },
    { id: "expiring", label: "Requests expiring", count: q.counts.expiring, extra: null },
  ];
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Moderation queue</h1>
        <p className="text-muted">Work from the top: what could hurt someone soonest comes first. Claim an item before you start so nobody doubles up.</p>
      </div>
      <nav aria-label="Queue sections">
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="flex min-h-11 flex-col rounded-lg border border-line bg-surface p-3 no-underline hover:bg-brand-soft">
                <span className="text-2xl font-bold">{s.count}</span>
                <span className="text-sm">
                  {s.label}
                  {s.extra ? <span className="font-semibold text-danger"> · {s.extra}</span> : null}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="safety" title="Safety items" count={q.counts.safetyItems} shown={q.safetyItems.length}>
        {q.safetyItems.map((s) => (
          <QueueRow
            key={s.id}
            href={`/admin/safety/${s.id}`}
            title={`${s.level === "crisis" ? "Crisis" : "Concern"}: ${categoryInWords(s.category)} — ${s.targetKind === "person" ? "several signs in a day from" : `${contentKindLabels[s.targetKind]} by`} ${s.subjectName ?? "a deleted account"}`}
            badge={{ text: s.level, tone: s.level === "crisis" ? "danger" : "warn" }}
            detail={s.reasons.length ? s.reasons.join(" · ") : null}
            waitingSince={s.createdAt}
            now={q.now}
            claim={{ kind: "safety_item", id: s.id, info: s.claim }}
          />
        ))}
      </Section>

      <Section id="held-posts" title="Posts held in spaces" count={held.total} shown={held.posts.length}>
        {held.posts.map((p) => (
          <QueueRow
            key={p.id}
            href={`/admin/space-posts/${p.id}`}
            title={`${heldLabels[p.status]}: a post in ${p.spaceName} by ${p.writerName ?? "a deleted account"}`}
            badge={p.status === "held_crisis" ? { text: "crisis", tone: "danger" } : undefined}
            detail={null}
            waitingSince={p.createdAt}
            now={q.now}
          />
        ))}
      </Section>

      <Section id="reports" title="Reports" count={q.counts.reports} shown={q.reports.length}>
        {q.reports.map((r) => (
          <QueueRow
            key={r.id}
            href={`/admin/reports/${r.id}`}
            title={`${categoryLabels[r.category].label}: ${r.targetKind === "person" ? (r.subjectName ?? "a deleted account") : `${contentKindLabels[r.targetKind]} from ${r.subjectName ?? "a deleted account"}`}`}
            badge={r.category === "safety" ? { text: "safety", tone: "danger" } : undefined}
            waitingSince={r.createdAt}
            now={q.now}
            claim={{ kind: "report", id: r.id, info: r.claim }}
          />
        ))}
      </Section>

      <Section id="appeals" title="Appeals" count={q.counts.appeals} shown={q.appeals.length}>
        {q.appeals.map((a) => (
          <QueueRow
            key={a.id}
            href={`/admin/queue/appeals/${a.id}`}
            title={`Appeal from ${a.personName ?? "a deleted account"}: ${actionLabels[a.action].toLowerCase()}`}
            waitingSince={a.createdAt}
            now={q.now}
            claim={{ kind: "appeal", id: a.id, info: a.claim }}
          />
        ))}
      </Section>

      <section aria-labelledby="applications" className="flex flex-col gap-2">
        <h2 id="applications" className="text-xl font-semibold">
          Mentor applications <span className="text-muted">({q.applications.waiting})</span>
        </h2>
        <p>
          {q.applications.waiting === 0 ? "None waiting." : `${q.applications.waiting} waiting for a decision`}
          {q.applications.oldestSubmittedAt ? `, the oldest for ${describeWait(q.applications.oldestSubmittedAt, q.now)}` : ""}.{" "}
          <Link href="/admin/applications" className="underline">
            Review mentor applications
          </Link>
        </p>
      </section>

      <Section id="stalled" title="Stalled relationships" count={q.counts.stalled} shown={q.stalled.length}>
        {q.stalled.map((s) => (
          <QueueRow
            key={s.id}
            href={`/admin/queue/relationships/${s.id}`}
            title={`${s.seekerName} and ${s.partnerName}`}
            detail={`${s.missedInARow} missed check-ins in a row (${s.kind})`}
            waitingSince={s.lastMissedAt}
            now={q.now}
            claim={{ kind: "relationship", id: s.id, info: s.claim }}
          />
        ))}
      </Section>

      <CircleQueueSection now={q.now} />
      <CirclesNeedingFacilitator items={q.circlesNeedingFacilitator} now={q.now} />

      <UnrepairedRuptures />

      <section aria-labelledby="expiring" className="flex flex-col gap-3">
        <h2 id="expiring" className="text-xl font-semibold">
          Requests expiring within 48 hours <span className="text-muted">({q.counts.expiring})</span>
        </h2>
        {q.expiring.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {q.expiring.map((r) => (
              <li key={r.id} className="rounded-lg border border-line bg-surface p-3">
                <span className="font-medium">
                  {r.fromName} asked {r.toName}
                </span>{" "}
                ({r.kind}) · expires {timeLeft.format(Math.round((r.expiresAt.getTime() - q.now.getTime()) / 3_600_000), "hour")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Section({ id, title, count, shown, children }: { id: string; title: string; count: number; shown: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-muted">({count})</span>
      </h2>
      {count === 0 ? <p>Nothing waiting.</p> : <ol className="flex flex-col gap-2">{children}</ol>}
      {count > shown ? <p className="text-sm text-muted">Showing the first {shown}; the rest appear as these are closed.</p> : null}
    </section>
  );
}
