import type { Metadata } from "next";
import { SubmitButton } from "@/components/ui/button";
import { listMyNotifications } from "@/lib/dal/notifications/bell";
import { timezoneOf } from "@/lib/dal/relationship/access";
import { requireViewer } from "@/lib/dal/account/viewer";
import { markAllReadAction } from "@/lib/actions/notifications/bell";

export const metadata: Metadata = { title: "Notifications" };

/** The bell's list: reminders and notes about your relationships, newest first. */
export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const [items, timeZone] = await Promise.all([listMyNotifications(), timezoneOf(viewer.id)]);
  const when = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
  const unread = items.filter((n) => !n.read).length;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Notifications</h1>
      {items.length === 0 ? <p className="text-muted">Nothing here yet. Reminders before check-ins and notes from your people will appear here.</p> : null}
      {unread > 0 ? (
        <form action={markAllReadAction}>
          <SubmitButton tone="secondary" pendingLabel="Marking…">
            Mark all as read
          </SubmitButton>
        </form>
      ) : null}
      <ul className="flex flex-col gap-3">
        {items.map((n) => (
          <li key={n.id} className={`rounded-xl border p-4 ${n.read ? "border-line bg-surface" : "border-brand bg-brand-soft"}`}>
            <a href={`/notifications/${n.id}`} className="flex flex-col gap-1 no-underline">
              <span className="font-semibold underline">
                {n.read ? null : <span className="sr-only">New: </span>}
                {n.title}
              </span>
              <span>{n.body}</span>
              <span className="text-sm text-muted">{when.format(n.createdAt)}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
