import { frame, plotWidth, yOf } from "./scale";

/** Three horizontal guides (0, half, max) with their labels, and category labels under the plot. */
export function Axes({ max, categories, xOf, format, every = 1 }: { max: number; categories: readonly string[]; xOf: (i: number) => number; format: (n: number) => string; every?: number }) {
  return (
    <g fontSize="12" fill="currentColor">
      {[0, max / 2, max].map((tick) => (
        <g key={tick}>
          <line x1={frame.left} x2={frame.left + plotWidth} y1={yOf(tick, max)} y2={yOf(tick, max)} stroke="var(--color-line)" />
          <text x={frame.left - 6} y={yOf(tick, max) + 4} textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      {/* Counted back from the latest week, so the current week is always labelled and no two labels touch. */}
      {categories.map((label, i) =>
        (categories.length - 1 - i) % every === 0 ? (
          <text key={label + i} x={xOf(i)} y={frame.height - 10} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** The colour keys under a chart, as visible text. */
export function Legend({ items }: { items: readonly { name: string; color: string; dash?: string }[] }) {
  if (items.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.name} className="flex items-center gap-2">
          <svg aria-hidden="true" width="24" height="10" viewBox="0 0 24 10">
            <line x1="0" x2="24" y1="5" y2="5" stroke={item.color} strokeWidth="3" strokeDasharray={item.dash} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
