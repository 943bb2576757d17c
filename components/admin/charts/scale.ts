/** Small helpers shared by the SVG charts. No dependencies: the charts are a few dozen lines each. */

/** A round upper bound for an axis (1, 2, 5 × 10ⁿ), at least `floor`. */
export function niceMax(values: readonly (number | null)[], floor = 1): number {
  const max = Math.max(floor, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (max <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

/** Series colours and dash patterns: lines differ by pattern as well as colour. */
export const seriesStyles = [
  { color: "var(--color-brand)", dash: undefined },
  { color: "var(--color-help)", dash: "6 4" },
  { color: "var(--color-muted)", dash: "2 4" },
] as const;

export const styleOf = (i: number) => seriesStyles[i % seriesStyles.length]!;

/** Chart area inside the viewBox. */
export const frame = { width: 480, height: 220, left: 40, right: 26, top: 12, bottom: 30 } as const;
export const plotWidth = frame.width - frame.left - frame.right;
export const plotHeight = frame.height - frame.top - frame.bottom;

export const yOf = (value: number, max: number) => frame.top + plotHeight - (value / max) * plotHeight;
