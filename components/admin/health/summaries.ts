/**
 * The sentences a screen reader hears for each chart (its aria-label), and
 * the labels the charts and tables share. Pure, so they are tested directly.
 */

const weekFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export const weekLabel = (weekStart: Date) => weekFormat.format(weekStart);
export const weekRowLabel = (weekStart: Date, i: number, count: number) => (i === count - 1 ? `${weekLabel(weekStart)} (this week)` : `Week of ${weekLabel(weekStart)}`);

export const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
export const orDash = (value: number | null, unit = "") => (value === null ? "—" : `${value}${unit}`);

/** "Seekers waiting, week by week for 12 weeks: 4 this week, 2 at the start, at most 5." */
export function describeWeekly(what: string, values: readonly (number | null)[], format: (n: number) => string = String): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return `${what}: nothing to measure in these ${values.length} weeks.`;
  const last = values.at(-1);
  const first = values.find((v) => v !== null) ?? null;
  const parts = [
    last === null || last === undefined ? "nothing to measure this week" : `${format(last)} this week`,
    first === null ? null : `${format(first)} in the first week measured`,
    `highest ${format(Math.max(...known))}`,
    `lowest ${format(Math.min(...known))}`,
  ].filter(Boolean);
  return `${what}, week by week for ${values.length} weeks: ${parts.join(", ")}.`;
}

/** "Fit-check answers over 12 weeks: Good fit 4, Still deciding 2, Not a fit 1." */
export function describeCounts(what: string, items: readonly { name: string; value: number }[]): string {
  return `${what}: ${items.map((i) => `${i.name} ${i.value}`).join(", ")}.`;
}
