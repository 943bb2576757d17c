import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { auditActionNames, listAuditLog } from "@/lib/dal/staff/audit-view";
import { type AuditFilter, readAuditFilter } from "@/lib/validation/admin-audit";

export const metadata: Metadata = { title: "Admin · Audit log" };

type Params = Record<string, string | string[] | undefined>;

function pageHref(filter: AuditFilter, cursor: { before?: number; after?: number }) {
  const query = new URLSearchParams();
  for (const key of ["action", "actor", "person", "from", "to"] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (cursor.before) query.set("before", String(cursor.before));
  if (cursor.after) query.set("after", String(cursor.after));
  return `/admin/audit?${query}`;
}

/** Every moderator and admin action, as the database keeps it: it can be added to, never changed. Admins only. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Params> }) {
  const filter = readAuditFilter(await searchParams);
  const [{ entries, newer, older }, actions] = await Promise.all([listAuditLog(filter), auditActionNames()]);
  const narrowed = Boolean(filter.action || filter.actor || filter.person || filter.from || filter.to);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="text-muted">
        Who did what, to whom, why and when, for every moderator and admin action. Entries are only ever added: the
        database refuses to change or remove one. Private words (messages, entries, notes) are never copied here.
      </p>
      <AuditFilters filter={filter} actions={actions} />
      <p className="text-sm text-muted" role="status">
        {entries.length === 0
          ? narrowed
            ? "No entries match these filters."
            : "Nothing has been recorded yet."
          : `Showing ${entries.length === 1 ? "1 entry" : `${entries.length} entries`}, newest first${narrowed ? ", filtered" : ""}.`}
      </p>
      {entries.length > 0 ? <AuditTable entries={entries} /> : null}
      {newer || older ? (
        <nav aria-label="Audit log pages" className="flex gap-4">
          {newer ? (
            <Link href={pageHref(filter, { after: newer })} className="inline-flex min-h-11 items-center underline">
              Newer entries
            </Link>
          ) : null}
          {older ? (
            <Link href={pageHref(filter, { before: older })} className="inline-flex min-h-11 items-center underline">
              Older entries
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
