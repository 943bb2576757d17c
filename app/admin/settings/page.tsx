import type { Metadata } from "next";
import { SettingsForm, type SettingRow } from "@/components/admin/settings/settings-form";
import { getSettingsForAdmin } from "@/lib/dal/staff/settings";
import { settingDefinitions, settingKeys } from "@/lib/validation/admin-settings";

export const metadata: Metadata = { title: "Admin · Settings" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** The numbers that steer the program's rules. Admins only. */
export default async function SettingsPage() {
  const { settings, lastChange } = await getSettingsForAdmin();
  const rows: SettingRow[] = settingKeys.map((key) => {
    const change = lastChange[key];
    return {
      key,
      definition: settingDefinitions[key],
      changed: change ? `Last changed by ${change.by ?? "a former admin"} on ${dateFormat.format(change.at)}.` : "Never changed: this is the default.",
    };
  });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Program settings</h1>
      <p className="text-muted">
        Changes apply from the next request. Each save is kept in the audit log with what changed, from and to.
      </p>
      <SettingsForm rows={rows} values={settings} />
    </div>
  );
}
