import {
  ageBandOptions,
  cadenceOptions,
  dayParts,
  days,
  labelOf,
  languageOptions,
  listenOptions,
  messageLengthOptions,
  toneOptions,
} from "@/lib/profiles/options";

/** Mentor answers in the words people read, for the review screens. */

export const describeCadences = (values: readonly string[]) =>
  values.map((v) => labelOf(cadenceOptions, v as (typeof cadenceOptions)[number]["value"]).toLowerCase()).join(", ");

export const describeLanguages = (values: readonly string[]) =>
  values.map((v) => labelOf(languageOptions, v as (typeof languageOptions)[number]["value"])).join(", ");

/** "Tuesday evening; Saturday morning and afternoon". */
export function describeWindows(values: readonly string[]) {
  const chosen = new Set(values);
  return days
    .map((day) => {
      const parts = dayParts.filter((p) => chosen.has(`${day.value}-${p.value}`)).map((p) => p.label.toLowerCase());
      if (parts.length === 0) return null;
      const last = parts.pop();
      return `${day.label} ${parts.length ? `${parts.join(", ")} and ${last}` : last}`;
    })
    .filter(Boolean)
    .join("; ");
}

export function describeStyle(style: { listenStyle: string | null; tone: string | null; messageLength: string | null }) {
  return [
    labelOf(listenOptions, style.listenStyle as (typeof listenOptions)[number]["value"]),
    labelOf(toneOptions, style.tone as (typeof toneOptions)[number]["value"]),
    labelOf(messageLengthOptions, style.messageLength as (typeof messageLengthOptions)[number]["value"]),
  ]
    .filter(Boolean)
    .join(" · ");
}

export const describeAgeBand = (value: string | null) => labelOf(ageBandOptions, value as (typeof ageBandOptions)[number]["value"]);

export const describeCapacity = (capacity: number | null) =>
  capacity === null ? "" : capacity === 1 ? "1 person at a time" : `${capacity} people at a time`;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
export const formatDate = (at: Date | null) => (at ? dateFormat.format(at) : "");

/** Application statuses as moderators read them. */
export const applicationStatusLabels = {
  submitted: "Waiting for a decision",
  approved: "Approved",
  declined: "Declined",
  draft: "Still being written",
} as const;
