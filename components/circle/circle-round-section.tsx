import { latestCircleRounds } from "@/lib/dal/circle/rounds";
import { commitCircleRoundAction, previewCircleRoundAction } from "@/lib/actions/circle/rounds";
import { CircleActionForm } from "./action-form";

interface Totals {
  round: { placed: number; seekers: number; fit: number; objective: number; circlesOpened: number; lateEarlyRatio: number };
  assignmentObjective: number;
  greedy: { fit: number; objective: number; placed: number; circlesOpened: number };
  firstComeFirstServed: { fit: number; objective: number; placed: number; circlesOpened: number };
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Circle rounds on /admin/rounds: preview (placements with reasons, totals against the baselines), then commit. */
export async function CircleRoundSection() {
  const rounds = await latestCircleRounds();
  return (
    <section aria-labelledby="circle-rounds" className="flex flex-col gap-3 rounded-lg border border-line p-4">
      <h2 id="circle-rounds" className="text-xl font-semibold">
        Circle round
      </h2>
      <p className="text-muted">Places everyone waiting for a small group into proposed and open circles with seats: exact on the seats, then improved for how members fit each other. Circles that cannot reach four are not opened.</p>
      <CircleActionForm action={previewCircleRoundAction} submit="Preview a circle round" label="Preview a circle round" />
      {rounds.map((r) => {
        const t = r.totals as unknown as Totals;
        return (
          <article key={r.id} className="flex flex-col gap-2 border-t border-line pt-3" aria-label={`Circle round of ${timeFormat.format(r.createdAt)} UTC`}>
            <h3 className="font-semibold">
              {timeFormat.format(r.createdAt)} UTC — {r.status}
            </h3>
            <p>
              {t.round.placed} of {t.round.seekers} placed, {t.round.circlesOpened} circles opened; total fit {t.round.fit} (exact assignment {t.assignmentObjective}); greedy {t.greedy.fit} ({t.greedy.placed} placed), first-come-first-served{" "}
              {t.firstComeFirstServed.fit} ({t.firstComeFirstServed.placed} placed).
            </p>
            <details>
              <summary>Placements and reasons ({r.placements.length})</summary>
              <ul className="list-disc pl-5 text-sm">
                {r.placements.map((p) => (
                  <li key={p.seekerId}>
                    fit {p.score}: {p.reasons.join(" ")}
                  </li>
                ))}
              </ul>
            </details>
            {r.status === "preview" ? <CircleActionForm action={commitCircleRoundAction} hidden={{ roundId: r.id }} submit="Commit this round" label="Commit this circle round" /> : null}
          </article>
        );
      })}
    </section>
  );
}
