import "server-only";
import { and, eq } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { notificationPreferences, notificationSettings, users } from "@/db/schema";
import { requireViewer } from "@/lib/dal/account/viewer";
import { quietHoursFor } from "@/lib/dal/notifications/delivery";
import { authSecret } from "@/lib/env";
import { isStaff } from "@/lib/auth/roles";
import { type Delivery, effectiveDelivery, isNotificationKind, kindNames, notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import { readSettingsToken } from "@/lib/notifications/settings-token";
import { choicesFrom, linkChoiceSchema, preferencesSchema } from "@/lib/validation/notification-preferences";

/**
 * Each person's choices: per kind, bell only / bell and email / daily
 * digest; quiet hours in their own time zone. Only the viewer's own, except
 * through the signed one-click link in an email, which changes exactly one
 * kind for exactly the person it was sent to.
 */

export interface MyPreferences {
  kinds: { kind: NotificationKind; label: string; group: string; choices: readonly Delivery[]; delivery: Delivery; isDefault: boolean }[];
  timeZone: string;
  quietHoursOn: boolean;
  quietStart: number;
  quietEnd: number;
  digestHour: number;
  /** Whether the person has saved quiet hours yet (until then they are off: we don't know their night). */
  saved: boolean;
}

export async function getMyPreferences(): Promise<MyPreferences> {
  const viewer = await requireViewer();
  const rows = await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, viewer.id));
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  const [settings] = await db().select({ userId: notificationSettings.userId }).from(notificationSettings).where(eq(notificationSettings.userId, viewer.id));
  const q = await quietHoursFor(viewer.id);
  const staff = isStaff(viewer.roles);
  return {
    kinds: kindNames
      .filter((k) => staff || notificationKinds[k].group !== "moderators")
      .map((kind) => {
        const def = notificationKinds[kind];
        const picked = chosen.get(kind);
        return { kind, label: def.label, group: def.group, choices: def.choices, delivery: effectiveDelivery(kind, picked), isDefault: !picked };
      }),
    timeZone: q.timeZone,
    quietHoursOn: settings ? q.on : true,
    quietStart: q.startHour,
    quietEnd: q.endHour,
    digestHour: q.digestHour,
    saved: Boolean(settings),
  };
}

export async function saveMyPreferences(input: unknown) {
  const viewer = await requireViewer();
  const data = preferencesSchema.parse(input) as Record<string, unknown> & { timezone: string; quietHoursOn: boolean; quietStart: number; quietEnd: number; digestHour: number };
  const choices = choicesFrom(data);
  await transaction(async (tx) => {
    const settings = { timeZone: data.timezone, quietHoursOn: data.quietHoursOn, quietStartHour: data.quietStart, quietEndHour: data.quietEnd, digestHour: data.digestHour };
    await tx.insert(notificationSettings).values({ userId: viewer.id, ...settings }).onConflictDoUpdate({ target: notificationSettings.userId, set: settings });
    for (const c of choices) await setChoice(viewer.id, c.kind, c.delivery);
  });
  return { saved: choices.length };
}

async function setChoice(userId: string, kind: NotificationKind, delivery: Delivery) {
  await db()
    .insert(notificationPreferences)
    .values({ userId, kind, delivery })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery } });
}

/** What a one-click link is about (no sign-in): the kind's label and its current setting, or null for a bad link. */
export async function readLinkChoice(token: string) {
  const claim = readSettingsToken(token, authSecret());
  if (!claim || !isNotificationKind(claim.kind)) return null;
  const [person] = await db().select({ id: users.id, status: users.status }).from(users).where(eq(users.id, claim.userId));
  if (!person || person.status === "deleted") return null;
  const [pref] = await db()
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, claim.userId), eq(notificationPreferences.kind, claim.kind)));
  const def = notificationKinds[claim.kind];
  return { kind: claim.kind, label: def.label, choices: def.choices, delivery: effectiveDelivery(claim.kind, pref?.delivery) };
}

/** Applies a one-click link's choice: only that kind, only for the person the link was sent to. */
export async function applyLinkChoice(input: unknown) {
  const { token, delivery } = linkChoiceSchema.parse(input);
  const claim = readSettingsToken(token, authSecret());
  if (!claim || !isNotificationKind(claim.kind)) return null;
  if (!(notificationKinds[claim.kind].choices as readonly string[]).includes(delivery)) return null;
  const [person] = await db().select({ id: users.id }).from(users).where(eq(users.id, claim.userId));
  if (!person) return null;
  await setChoice(claim.userId, claim.kind, delivery);
  return { label: notificationKinds[claim.kind].label, delivery };
}
