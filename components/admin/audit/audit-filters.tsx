import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import type { AuditFilter } from "@/lib/validation/admin-audit";

const input = "min-h-11 rounded-lg border border-line bg-surface px-3";

/** A GET form, so a filtered view is a link an admin can keep or share with another admin. */
export function AuditFilters({ filter, actions }: { filter: AuditFilter; actions: string[] }) {
  return (
    <form role="search" aria-label="Filter the audit log" method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-action" className="text-sm font-medium">
          Action starts with
        </label>
        <input id="audit-action" name="action" list="audit-actions" defaultValue={filter.action} maxLength={80} className={input} aria-describedby="audit-action-hint" />
        <p id="audit-action-hint" className="text-xs text-muted">
          For example “account.” or “role.grant”.
        </p>
        <datalist id="audit-actions">
          {actions.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-actor" className="text-sm font-medium">
          Done by (name or email)
        </label>
        <input id="audit-actor" name="actor" defaultValue={filter.actor} maxLength={100} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-person" className="text-sm font-medium">
          Person affected (name or email)
        </label>
        <input id="audit-person" name="person" defaultValue={filter.person} maxLength={100} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-from" className="text-sm font-medium">
          From (UTC)
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-to" className="text-sm font-medium">
          To, included (UTC)
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to} className={input} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
