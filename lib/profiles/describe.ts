import { dayParts, days } from "./options";

/** "Tuesday evening, Saturday morning and afternoon" — windows in the words people use. */
export function describeWindows(windows: readonly string[]) {
  const chosen = new Set(windows);
  const perDay = days
    .map((day) => ({ day: day.label, parts: dayParts.filter((part) => chosen.has(`${day.value}-${part.value}`)).map((p) => p.label.toLowerCase()) }))
    .filter((d) => d.parts.length > 0)
    .map((d) => `${d.day} ${joinWords(d.parts)}`);
  return perDay.join(", ");
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
