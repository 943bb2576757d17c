import type { Metadata } from "next";
import { connection } from "next/server";
import { readOutbox } from "@/lib/dal/notifications/outbox";

export const metadata: Metadata = { title: "Development outbox", robots: { index: false } };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" });

/** Mail that would have been sent, for developers and browser tests (`?to=` one address's only). Outside production only. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Read per request, never at build time: the mail is in the running server's database.
  await connection();
  const { to } = await searchParams;
  const mails = await readOutbox({ to: typeof to === "string" ? to : undefined });
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-bold">Development outbox</h1>
      <p className="text-muted">Email is kept here because SMTP_URL is not set. This page does not exist in production.</p>
      {mails.length === 0 ? <p>No mail yet.</p> : null}
      <ol className="flex flex-col gap-4">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded-xl border border-line bg-surface p-4">
            <article aria-label={`${mail.subject} to ${mail.to}`}>
              <h2 className="font-semibold">{mail.subject}</h2>
              <p className="text-sm text-muted">
                To <span className="break-all">{mail.to}</span> · {timeFormat.format(mail.createdAt)} UTC
              </p>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{mail.text}</pre>
            </article>
          </li>
        ))}
      </ol>
    </main>
  );
}
