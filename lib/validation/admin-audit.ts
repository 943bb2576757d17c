import { z } from "zod";
import { lineText } from "./fields";
import { readSearchParams, type SearchParams } from "./search-params";

/**
 * The audit log's filters, read from the page's query string. A filter that
 * does not parse is dropped rather than answered with an error: a stale or
 * hand-edited link still shows the log, just less narrowed.
 */
const text = (max: number) => lineText().trim().min(1).max(max);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));
const cursor = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const fields = {
  action: text(80),
  actor: text(100),
  person: text(100),
  from: day,
  to: day,
  before: cursor,
  after: cursor,
} as const;

export type AuditFilter = { [K in keyof typeof fields]?: z.output<(typeof fields)[K]> };

export function readAuditFilter(params: SearchParams): AuditFilter {
  return readSearchParams(params, fields);
}

/** The start of a UTC day, and the start of the day after (the "to" date is included). */
export const dayStart = (value: string) => new Date(`${value}T00:00:00Z`);
export const dayAfter = (value: string) => new Date(dayStart(value).getTime() + 86_400_000);
