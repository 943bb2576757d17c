/**
 * The relationship page's folds, by the anchor each one keeps (#check-ins…),
 * and the `?open=` search parameter that names the ones the person has open.
 * Shared by the page (which renders a fold's content only when it is open)
 * and the fold itself (which adds its name when opened). No React here.
 */
export const foldNames = ["check-ins", "just-for-you", "repair", "story", "ending", "safety"] as const;
export type FoldName = (typeof foldNames)[number];

const known = new Set<string>(foldNames);

/** `?open=check-ins,story` (or the parameter repeated) → the known names in it; anything else is ignored. */
export function openFolds(value: string | string[] | undefined | null): Set<FoldName> {
  const parts = (Array.isArray(value) ? value : [value ?? ""]).flatMap((v) => v.split(","));
  return new Set(parts.filter((p): p is FoldName => known.has(p)));
}

/** The search string with `name` added to (or taken out of) `?open=`, other parameters kept. */
export function withFold(search: string, name: string, open: boolean): string {
  const params = new URLSearchParams(search);
  const names = new Set<string>(openFolds(params.get("open")));
  if (open) names.add(name);
  else names.delete(name);
  if (names.size > 0) params.set("open", [...names].join(","));
  else params.delete("open");
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}
