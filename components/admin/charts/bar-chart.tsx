import { Axes, Legend } from "./axes";
import { frame, niceMax, plotHeight, plotWidth, styleOf, yOf } from "./scale";

export interface BarSeries {
  name: string;
  values: readonly number[];
}

/** Bars per week: side by side ("grouped") or one on another ("stacked"). */
export function BarChart({
  label,
  categories,
  series,
  stacked = false,
  format = String,
}: {
  label: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  stacked?: boolean;
  format?: (n: number) => string;
}) {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const top = niceMax(stacked ? totals : series.flatMap((s) => s.values));
  const slot = plotWidth / Math.max(1, categories.length);
  const xOf = (i: number) => frame.left + slot * (i + 0.5);
  const groupWidth = slot * 0.7;
  const barWidth = stacked ? groupWidth : groupWidth / Math.max(1, series.length);
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto">
        <svg role="img" aria-label={label} viewBox={`0 0 ${frame.width} ${frame.height}`} className="w-full min-w-[26rem] text-muted">
          <Axes max={top} categories={categories} xOf={xOf} format={format} every={2} />
          {categories.map((_, i) => {
            let base = 0;
            return (
              <g key={i}>
                {series.map((s, si) => {
                  const value = s.values[i] ?? 0;
                  if (value <= 0) return null;
                  const height = (value / top) * plotHeight;
                  const x = stacked ? xOf(i) - groupWidth / 2 : xOf(i) - groupWidth / 2 + si * barWidth;
                  const y = stacked ? yOf(base + value, top) : yOf(value, top);
                  base += value;
                  return <rect key={s.name} x={x} y={y} width={Math.max(1, barWidth - 1)} height={height} fill={styleOf(si).color} />;
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <Legend items={series.map((s, i) => ({ name: s.name, color: styleOf(i).color }))} />
    </div>
  );
}

/** One bar per category, drawn across, with its name and number beside it (for answers and reasons). */
export function HorizontalBarChart({ label, items }: { label: string; items: readonly { name: string; value: number }[] }) {
  const rowHeight = 30;
  const labelWidth = 220;
  const width = 480;
  const height = items.length * rowHeight + 8;
  const top = niceMax(items.map((i) => i.value));
  const barSpace = width - labelWidth - 40;
  return (
    <div className="overflow-x-auto">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="w-full min-w-[26rem] text-ink">
        {items.map((item, i) => {
          const y = 4 + i * rowHeight;
          const barLength = (item.value / top) * barSpace;
          return (
            <g key={item.name} fontSize="12" fill="currentColor">
              <text x={labelWidth - 8} y={y + 18} textAnchor="end">
                {item.name.length > 34 ? `${item.name.slice(0, 33)}…` : item.name}
              </text>
              <rect x={labelWidth} y={y + 6} width={Math.max(item.value > 0 ? 2 : 0, barLength)} height={rowHeight - 12} fill="var(--color-brand)" />
              <text x={labelWidth + barLength + 6} y={y + 18}>
                {item.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
