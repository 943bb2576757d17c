import { z } from "zod";
import { lineText } from "./fields";
import { deliveries, kindNames, notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import { isValidTimeZone } from "@/lib/notifications/schedule";

/** The form field for one kind's choice. */
export const kindField = (kind: NotificationKind) => `kind:${kind}`;

const hour = z.coerce.number({ error: "Choose an hour." }).int().min(0, "Choose an hour.").max(23, "Choose an hour.");

export const quietHoursSchema = z.object({
  timezone: z.string().trim().refine(isValidTimeZone, "Choose your time zone from the list."),
  quietHoursOn: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  quietStart: hour,
  quietEnd: hour,
  digestHour: hour,
});

/** Every kind is optional: a kind missing from the form (e.g. moderators' kinds for a seeker) keeps its current setting. */
export const preferencesSchema = quietHoursSchema.extend(
  Object.fromEntries(kindNames.map((k) => [kindField(k), z.enum(deliveries).optional().or(z.literal("").transform(() => undefined))])) as Record<
    string,
    z.ZodType<(typeof deliveries)[number] | undefined>
  >,
);

export const preferencesFields = ["timezone", "quietHoursOn", "quietStart", "quietEnd", "digestHour", ...kindNames.map(kindField)];

/** Picks the kinds' choices out of a parsed form, only those the kind allows. */
export function choicesFrom(data: Record<string, unknown>) {
  const out: { kind: NotificationKind; delivery: (typeof deliveries)[number] }[] = [];
  for (const kind of kindNames) {
    const value = data[kindField(kind)];
    if (typeof value === "string" && (notificationKinds[kind].choices as readonly string[]).includes(value)) out.push({ kind, delivery: value as (typeof deliveries)[number] });
  }
  return out;
}

export const linkChoiceSchema = z.object({
  token: lineText().min(10).max(500),
  delivery: z.enum(deliveries, { error: "Choose how you would like to hear about this." }),
});
