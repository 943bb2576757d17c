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
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full min-w-[48rem] text-left">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="border-b border-line text-sm">
          <tr>
            <th scope="col" className="p-3">When (UTC)</th>
            <th scope="col" className="p-3">Who</th>
            <th scope="col" className="p-3">What</th>
            <th scope="col" className="p-3">Person affected</th>
            <th scope="col" className="p-3">Why</th>
            <th scope="col" className="p-3">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top last:border-0">
              <td className="p-3 text-sm whitespace-nowrap">
                <time dateTime={entry.createdAt.toISOString()}>{timeFormat.format(entry.createdAt)}</time>
              </td>
              <td className="p-3">
                <Person person={entry.actor} none="(account gone)" />
              </td>
              <th scope="row" className="p-3 font-normal">
                {actionLabel(entry.action)}
                <code className="block text-xs text-muted">{entry.action}</code>
              </th>
              <td className="p-3">
                <Person person={entry.target} none="—" />
              </td>
              <td className="p-3 text-sm">{entry.reason ?? <span className="text-muted">—</span>}</td>
              <td className="p-3 text-sm">
                {entry.details.length === 0 ? (
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
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
