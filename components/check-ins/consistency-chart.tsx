import type { CheckInSlotView } from "@/lib/dal/relationship/check-ins";
import type { ConsistencyRecord, SlotStatus } from "@/lib/rhythm";
import { statusMark, statusWords } from "./status-words";

/**
 * Each state has its own shape and pattern, not only its colour: kept is solid,
 * excused striped, missed a dashed outline, the open one a dotted outline; and
 * each carries its letter.
 */
const look: Record<Exclude<SlotStatus, "upcoming">, string> = {
  kept: "bg-brand text-brand-ink border-2 border-brand",
  excused: "border-2 border-muted text-ink bg-[repeating-linear-gradient(45deg,var(--color-line)_0_3px,var(--color-surface)_3px_8px)]",
  missed: "border-2 border-dashed border-muted bg-surface text-muted",
  open: "border-2 border-dotted border-brand bg-surface text-brand",
};

const totalWords = { kept: "kept", excused: "excused", missed: "missed" } as const;

/**
 * The shared record, readable at a glance at any width: the three counts as
 * large numbers, one bar of their proportions, then one square per check-in
 * (oldest first, wrapping onto more rows rather than shrinking or scrolling).
 * The summary is the picture's accessible name, and every check-in is listed,
 * with its date and what happened, behind a disclosure.
 */
export function ConsistencyChart({ record, history }: { record: ConsistencyRecord; history: CheckInSlotView[] }) {
  if (history.length === 0) return null;
  const open = history.filter((s) => s.status === "open").length;
  const summary = `${record.sentence}. ${history.length} check-in${history.length === 1 ? "" : "s"} shown: ${record.kept} kept, ${record.missed} missed, ${record.excused} excused${open ? `, ${open} open now` : ""}.`;
  const totals = (["kept", "excused", "missed"] as const).map((status) => ({ status, count: record[status] }));
  const settled = record.kept + record.excused + record.missed;
  const shown = history.filter((s): s is CheckInSlotView & { status: Exclude<SlotStatus, "upcoming"> } => s.status !== "upcoming");
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid grid-cols-3 gap-2">
        {totals.map(({ status, count }) => (
          <div key={status} className="flex flex-col gap-1 rounded-lg border border-line p-3">
            <dt className="flex items-center gap-2 text-sm text-muted">
              <span aria-hidden="true" className={`inline-block size-4 shrink-0 rounded-sm ${look[status]}`} />
              {totalWords[status]}
            </dt>
            <dd className="text-3xl font-bold tabular-nums">{count}</dd>
          </div>
        ))}
      </dl>
      {settled > 0 ? (
        // The same counts as proportions; the numbers above say it in text.
        <div aria-hidden="true" className="flex h-5 w-full gap-0.5 overflow-hidden rounded-md">
          {totals
            .filter((t) => t.count > 0)
            .map(({ status, count }) => (
              <div key={status} className={`h-full rounded-sm ${look[status]}`} style={{ flexGrow: count, flexBasis: 0 }} />
            ))}
        </div>
      ) : null}
      <div role="img" aria-label={summary}>
        <ol className="flex flex-wrap gap-1.5">
          {shown.map((slot) => (
            <li key={slot.id} className={`flex size-9 items-center justify-center rounded-md text-sm font-semibold ${look[slot.status]}`}>
              {statusMark[slot.status]}
            </li>
          ))}
        </ol>
      </div>
      <p className="text-sm text-muted" aria-hidden="true">
        One square per check-in, oldest first: K kept · E excused · M missed{open ? " · … open now" : ""}.
      </p>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center underline">Every check-in, as a list</summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Every check-in so far, with what happened</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2 font-medium">
                Check-in (your time)
              </th>
              <th scope="col" className="py-1 font-medium">
                What happened
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((slot) => (
              <tr key={slot.id} className="border-b border-line">
                <td className="py-1 pr-2">{slot.label}</td>
                <td className="py-1">{statusWords[slot.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
