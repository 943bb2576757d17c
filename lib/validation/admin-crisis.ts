import { z } from "zod";
import { uuid, lineText, freeText } from "./fields";

/**
 * A crisis region as admins edit it. The form is flat (a fixed number of line
 * groups, so every input has its own name and its own error message); the
 * schema checks each group and turns the form into the stored shape.
 */

export const CRISIS_LINE_SLOTS = 4;
export const lineFields = (i: number) => [`line${i}Name`, `line${i}Contact`, `line${i}Href`, `line${i}Note`] as const;

const TEL = /^(tel|sms):\+?[0-9][0-9().-]{0,29}$/;

/** Only links a phone or a browser opens safely: tel:, sms: and https:// to a named host. */
export function isAllowedHref(href: string): boolean {
  if (href.length > 300) return false;
  if (/^(tel|sms):/i.test(href)) return TEL.test(href);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
}

const ZONE_PART = /^[A-Za-z0-9_+-]+$/;

/** "Europe/London", "America/Indiana/Indianapolis", or an area ending in "/" like "Europe/". */
export function isTimezoneEntry(entry: string): boolean {
  if (entry.length === 0 || entry.length > 64 || !/^[A-Za-z]/.test(entry)) return false;
  const parts = (entry.endsWith("/") ? entry.slice(0, -1) : entry).split("/");
  return parts.every((part) => ZONE_PART.test(part));
}

/** One timezone (or area prefix like "Europe/") a line per entry; commas work too. */
export function splitTimezones(value: string): string[] {
  return [...new Set(value.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean))];
}

const optionalText = (max: number, message: string) => lineText().trim().max(max, message).default("");

const lineSchema = z.object({
  name: lineText().trim().min(1).max(80),
  contact: lineText().trim().min(1).max(80),
  href: lineText().trim().refine(isAllowedHref).optional(),
  note: lineText().trim().max(120).optional(),
});

/** The stored shape (what the DAL accepts). */
export const crisisRegionSchema = z.object({
  region: lineText().trim().min(2).max(80),
  emergency: lineText().trim().min(1).max(60),
  timezones: z.array(z.string().refine(isTimezoneEntry)).max(80),
  lines: z.array(lineSchema).max(CRISIS_LINE_SLOTS),
  order: z.number().int().min(1).max(99),
});
export type CrisisRegionInput = z.output<typeof crisisRegionSchema>;

const lineShape = Object.fromEntries(
  Array.from({ length: CRISIS_LINE_SLOTS }, (_, i) => [
    [`line${i}Name`, optionalText(80, "Keep the name under 80 characters.")],
    [`line${i}Contact`, optionalText(80, "Keep this under 80 characters.")],
    [`line${i}Href`, optionalText(300, "Keep the link under 300 characters.")],
    [`line${i}Note`, optionalText(120, "Keep the note under 120 characters.")],
  ]).flat(),
) as Record<string, ReturnType<typeof optionalText>>;

const formObject = z.object({
  region: lineText({ error: "Name the region." }).trim().min(2, "Name the region (at least 2 characters).").max(80, "Keep the name under 80 characters."),
  emergency: lineText({ error: "Give the emergency number." }).trim().min(1, "Give the emergency number.").max(60, "Keep this under 60 characters."),
  timezones: freeText()
    .max(4000, "That is too many timezones for one region.")
    .default("")
    .superRefine((value, ctx) => {
      const entries = splitTimezones(value);
      const bad = entries.find((entry) => !isTimezoneEntry(entry));
      if (bad) ctx.addIssue({ code: "custom", message: `“${bad.slice(0, 64)}” is not a timezone. Use names like Europe/London, or Europe/ for a whole area.` });
      else if (entries.length > 80) ctx.addIssue({ code: "custom", message: "Use at most 80 timezones for one region." });
    }),
  order: z.coerce
    .number({ error: "Give a position from 1 to 99." })
    .int("Give a whole number from 1 to 99.")
    .min(1, "Give a position from 1 to 99.")
    .max(99, "Give a position from 1 to 99."),
  ...lineShape,
});

type FlatForm = z.output<typeof formObject>;
const lineValues = (form: FlatForm, i: number) => lineFields(i).map((key) => String((form as Record<string, unknown>)[key] ?? ""));

function checkLines(form: FlatForm, ctx: z.RefinementCtx) {
  for (let i = 0; i < CRISIS_LINE_SLOTS; i++) {
    const [name, contact, href, note] = lineValues(form, i);
    if (!name && !contact && !href && !note) continue;
    if (!name) ctx.addIssue({ code: "custom", path: [`line${i}Name`], message: "Name this line, or clear the whole line." });
    if (!contact) ctx.addIssue({ code: "custom", path: [`line${i}Contact`], message: "Say how to reach it, e.g. “Call 116 123”." });
    if (href && !isAllowedHref(href)) {
      ctx.addIssue({ code: "custom", path: [`line${i}Href`], message: "Use a tel:, sms: or https:// link, e.g. tel:116123." });
    }
  }
}

function toRegion(form: FlatForm): CrisisRegionInput {
  const lines = Array.from({ length: CRISIS_LINE_SLOTS }, (_, i) => {
    const [name = "", contact = "", href, note] = lineValues(form, i);
    return name && contact ? { name, contact, ...(href ? { href } : {}), ...(note ? { note } : {}) } : null;
  }).filter((line) => line !== null);
  return { region: form.region, emergency: form.emergency, timezones: splitTimezones(form.timezones), lines, order: form.order };
}

/** The add form: flat fields in, the stored shape out. */
export const crisisRegionFormSchema = formObject.superRefine(checkLines).transform(toRegion);

/** The edit form: the same, for one region. */
export const crisisRegionEditFormSchema = formObject
  .extend({ id: uuid })
  .superRefine(checkLines)
  .transform((form) => ({ id: form.id, ...toRegion(form) }));

export const crisisRegionIdSchema = z.object({ id: uuid });
