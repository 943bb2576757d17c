import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { categoryLabels } from "@/lib/moderation/words";
import { CONCERN_CATEGORIES, CRISIS_CATEGORIES, RISK_CATEGORY_LABELS } from "@/lib/safety/categories";
import type { ClaimKind } from "@/lib/validation/moderation";
import { isFiltered, QUEUE_AGES, type QueueAge, type QueueFilter } from "@/lib/validation/queue";
import { REPORT_CATEGORIES } from "@/lib/validation/reports";

/** The claimable sections, in words. Typed by ClaimKind: a new kind of item needs its name here. */
export const queueKindLabels: Record<ClaimKind, string> = {
  safety_item: "Safety items",
  report: "Reports",
  appeal: "Appeals",
  relationship: "Stalled relationships",
};

const ageLabels: Record<QueueAge, string> = { "1h": "More than an hour", "1d": "More than a day", "7d": "More than a week" };

const select = "min-h-11 max-w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink";

/**
 * The queue's filters: a plain GET form, so the filter lives in the address
 * (bookmark it, share it, reload it) and works before any script has loaded.
 */
export function QueueFilters({ filter }: { filter: QueueFilter }) {
  return (
    <form role="search" aria-label="Filter the queue" method="get" action="/admin/queue" className="flex flex-wrap items-end gap-3">
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
        Kind
        <select name="kind" defaultValue={filter.kind ?? ""} className={select}>
          <option value="">Every kind</option>
          {Object.entries(queueKindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
        Category
        <select name="category" defaultValue={filter.category ?? ""} className={`${select} w-full max-w-full`}>
          <option value="">Any category</option>
          <optgroup label="Reports">
            {REPORT_CATEGORIES.map((c) => (
              <option key={`report-${c}`} value={c}>
                {categoryLabels[c].label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Safety items: crisis">
            {CRISIS_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {RISK_CATEGORY_LABELS[c]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Safety items: concern">
            {CONCERN_CATEGORIES.filter((c) => !(REPORT_CATEGORIES as readonly string[]).includes(c)).map((c) => (
              <option key={c} value={c}>
                {RISK_CATEGORY_LABELS[c]}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
        Waiting
        <select name="age" defaultValue={filter.age ?? ""} className={select}>
          <option value="">Any time</option>
          {(Object.keys(QUEUE_AGES) as QueueAge[]).map((a) => (
            <option key={a} value={a}>
              {ageLabels[a]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
        Claimed
        <select name="claim" defaultValue={filter.claim ?? ""} className={select}>
          <option value="">Anyone&apos;s or nobody&apos;s</option>
          <option value="mine">Claimed by me</option>
          <option value="unclaimed">Not claimed</option>
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
      {isFiltered(filter) ? (
        <Link href="/admin/queue" className="inline-flex min-h-11 items-center underline">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
