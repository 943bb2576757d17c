import { UnrepairedRuptures } from "@/components/repair/unrepaired-ruptures";
import type { Metadata } from "next";
import Link from "next/link";
import { QueueBulkBar } from "@/components/moderation/queue-bulk";
import { QueueFilters } from "@/components/moderation/queue-filters";
import { QueueKeys } from "@/components/moderation/queue-keys";
import { QueueRow, type QueueRowClaim } from "@/components/moderation/queue-row";
import type { ClaimInfo } from "@/lib/dal/staff/claims";
import type { ClaimKind } from "@/lib/validation/moderation";
import { CircleQueueSection } from "@/components/moderation/circle-queue-section";
import { CirclesNeedingFacilitator } from "@/components/circle/needs-facilitator";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { categoryInWords } from "@/lib/dal/safety/triage";
import { heldPostsForStaff } from "@/lib/dal/space/moderation";
import { heldLabels } from "@/lib/spaces/words";
import { actionLabels, categoryLabels, contentKindLabels, describeWait } from "@/lib/moderation/words";
import { isFiltered, readQueueFilter } from "@/lib/validation/queue";
import type { SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Admin · Moderation queue" };

const timeLeft = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

/**
 * Everything waiting for a moderator, on one page, in the order to work it:
 * safety items (crisis first), reports (by how much harm, then age), appeals,
 * mentor applications, stalled relationships and requests about to expire.
 * Names and counts only; the words are on each item's page, where reading
 * them is recorded.
 */
export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = readQueueFilter(await searchParams);
  const filtered = isFiltered(filter);
  const [q, held] = await Promise.all([moderationQueue(filter), heldPostsForStaff(30)]);
  // A row's claim in words, worked out here so each row sends the client only what it shows.
  const claimOf = (kind: ClaimKind, id: string, info: ClaimInfo | null): QueueRowClaim => ({
    kind,
    id,
    holder: info ? { name: info.moderatorName, ago: describeWait(info.claimedAt, q.now), mine: info.mine } : null,
  });
  // Counts are always the whole queue's; when filtering, how many of them match too.
  const sections = [
    { id: "safety", label: "Safety items", count: q.counts.safetyItems, matching: q.matching.safetyItems, extra: q.counts.crisis ? `${q.counts.crisis} crisis` : null },
    { id: "held-posts", label: "Posts held in spaces", count: held.total, matching: null, extra: null },
    { id: "reports", label: "Reports", count: q.counts.reports, matching: q.matching.reports, extra: null },
    { id: "appeals", label: "Appeals", count: q.counts.appeals, matching: q.matching.appeals, extra: null },
    { id: "applications", label: "Mentor applications", count: q.counts.applications, matching: null, extra: null },
    { id: "stalled", label: "Stalled relationships", count: q.counts.stalled, matching: q.matching.stalled, extra: null },
    { id: "circles-facilitator", label: "Circles needing a facilitator", count: q.counts.circlesNeedingFacilitator, matching: null, extra: null },
    { id: "expiring", label: "Requests expiring", count: q.counts.expiring, matching: null, extra: null },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Moderation queue</h1>
        <p className="text-muted">Work from the top: what could hurt someone soonest comes first. Claim an item before you start so nobody doubles up.</p>
      </div>
      {/* The nav itself scrolls sideways on a phone (an overflow box never widens the page); the list is as wide as its links. */}
      <nav aria-label="Queue sections" className="sticky top-0 z-10 -mx-4 min-w-0 overflow-x-auto border-b border-line bg-page/95 px-4 backdrop-blur">
        <ul className="flex w-max gap-1 py-1">
          {sections.map((s) => (
            <li key={s.id} className="shrink-0">
              <a href={`#${s.id}`} className="flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm no-underline hover:bg-brand-soft">
                <span className="text-lg font-bold">{filtered && s.matching !== null ? `${s.matching}/${s.count}` : s.count}</span>
                <span>
                  {s.label}
                  {s.extra ? <span className="font-semibold text-danger"> · {s.extra}</span> : null}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <QueueFilters filter={filter} />
      <p className="text-sm text-muted">
        Tick items to claim or dismiss several at once. Keyboard: <kbd className="rounded border border-line px-1">j</kbd> and{" "}
        <kbd className="rounded border border-line px-1">k</kbd> move to the next and previous item you have claimed; Enter opens it.
      </p>
      {filtered ? (
        <p role="status" className="rounded-lg border border-line bg-surface p-3 text-sm">
          Filtered: showing only the items that match (numbers above read matching/all). Sections that can&apos;t be claimed are hidden until you{" "}
          <Link href="/admin/queue" className="underline">
            clear the filters
          </Link>
          .
        </p>
      ) : null}
      <QueueKeys />

      <Section id="safety" filtered={filtered} title="Safety items" count={q.matching.safetyItems} shown={q.safetyItems.length} hidden={Boolean(filter.kind && filter.kind !== "safety_item")}>
        {q.safetyItems.map((s) => (
          <QueueRow
            key={s.id}
            href={`/admin/safety/${s.id}`}
            title={`${s.level === "crisis" ? "Crisis" : "Concern"}: ${categoryInWords(s.category)} — ${s.targetKind === "person" ? "several signs in a day from" : `${contentKindLabels[s.targetKind]} by`} ${s.subjectName ?? "a deleted account"}`}
            badge={{ text: s.level, tone: s.level === "crisis" ? "danger" : "warn" }}
            detail={s.reasons.length ? s.reasons.join(" · ") : null}
            waiting={describeWait(s.createdAt, q.now)}
            claim={claimOf("safety_item", s.id, s.claim)}
            selectable
          />
        ))}
      </Section>

      <Section id="held-posts" title="Posts held in spaces" count={held.total} shown={held.posts.length} hidden={filtered}>
        {held.posts.map((p) => (
          <QueueRow
            key={p.id}
            href={`/admin/space-posts/${p.id}`}
            title={`${heldLabels[p.status]}: a post in ${p.spaceName} by ${p.writerName ?? "a deleted account"}`}
            badge={p.status === "held_crisis" ? { text: "crisis", tone: "danger" } : undefined}
            detail={null}
            waiting={describeWait(p.createdAt, q.now)}
          />
        ))}
      </Section>

      <Section id="reports" filtered={filtered} title="Reports" count={q.matching.reports} shown={q.reports.length} hidden={Boolean(filter.kind && filter.kind !== "report")}>
        {q.reports.map((r) => (
          <QueueRow
            key={r.id}
            href={`/admin/reports/${r.id}`}
            title={`${categoryLabels[r.category].label}: ${r.targetKind === "person" ? (r.subjectName ?? "a deleted account") : `${contentKindLabels[r.targetKind]} from ${r.subjectName ?? "a deleted account"}`}`}
            badge={r.category === "safety" ? { text: "safety", tone: "danger" } : undefined}
            waiting={describeWait(r.createdAt, q.now)}
            claim={claimOf("report", r.id, r.claim)}
            selectable
          />
        ))}
      </Section>

      <Section id="appeals" filtered={filtered} title="Appeals" count={q.matching.appeals} shown={q.appeals.length} hidden={Boolean(filter.kind && filter.kind !== "appeal")}>
        {q.appeals.map((a) => (
          <QueueRow
            key={a.id}
            href={`/admin/queue/appeals/${a.id}`}
            title={`Appeal from ${a.personName ?? "a deleted account"}: ${actionLabels[a.action].toLowerCase()}`}
            waiting={describeWait(a.createdAt, q.now)}
            claim={claimOf("appeal", a.id, a.claim)}
            selectable
          />
        ))}
      </Section>

      {filtered ? null : (
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
      )}

      <Section id="stalled" filtered={filtered} title="Stalled relationships" count={q.matching.stalled} shown={q.stalled.length} hidden={Boolean(filter.kind && filter.kind !== "relationship")}>
        {q.stalled.map((s) => (
          <QueueRow
            key={s.id}
            href={`/admin/queue/relationships/${s.id}`}
            title={`${s.seekerName} and ${s.partnerName}`}
            detail={`${s.missedInARow} missed check-ins in a row (${s.kind})`}
            waiting={describeWait(s.lastMissedAt, q.now)}
            claim={claimOf("relationship", s.id, s.claim)}
            selectable
          />
        ))}
      </Section>

      {filtered ? null : (
        <>
          <CircleQueueSection now={q.now} />
          <CirclesNeedingFacilitator items={q.circlesNeedingFacilitator} now={q.now} />
          <UnrepairedRuptures />
        </>
      )}

      {filtered ? null : (
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
        {q.counts.expiring > q.expiring.length ? <p className="text-sm text-muted">Showing the first {q.expiring.length}; the rest follow as these close.</p> : null}
      </section>
      )}
      <QueueBulkBar />
    </div>
  );
}

function Section({
  id,
  title,
  count,
  shown,
  hidden = false,
  filtered = false,
  children,
}: {
  id: string;
  title: string;
  /** All waiting, or when filtering, all that match. */
  count: number;
  shown: number;
  hidden?: boolean;
  filtered?: boolean;
  children: React.ReactNode;
}) {
  if (hidden) return null;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-muted">({count})</span>
      </h2>
      {count === 0 ? <p>{filtered ? "Nothing here matches the filters." : "Nothing waiting."}</p> : <ol className="flex flex-col gap-2">{children}</ol>}
      {count > shown ? <p className="text-sm text-muted">Showing the first {shown}; the rest appear as these are closed.</p> : null}
    </section>
  );
}
