import { AdminTable } from "../admin-table";
import type { AuditPerson, AuditRow } from "@/lib/dal/staff/audit-view";
import { actionLabel } from "./action-labels";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Person({ person, none }: { person: AuditPerson | null; none: string }) {
  if (!person) return <span className="text-muted">{none}</span>;
  return (
    <>
      {person.name}
      <span className="block break-all text-sm text-muted">{person.email}</span>
    </>
  );
}

/** Who did what to whom, why and when, one entry a row. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <AdminTable
      caption="Audit log entries, newest first"
      rows={entries}
      rowKey={(entry) => String(entry.id)}
      columns={[
        {
          header: "When (UTC)",
          className: "text-sm sm:whitespace-nowrap",
          cell: (entry) => <time dateTime={entry.createdAt.toISOString()}>{timeFormat.format(entry.createdAt)}</time>,
        },
        { header: "Who", cell: (entry) => <Person person={entry.actor} none="(account gone)" /> },
        {
          header: "What",
          rowHeader: true,
          className: "font-normal",
          cell: (entry) => (
            <>
              {actionLabel(entry.action)}
              <code className="block text-xs text-muted">{entry.action}</code>
            </>
          ),
        },
        { header: "Person affected", cell: (entry) => <Person person={entry.target} none="—" /> },
        { header: "Why", className: "text-sm", cell: (entry) => entry.reason ?? <span className="text-muted">—</span> },
        {
          header: "Details",
          className: "text-sm",
          cell: (entry) =>
            entry.details.length === 0 ? (
              <span className="text-muted">—</span>
            ) : (
              <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                {entry.details.map((d) => (
                  <div key={d.key} className="contents">
                    <dt className="text-muted">{d.key}</dt>
                    <dd className="break-all">{d.value}</dd>
                  </div>
                ))}
              </dl>
            ),
        },
      ]}
    />
  );
}
