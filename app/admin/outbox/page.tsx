import type { Metadata } from "next";
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
      {mail.length === 0 ? (
        <p>Nothing waiting: every email has gone out.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Emails not delivered yet</caption>
            <thead>
              <tr>
                <th scope="col" className="p-2">To</th>
                <th scope="col" className="p-2">Subject</th>
                <th scope="col" className="p-2">State</th>
                <th scope="col" className="p-2">Last error</th>
                <th scope="col" className="p-2">Action</th>
              </tr>
            </thead>
            <tbody>
              {mail.map((m) => (
                <tr key={m.id} className="border-t border-line align-top">
                  <td className="break-all p-2">{m.to}</td>
                  <td className="p-2">{m.subject}</td>
                  <td className="p-2">
                    {m.status === "failed"
                      ? `Gave up after ${m.attempts} tries`
                      : `Retrying (${m.attempts} ${m.attempts === 1 ? "try" : "tries"} so far; next ${m.nextTry ? timeFormat.format(m.nextTry) : "soon"})`}
                  </td>
                  <td className="p-2">{m.lastError ?? "—"}</td>
                  <td className="p-2">{m.status === "failed" ? <RetryButton id={m.id} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
