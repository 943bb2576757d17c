import { Axes, Legend } from "./axes";
import { frame, niceMax, plotWidth, styleOf, yOf } from "./scale";

export interface LineSeries {
  name: string;
  /** One value per category; null leaves a gap (nothing to measure that week). */
  values: readonly (number | null)[];
}

/**
 * Lines over weeks, as an image with a summary for screen readers. The
 * numbers themselves are in the table next to every chart.
 */
export function LineChart({
  label,
  categories,
  series,
  format = String,
  max,
}: {
  label: string;
  categories: readonly string[];
  series: readonly LineSeries[];
  format?: (n: number) => string;
  max?: number;
}) {
  const top = max ?? niceMax(series.flatMap((s) => s.values));
  const step = categories.length > 1 ? plotWidth / (categories.length - 1) : 0;
  const xOf = (i: number) => frame.left + (categories.length > 1 ? i * step : plotWidth / 2);
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto">
        <svg role="img" aria-label={label} viewBox={`0 0 ${frame.width} ${frame.height}`} className="w-full min-w-[26rem] text-muted">
          <Axes max={top} categories={categories} xOf={xOf} format={format} every={2} />
          {series.map((s, si) => {
            const { color, dash } = styleOf(si);
            // Consecutive known values form one path; a null starts a new one.
            const segments: string[] = [];
            let current = "";
            s.values.forEach((v, i) => {
              if (v === null) {
                if (current) segments.push(current);
                current = "";
                return;
              }
              current += `${current ? "L" : "M"}${xOf(i).toFixed(1)},${yOf(v, top).toFixed(1)}`;
            });
            if (current) segments.push(current);
            return (
              <g key={s.name}>
                {segments.map((d) => (
                  <path key={d} d={d} fill="none" stroke={color} strokeWidth="2.5" strokeDasharray={dash} strokeLinejoin="round" />
                ))}
                {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={xOf(i)} cy={yOf(v, top)} r="3" fill={color} />))}
              </g>
            );
          })}
        </svg>
      </div>
      <Legend items={series.map((s, i) => ({ name: s.name, ...styleOf(i) }))} />
    </div>
  );
}
