import { useId } from "react";
import type { CheckInSlotView } from "@/lib/dal/relationship/check-ins";
import type { ConsistencyRecord } from "@/lib/rhythm";
import { statusMark, statusWords } from "./status-words";

const BAR = 18;
const GAP = 8;
const TOP = 4;
const FULL = 56;
/** Height of each kind of bar: the shape differs, not only the colour. */
const heights = { kept: FULL, excused: 34, missed: 14, open: FULL, upcoming: 0 } as const;

/**
 * The shared record as a picture and as text. One bar per check-in, oldest
 * first: kept is a tall solid bar, excused a middle bar with stripes, missed
 * a short hollow dashed bar, the open one a dotted outline; each has its
 * letter below. The summary is the image's accessible name, and every
 * check-in is listed, with its date and what happened, behind a disclosure.
 */
export function ConsistencyChart({ record, history }: { record: ConsistencyRecord; history: CheckInSlotView[] }) {
  const id = useId();
  const stripes = `${id}-stripes`;
  const width = Math.max(history.length * (BAR + GAP) + GAP, 120);
  const height = TOP + FULL + 20;
  const open = history.filter((s) => s.status === "open").length;
  const summary = `${record.sentence}. ${history.length} check-in${history.length === 1 ? "" : "s"} shown: ${record.kept} kept, ${record.missed} missed, ${record.excused} excused${open ? `, ${open} open now` : ""}.`;
  return (
    <div className="flex flex-col gap-2">
      {history.length > 0 ? (
        <div className="overflow-x-auto">
          <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="max-w-none">
            <defs>
              <pattern id={stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" className="fill-surface" />
                <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="stroke-muted" />
              </pattern>
            </defs>
            <line x1="0" x2={width} y1={TOP + FULL + 0.5} y2={TOP + FULL + 0.5} className="stroke-line" />
            {history.map((slot, i) => {
              const h = heights[slot.status];
              const x = GAP + i * (BAR + GAP);
              const y = TOP + FULL - h;
              return (
                <g key={slot.id}>
                  {slot.status === "kept" ? <rect x={x} y={y} width={BAR} height={h} rx="2" className="fill-brand" /> : null}
                  {slot.status === "excused" ? <rect x={x} y={y} width={BAR} height={h} rx="2" fill={`url(#${stripes})`} strokeWidth="1.5" className="stroke-muted" /> : null}
                  {slot.status === "missed" ? (
                    <rect x={x + 1} y={y} width={BAR - 2} height={h - 1} rx="2" strokeWidth="1.5" strokeDasharray="3 2" className="fill-surface stroke-muted" />
                  ) : null}
                  {slot.status === "open" ? (
                    <rect x={x + 1} y={y + 1} width={BAR - 2} height={h - 2} rx="2" strokeWidth="1.5" strokeDasharray="1 3" className="fill-none stroke-brand" />
                  ) : null}
                  <text x={x + BAR / 2} y={TOP + FULL + 15} textAnchor="middle" className="fill-muted text-[11px]">
                    {statusMark[slot.status]}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      ) : null}
      {history.length > 0 ? (
        <p className="text-sm text-muted" aria-hidden="true">
          K kept · E excused · M missed{open ? " · … open now" : ""}. Oldest on the left.
        </p>
      ) : null}
      {history.length > 0 ? (
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
      ) : null}
    </div>
  );
}
