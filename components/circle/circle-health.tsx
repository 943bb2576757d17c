import { getCircleHealth } from "@/lib/dal/circle/health";
import { CircleCharts } from "./circle-health-charts";

/** Circle figures on /admin/health: the totals as text, then four weekly charts in the style of the others, each with its numbers. */
export async function CircleHealthSection() {
  const h = await getCircleHealth();
  const rows: [string, string][] = [
    ["Circles running", String(h.running)],
    ["Members placed (12 weeks)", String(h.placed)],
    ["People waiting for a group", String(h.waiting)],
    ["Sessions held (12 weeks)", String(h.sessionsHeld)],
    ["Share of members there (excused not counted)", h.shareThere === null ? "no sessions yet" : `${Math.round(h.shareThere * 100)} %`],
    ["Sessions excused ahead", String(h.excused)],
    ["Time from a missed session to a word (median)", h.missToWordMedianHours === null ? "none yet" : `${h.missToWordMedianHours.toFixed(1)} hours (${h.reachedAfterMiss} reached)`],
    ["Missed and not yet reached", String(h.missedNotYetReached)],
  ];
  return (
    <section aria-labelledby="circle-health" className="flex flex-col gap-2 rounded-lg border border-line p-4">
      <h2 id="circle-health" className="text-xl font-semibold">
        Circles
      </h2>
      <table className="text-left">
        <caption className="sr-only">Circle figures over the last 12 weeks</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-t border-line">
              <th scope="row" className="py-1 pr-4 font-normal">
                {label}
              </th>
              <td className="py-1 font-semibold">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CircleCharts weeks={h.weeks} weekly={h.weekly} />
    </section>
  );
}
