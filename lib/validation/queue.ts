import { z } from "zod";
import { CONCERN_CATEGORIES, CRISIS_CATEGORIES } from "@/lib/safety/categories";
import { lineText, reason } from "./fields";
import { CLAIM_KINDS, type ClaimKind, claimSchema } from "./moderation";
import { REPORT_CATEGORIES } from "./reports";
import { oneOf, readSearchParams, type SearchParams } from "./search-params";

/**
 * The moderation queue's filters (in the address, so a filtered queue can be
 * bookmarked, shared and reloaded) and its bulk actions.
 *
 * Generic over the claimable item kinds: a new kind added to CLAIM_KINDS
 * (lib/validation/moderation.ts) is a filter option and a bulk target at once;
 * lib/dal/staff/queue-bulk.ts says what dismissing means for it.
 */

/** Report categories, then the detector's risk categories (a safety item's). "harassment" is both. */
export const QUEUE_CATEGORIES = [...new Set([...REPORT_CATEGORIES, ...CRISIS_CATEGORIES, ...CONCERN_CATEGORIES])] as readonly string[];

/** "Waiting at least …": the thresholds offered, in milliseconds. */
export const QUEUE_AGES = { "1h": 60 * 60 * 1000, "1d": 24 * 60 * 60 * 1000, "7d": 7 * 24 * 60 * 60 * 1000 } as const;
export type QueueAge = keyof typeof QUEUE_AGES;

export const QUEUE_CLAIM_FILTERS = ["mine", "unclaimed"] as const;

const filterFields = {
  kind: oneOf(CLAIM_KINDS),
  category: oneOf(QUEUE_CATEGORIES),
  age: oneOf(Object.keys(QUEUE_AGES) as QueueAge[]),
  claim: oneOf(QUEUE_CLAIM_FILTERS),
};

export interface QueueFilter {
  kind?: ClaimKind;
  category?: string;
  age?: QueueAge;
  claim?: (typeof QUEUE_CLAIM_FILTERS)[number];
}

/** For the data layer: every field optional, unknown values refused. */
export const queueFilterSchema = z
  .object({
    kind: filterFields.kind.optional(),
    category: filterFields.category.optional(),
    age: filterFields.age.optional(),
    claim: filterFields.claim.optional(),
  })
  .default({});

/** The filter from the page's query string; a value that does not parse is dropped (that filter is off). */
export function readQueueFilter(params: SearchParams): QueueFilter {
  return readSearchParams(params, filterFields) as QueueFilter;
}

/** The query string for a filter (empty fields left out), e.g. "?kind=report&claim=mine". */
export function queueFilterQuery(filter: QueueFilter): string {
  const query = new URLSearchParams();
  for (const key of ["kind", "category", "age", "claim"] as const) if (filter[key]) query.set(key, filter[key]!);
  const s = query.toString();
  return s ? `?${s}` : "";
}

export const isFiltered = (filter: QueueFilter) => Boolean(filter.kind || filter.category || filter.age || filter.claim);

/** One selected item, as a checkbox sends it: "report:<uuid>". */
const itemRef = lineText({ error: "Choose items from the queue." })
  .max(100)
  .transform((value, ctx) => {
    const at = value.indexOf(":");
    const parsed = claimSchema.safeParse({ itemKind: value.slice(0, at), itemId: value.slice(at + 1) });
    if (at < 0 || !parsed.success) {
      ctx.addIssue({ code: "custom", message: "One of the chosen items is not a queue item. Reload the queue and choose again." });
      return z.NEVER;
    }
    return parsed.data;
  });

/**
 * One item claimed or released from its row in the queue: the row's button
 * sends the item as its own value ("report:<uuid>") under the name "claim" or
 * "release", to one form the whole page shares. Exactly one of the two.
 */
export const queueClaimSchema = z
  .object({
    claim: z.union([z.literal(""), itemRef]).optional(),
    release: z.union([z.literal(""), itemRef]).optional(),
  })
  .transform((data, ctx) => {
    if (data.claim && !data.release) return { intent: "claim" as const, item: data.claim };
    if (data.release && !data.claim) return { intent: "release" as const, item: data.release };
    ctx.addIssue({ code: "custom", message: "Choose one item to claim or release." });
    return z.NEVER;
  });

export const BULK_MAX = 100;
export const BULK_INTENTS = ["claim", "dismiss"] as const;

/**
 * Several queue items at once: claim them, or dismiss them with one reason
 * (kept with each item's record). The same item twice counts once, so a
 * double submit of a list cannot act twice on anything.
 */
export const bulkQueueSchema = z
  .object({
    intent: z.enum(BULK_INTENTS, { error: "Choose claim or dismiss." }),
    items: z
      .array(itemRef)
      .min(1, "Choose at least one item.")
      .max(BULK_MAX, `Choose at most ${BULK_MAX} items at a time.`)
      .transform((items) => [...new Map(items.map((i) => [`${i.itemKind}:${i.itemId}`, i])).values()]),
    reason: z.union([z.literal(""), reason]).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.intent === "dismiss" && !data.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Write a reason for dismissing: it is kept with each item's record." });
    }
  });
export type BulkQueueInput = z.output<typeof bulkQueueSchema>;
