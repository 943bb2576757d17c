import "server-only";
import { eq } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { now } from "@/lib/clock";
import { programSettings, users } from "@/db/schema";
import {
  type ProgramSettings,
  type SettingKey,
  settingKeys,
  settingsFormSchema,
  settingsFrom,
} from "@/lib/validation/admin-settings";
import { recordAudit } from "@/lib/dal/system/audit";
import { perRequest } from "@/lib/dal/system/request-scope";
import { requireAdmin } from "@/lib/dal/account/viewer";

/**
 * The program's settings. Reading needs no viewer: the numbers steer rules
 * that run for everyone (a request's expiry, when a rupture reaches
 * moderators). Read once per request (lib/dal/system/request-scope.ts: the
 * queue, its ruptures section and the layout's rules each ask); defaults
 * stand in for anything unset.
 */
export const getSettings = perRequest<[], ProgramSettings>("program-settings", async () => {
  const rows = await db().select({ key: programSettings.key, value: programSettings.value }).from(programSettings);
  return settingsFrom(rows);
});

export interface SettingChange {
  by: string | null;
  at: Date;
}

/** The settings with who last changed each and when. Admins only. */
export async function getSettingsForAdmin() {
  await requireAdmin();
  const rows = await db()
    .select({ key: programSettings.key, value: programSettings.value, updatedAt: programSettings.updatedAt, by: users.name })
    .from(programSettings)
    .leftJoin(users, eq(users.id, programSettings.updatedById));
  const lastChange: Partial<Record<SettingKey, SettingChange>> = {};
  for (const row of rows) if ((settingKeys as string[]).includes(row.key)) lastChange[row.key as SettingKey] = { by: row.by, at: row.updatedAt };
  return { settings: settingsFrom(rows), lastChange };
}

/**
 * Saves the settings that changed, with one audit row listing each change
 * (from → to) and the optional reason. Admins only.
 */
export async function updateSettings(input: unknown) {
  const admin = await requireAdmin();
  const { reason, ...next } = settingsFormSchema.parse(input);
  return transaction(async (tx) => {
    // Stored rows are locked, so an admin saving at the same moment as another records a true "from";
    // rows not stored yet are upserted, so neither save fails.
    const rows = await tx.select({ key: programSettings.key, value: programSettings.value }).from(programSettings).for("update");
    const current = settingsFrom(rows);
    const changed = settingKeys.filter((key) => current[key] !== next[key]);
    if (changed.length === 0) return { changed };
    for (const key of changed) {
      await tx
        .insert(programSettings)
        .values({ key, value: next[key], updatedById: admin.id })
        .onConflictDoUpdate({ target: programSettings.key, set: { value: next[key], updatedById: admin.id, updatedAt: now() } });
    }
    await recordAudit({
      actorId: admin.id,
      action: "settings.update",
      reason: reason || undefined,
      details: Object.fromEntries(changed.map((key) => [key, `${current[key]} → ${next[key]}`])),
    });
    return { changed };
  });
}
