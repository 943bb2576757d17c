/**
 * The fixed vocabularies of needs profiles, mentor applications and friend
 * profiles, with the words people see. Shared by the schema (as enums),
 * validation, the forms and matching.
 */

export const lookingForOptions = [
  { value: "mentor", label: "A mentor", hint: "A volunteer who has lived through something similar." },
  { value: "friend", label: "A peer friend", hint: "Someone on the same footing, supporting each other." },
  { value: "both", label: "Both", hint: "A mentor and a peer friend." },
] as const;
export type LookingFor = (typeof lookingForOptions)[number]["value"];

/** "A small group", asked beside what someone is looking for (it can go with any of them). */
export const smallGroupOptions = [
  {
    value: "yes",
    label: "A small group",
    hint: "A circle: four to six people and a mentor who holds it, meeting on a steady rhythm. It uses the topics, times and languages you give here.",
  },
] as const;

export const cadenceOptions = [
  { value: "weekly", label: "Weekly" },
  { value: "fortnightly", label: "Every two weeks" },
  { value: "monthly", label: "Monthly" },
] as const;
export type Cadence = (typeof cadenceOptions)[number]["value"];

export const days = [
  { value: "mon", label: "Monday" },
  { value: "tue", label: "Tuesday" },
  { value: "wed", label: "Wednesday" },
  { value: "thu", label: "Thursday" },
  { value: "fri", label: "Friday" },
  { value: "sat", label: "Saturday" },
  { value: "sun", label: "Sunday" },
] as const;
export const dayParts = [
  { value: "morning", label: "Morning" },
  { value: "afternoon", label: "Afternoon" },
  { value: "evening", label: "Evening" },
] as const;
export type Day = (typeof days)[number]["value"];
export type DayPart = (typeof dayParts)[number]["value"];
/** A window is a day and a part of day in the person's own timezone, e.g. "tue-evening". */
export type Window = `${Day}-${DayPart}`;
export const allWindows: Window[] = days.flatMap((d) => dayParts.map((p) => `${d.value}-${p.value}` as Window));

export const listenOptions = [
  { value: "listen", label: "Listen first" },
  { value: "balanced", label: "A bit of both" },
  { value: "ideas", label: "Practical ideas" },
] as const;
export const toneOptions = [
  { value: "gentle", label: "Gentle" },
  { value: "balanced", label: "In between" },
  { value: "direct", label: "Direct" },
] as const;
export const messageLengthOptions = [
  { value: "short", label: "Short messages" },
  { value: "either", label: "Either is fine" },
  { value: "long", label: "Long messages" },
] as const;
export type ListenStyle = (typeof listenOptions)[number]["value"];
export type Tone = (typeof toneOptions)[number]["value"];
export type MessageLength = (typeof messageLengthOptions)[number]["value"];

/** How much something matters, 1–4: used by matching as a weight. */
export const importanceOptions = [
  { value: 1, label: "Nice to have" },
  { value: 2, label: "Matters" },
  { value: 3, label: "Matters a lot" },
  { value: 4, label: "Essential" },
] as const;

export const languageOptions = [
  { value: "en", label: "English" },
  { value: "es", label: "Spanish" },
  { value: "fr", label: "French" },
  { value: "de", label: "German" },
  { value: "pt", label: "Portuguese" },
  { value: "it", label: "Italian" },
  { value: "nl", label: "Dutch" },
  { value: "pl", label: "Polish" },
  { value: "uk", label: "Ukrainian" },
  { value: "ar", label: "Arabic" },
  { value: "tr", label: "Turkish" },
  { value: "hi", label: "Hindi" },
  { value: "zh", label: "Chinese" },
  { value: "ja", label: "Japanese" },
] as const;
export type Language = (typeof languageOptions)[number]["value"];

export const ageBandOptions = [
  { value: "18-24", label: "18–24" },
  { value: "25-34", label: "25–34" },
  { value: "35-44", label: "35–44" },
  { value: "45-54", label: "45–54" },
  { value: "55-64", label: "55–64" },
  { value: "65+", label: "65 or over" },
] as const;
export type AgeBand = (typeof ageBandOptions)[number]["value"];

export const genderOptions = [
  { value: "woman", label: "Woman" },
  { value: "man", label: "Man" },
  { value: "non-binary", label: "Non-binary" },
  { value: "another", label: "Another way" },
] as const;
export type Gender = (typeof genderOptions)[number]["value"];

/** Dealbreakers are about the other person's stated style, so matching can honour them exactly. */
export const dealbreakerOptions = [
  { value: "advice-first", label: "Someone who goes straight to advice" },
  { value: "direct-tone", label: "A very direct way of talking" },
  { value: "long-messages", label: "Long messages" },
  { value: "short-messages", label: "Very short messages" },
] as const;
export type Dealbreaker = (typeof dealbreakerOptions)[number]["value"];

export const labelOf = <T extends { value: string | number; label: string }>(options: readonly T[], value: T["value"] | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? "";
