import type { Metadata } from "next";
import Link from "next/link";
import { RoundPreviewForm } from "@/components/admin/round-forms";
import { type FriendRoundSummary, listRounds, type RoundSummary } from "@/lib/dal/matching/rounds";
import { listActiveTopics } from "@/lib/dal/staff/topics";
import { languageOptions } from "@/lib/profiles/options";
import { CircleRoundSection } from "@/components/circle/circle-round-section";

export const metadata: Metadata = { title: "Admin · Matching rounds" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function RoundsPage() {
  const [rounds, topics] = await Promise.all([listRounds(), listActiveTopics()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Matching rounds</h1>
      <p className="text-muted">
        A round matches everyone who is waiting at once, so the best-fitting mentors don&apos;t simply go to whoever
        arrived first. The solve is exact; the preview shows how first-come-first-served and greedy would have done on
        the same people.
      </p>
      <RoundPreviewForm topics={topics} languages={languageOptions.map((l) => ({ value: l.value, label: l.label }))} />
      <CircleRoundSection />
      <section aria-labelledby="recent" className="flex flex-col gap-2">
        <h2 id="recent" className="text-xl font-semibold">
          Recent rounds
        </h2>
        {rounds.length === 0 ? <p className="text-muted">No rounds yet.</p> : null}
        <ul className="flex flex-col gap-1">
          {rounds.map((r) => {
            const totals = r.totals as unknown as RoundSummary | FriendRoundSummary;
            const summary = totals.kind === "friendship" ? `friendship, ${totals.matched} of ${totals.people} paired` : `mentorship, ${totals.solver.matched} of ${totals.seekersInCohort} matched`;
            return (
              <li key={r.id}>
                <Link href={`/admin/rounds/${r.id}`} className="underline">
                  {timeFormat.format(r.createdAt)} UTC
                </Link>{" "}
                — {r.status}, {summary}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
