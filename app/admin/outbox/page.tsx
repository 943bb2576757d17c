import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/admin-table";
import { RetryButton } from "@/components/admin/outbox/retry-button";
import { listUndeliveredMail } from "@/lib/dal/notifications/delivery";

export const metadata: Metadata = { title: "Admin · Email not delivered" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Email that has not gone out: still retrying, or given up (kept, never dropped). Admins only. */
export default async function OutboxPage() {
  const mail = await listUndeliveredMail();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Email not delivered</h1>
      <p className="text-muted">
        Every email is kept until it is sent. A failed send is tried again with longer and longer pauses; after the last
        try it stays here, so someone can fix the mail server and send it again. Times are UTC.
      </p>
      <AdminTable
        dense
        caption="Emails not delivered yet"
        rows={mail}
        rowKey={(m) => m.id}
        empty={<p>Nothing waiting: every email has gone out.</p>}
        columns={[
          { header: "To", className: "break-all", cell: (m) => m.to },
          { header: "Subject", cell: (m) => m.subject },
          {
            header: "State",
            cell: (m) =>
              m.status === "failed"
                ? `Gave up after ${m.attempts} tries`
                : `Retrying (${m.attempts} ${m.attempts === 1 ? "try" : "tries"} so far; next ${m.nextTry ? timeFormat.format(m.nextTry) : "soon"})`,
          },
          { header: "Last error", cell: (m) => m.lastError ?? "—" },
          { header: "Action", hideLabelOnPhone: true, cell: (m) => (m.status === "failed" ? <RetryButton id={m.id} /> : null) },
        ]}
      />
    </div>
  );
}
