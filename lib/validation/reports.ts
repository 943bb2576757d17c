import { z } from "zod";
import { uuid, freeText } from "./fields";

/**
 * What a person may report, and why. The lists match the database enums
 * (db/schema/safety.ts); they are spelled out here so client components can
 * use them without importing the schema.
 */
export const CONTENT_KINDS = ["message", "check_in_entry", "profile", "person", "circle_message", "space_post", "space_reply"] as const;
export type ContentKindValue = (typeof CONTENT_KINDS)[number];

export const REPORT_CATEGORIES = ["safety", "harassment", "boundaries", "inappropriate", "impersonation", "spam", "other"] as const;
export type ReportCategoryValue = (typeof REPORT_CATEGORIES)[number];

export const REPORT_NOTE_MAX = 1000;

export const reportSchema = z.object({
  targetKind: z.enum(CONTENT_KINDS, { error: "That can't be reported from here." }),
  targetId: uuid,
  /** Set when reporting from a circle's page (a member of the circle); the server checks both are in it. */
  circleId: z.preprocess((v) => (v === "" || v === null ? undefined : v), uuid.optional()),
  category: z.enum(REPORT_CATEGORIES, { error: "Choose what best describes it." }),
  note: z.preprocess(
    (v) => v ?? "",
    freeText()
      .trim()
      .max(REPORT_NOTE_MAX, `Keep the note under ${REPORT_NOTE_MAX} characters.`)
      .transform((v) => (v === "" ? null : v)),
  ),
});
export type ReportInput = z.output<typeof reportSchema>;
