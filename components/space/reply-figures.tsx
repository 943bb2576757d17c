import type { ReplyFigures } from "@/lib/dal/space/moderation";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)} %`);

/** Program health: how quickly posts in spaces get a first human reply. Numbers as text, no chart needed. */
export function ReplyFiguresCard({ figures }: { figures: ReplyFigures }) {
  return (
    <section aria-labelledby="space-replies" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="space-replies" className="text-lg font-semibold">
        Posts in spaces answered
      </h2>
      <p className="text-sm text-muted">Posts published 1 to 30 days ago ({figures.posts}); a first reply by someone other than the writer.</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>Within 12 hours</dt>
        <dd className="font-semibold">{pct(figures.within12h)}</dd>
        <dt>Within 24 hours</dt>
        <dd className="font-semibold">{pct(figures.within24h)}</dd>
        <dt>Median wait (answered posts)</dt>
        <dd className="font-semibold">{figures.medianWaitHours === null ? "—" : `${figures.medianWaitHours} h`}</dd>
      </dl>
    </section>
  );
}
