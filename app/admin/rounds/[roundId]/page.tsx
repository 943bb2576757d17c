import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { notFound } from "next/navigation";
import { CommitRoundForm } from "@/components/admin/round-forms";
import { getRound } from "@/lib/dal/matching/rounds";
import { NotFoundError } from "@/lib/errors";
import type { RoundTotals } from "@/lib/matching/round";

export const metadata: Metadata = { title: "Admin · Round preview" };

const percent = (x: number) => `${Math.round(x * 100)} %`;
/**
 * Totals are stored as JSON, where a ratio with nothing to compare against
 * (no early arrival matched: a division by zero) comes back as null.
 */
const decimal = (x: number | null | undefined, digits: number) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "— (nothing to compare)");
const rows: [string, (t: RoundTotals) => string][] = [
  ["People matched", (t) => `${t.matched} of ${t.seekers} (${percent(t.shareMatched)})`],
  ["Average score", (t) => decimal(t.averageScore, 1)],
  ["10th-percentile score", (t) => String(t.p10Score)],
  ["Total score", (t) => String(t.objective)],
  ["Idle mentors", (t) => String(t.idleMentors)],
  ["Late arrivals vs early (score ratio)", (t) => decimal(t.lateToEarlyRatio, 2)],
  ["Mentor load (people: mentors)", (t) => Object.entries(t.mentorLoad).map(([k, v]) => `${k}: ${v}`).join(", ")],
  ["Capacity violations", (t) => String(t.capacityViolations)],
];

export default async function RoundPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const round = await getRound(roundId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { totals } = round;
  if (totals.kind === "friendship") {
    return (
      <div className="flex flex-col gap-6">
        <p>
          <Link href="/admin/rounds" className="underline">
            ← Matching rounds
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Friendship round preview</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-line bg-surface p-5">
          <dt className="font-medium">People in the pool</dt>
          <dd>{totals.people}</dd>
          <dt className="font-medium">People paired</dt>
          <dd>
            {totals.matched} ({percent(totals.shareMatched)})
          </dd>
          <dt className="font-medium">Total score</dt>
          <dd>
            {totals.objective} (greedy alone: {totals.greedyObjective})
          </dd>
          <dt className="font-medium">Admissible pairs scored</dt>
          <dd>{totals.candidates}</dd>
        </dl>
        {round.status === "preview" ? <CommitRoundForm roundId={round.id} /> : <p>This round was {round.status}.</p>}
        <PairList pairs={round.pairs.map((p) => ({ key: `${p.fromId}-${p.toId}`, title: `${p.seekerName} and ${p.mentorName} · score ${p.score}`, reasons: p.reasons }))} />
      </div>
    );
  }
  const columns = [
    ["This round (exact)", totals.solver],
    ["First come, first served", totals.firstComeFirstServed],
    ["Greedy by score", totals.greedy],
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/rounds" className="underline">
          ← Matching rounds
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Round preview</h1>
      <p className="text-muted">
        {totals.seekersInCohort} seekers waiting in this cohort · {totals.candidates} admissible pairs scored · status: {round.status}
      </p>
      <AdminTable
        caption="Totals of this round beside first-come-first-served and greedy on the same candidates"
        rows={rows}
        rowKey={([label]) => label}
        columns={[
          { header: "Measure", rowHeader: true, cell: ([label]) => label },
          ...columns.map(([column, t]) => ({ header: column, cell: ([, value]: (typeof rows)[number]) => (t ? value(t) : "—") })),
        ]}
      />
      {round.status === "preview" ? <CommitRoundForm roundId={round.id} /> : <p>This round was {round.status}.</p>}
      <PairList pairs={round.pairs.map((p) => ({ key: `${p.fromId}-${p.toId}`, title: `${p.seekerName} with ${p.mentorName} · score ${p.score}`, reasons: p.reasons }))} />
    </div>
  );
}

function PairList({ pairs }: { pairs: { key: string; title: string; reasons: string[] }[] }) {
  return (
    <section aria-labelledby="pairs" className="flex flex-col gap-2">
      <h2 id="pairs" className="text-xl font-semibold">
        Proposed pairs ({pairs.length})
      </h2>
      <ol className="flex flex-col gap-3">
        {pairs.map((p) => (
          <li key={p.key} className="rounded-xl border border-line bg-surface p-4">
            <p className="font-semibold">{p.title}</p>
            <ul className="list-disc pl-5 text-sm">
              {p.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
