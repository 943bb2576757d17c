import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { getMyPreferences } from "@/lib/dal/notifications/preferences";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationSettingsPage() {
  const prefs = await getMyPreferences();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">How we reach you</h1>
      <p className="text-muted">
        Everything shows in the bell in Alongside. For each kind of news, choose whether we also email you at once, send
        one summary a day, or keep it to the bell. We start with email only for what someone is waiting on.
      </p>
      <PreferencesForm {...prefs} />
    </div>
  );
}
