import "server-only";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { HEALTH_CACHE_MS } from "@/lib/dal/staff/program-health";
import { and, arrayContains, asc, eq, isNull, like, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import { db, transaction } from "@/db/client";
import { crisisAlerts, notifications, onCallRota, safetyItems, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { requireAdmin, requireStaff } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { publishLive } from "@/lib/dal/notifications/live";
import { getSettings } from "@/lib/dal/staff/settings";
import { recordAudit } from "@/lib/dal/system/audit";

/**
 * A moderator on call for every crisis (docs/notifications.md).
 *
 * A crisis-level safety item alerts, at once and in the transaction that
 * raised it, every moderator on duty on the rota (or, with nobody on duty,
 * every moderator): the bell and an email that carries no words of the
 * content. If nobody has opened it after the program's setting (15 minutes by
 * default), the sweep alerts the next person on the rota not yet alerted,
 * one per interval, and when the rota is used up, the admins. The first time
 * a moderator opens the item is recorded; program health shows the wait.
 */

interface Person {
  id: string;
}

const activeStaff = (role: "moderator" | "admin") => and(eq(users.status, "active"), arrayContains(users.roles, [role]));

async function rota(): Promise<{ id: string; onDuty: boolean }[]> {
  return db()
    .select({ id: onCallRota.userId, onDuty: onCallRota.onDuty })
    .from(onCallRota)
    .innerJoin(users, eq(users.id, onCallRota.userId))
    .where(and(eq(users.status, "active"), or(arrayContains(users.roles, ["moderator"]), arrayContains(users.roles, ["admin"]))))
    .orderBy(asc(onCallRota.position));
}

async function everyone(role: "moderator" | "admin"): Promise<Person[]> {
  return db().select({ id: users.id }).from(users).where(activeStaff(role));
}

async function alertPeople(itemId: string, people: readonly Person[], step: number) {
  for (const p of people) {
    await notify({
      userId: p.id,
      kind: "crisis-alert",
      dedupeKey: `crisis:${itemId}:${p.id}`,
      title: step === 0 ? "A crisis item is waiting" : "A crisis item is still waiting for someone",
      body: "A message may show someone in crisis. Please open it in the safety queue as soon as you can.",
      href: `/admin/safety/${itemId}`,
    });
  }
}

/** Called inside the transaction that raised (or made urgent) a crisis-level item. Idempotent per item. */
export async function startCrisisAlert(itemId: string) {
  const at = now();
  const [started] = await db()
    .insert(crisisAlerts)
    .values({ safetyItemId: itemId, raisedAt: at, lastAlertAt: at })
    .onConflictDoNothing()
    .returning({ id: crisisAlerts.safetyItemId });
  if (!started) return;
  const onDuty = (await rota()).filter((r) => r.onDuty);
  await alertPeople(itemId, onDuty.length > 0 ? onDuty : await everyone("moderator"), 0);
  await publishLive({ topic: "queue" });
}

/** Records the first time a moderator opened a crisis item (later looks change nothing). */
export async function recordFirstLook(itemId: string, moderatorId: string) {
  await db()
    .update(crisisAlerts)
    .set({ firstLookAt: now(), firstLookById: moderatorId })
    .where(and(eq(crisisAlerts.safetyItemId, itemId), isNull(crisisAlerts.firstLookAt)));
}

/**
 * Escalates each crisis alert nobody has opened within the setting. Each
 * alert is handled in its own short transaction with its row locked
 * (SKIP LOCKED), so several instances share the work and none alerts twice.
 */
export async function escalateCrisisAlerts(options: { now?: Date } = {}) {
  const at = options.now ?? now();
  const { crisisEscalationMinutes } = await getSettings();
  const cutoff = new Date(at.getTime() - crisisEscalationMinutes * 60_000);
  const waiting = await db()
    .select({ id: crisisAlerts.safetyItemId })
    .from(crisisAlerts)
    .innerJoin(safetyItems, eq(safetyItems.id, crisisAlerts.safetyItemId))
    .where(and(isNull(crisisAlerts.firstLookAt), eq(safetyItems.status, "open"), lte(crisisAlerts.lastAlertAt, cutoff)));
  let escalated = 0;
  for (const { id } of waiting) {
    const done = await transaction(async (tx) => {
      const [alert] = await tx
        .select()
        .from(crisisAlerts)
        .where(and(eq(crisisAlerts.safetyItemId, id), isNull(crisisAlerts.firstLookAt), lte(crisisAlerts.lastAlertAt, cutoff)))
        .for("update", { skipLocked: true });
      if (!alert) return false;
      const alerted = new Set(
        (await tx.select({ userId: notifications.userId }).from(notifications).where(like(notifications.dedupeKey, `crisis:${id}:%`))).map((r) => r.userId),
      );
      const next = (await rota()).find((r) => !alerted.has(r.id));
      const admins = (await everyone("admin")).filter((a) => !alerted.has(a.id));
      const people = next ? [next] : admins;
      await tx.update(crisisAlerts).set({ step: alert.step + 1, lastAlertAt: at }).where(eq(crisisAlerts.safetyItemId, id));
      if (people.length === 0) return false;
      await alertPeople(id, people, alert.step + 1);
      return true;
    });
    if (done) escalated++;
  }
  return { escalated };
}

export interface RotaEntry {
  userId: string;
  name: string;
  position: number;
  onDuty: boolean;
}

/** The rota, and the moderators who could be put on it. Admins only. */
export async function getRota() {
  await requireAdmin();
  const entries = await db()
    .select({ userId: onCallRota.userId, name: users.name, position: onCallRota.position, onDuty: onCallRota.onDuty })
    .from(onCallRota)
    .innerJoin(users, eq(users.id, onCallRota.userId))
    .orderBy(asc(onCallRota.position));
  const staff = await db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.status, "active"), or(arrayContains(users.roles, ["moderator"]), arrayContains(users.roles, ["admin"]))))
    .orderBy(asc(users.name));
  const onRota = new Set(entries.map((e) => e.userId));
  return { entries: entries satisfies RotaEntry[], available: staff.filter((s) => !onRota.has(s.id)) };
}

const rotaSchema = z.object({
  /** Moderators in order, each with whether they are on duty now. */
  entries: z.array(z.object({ userId: z.uuid(), onDuty: z.boolean() })).max(100),
});

/** Replaces the rota (order and duty) with an audit row. Admins only; only active staff may be on it. */
export async function saveRota(input: unknown) {
  const admin = await requireAdmin();
  const { entries } = rotaSchema.parse(input);
  const ids = [...new Set(entries.map((e) => e.userId))];
  return transaction(async (tx) => {
    const staff = ids.length
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(sql`${users.id} in ${ids}`, eq(users.status, "active"), or(arrayContains(users.roles, ["moderator"]), arrayContains(users.roles, ["admin"]))))
      : [];
    const allowed = new Set(staff.map((s) => s.id));
    await tx.delete(onCallRota).where(sql`true`);
    let position = 0;
    const seen = new Set<string>();
    for (const e of entries) {
      if (!allowed.has(e.userId) || seen.has(e.userId)) continue;
      seen.add(e.userId);
      await tx.insert(onCallRota).values({ userId: e.userId, position: position++, onDuty: e.onDuty });
    }
    await recordAudit({ actorId: admin.id, action: "on_call.update", details: { people: position, onDuty: entries.filter((e) => e.onDuty && seen.has(e.userId)).length } });
    return { saved: position };
  });
}

/** Time from a crisis item to the first look, for program health (minutes). Staff only. */
export async function crisisFirstLookStats(since: Date): Promise<FirstLookStats> {
  await requireStaff();
  // Program health's figures, reused by one instance like the rest of that page (lib/dal/staff/program-health.ts).
  if (process.env.NODE_ENV !== "production") return readFirstLookStats(since);
  return sharedFirstLook.get(since.toISOString(), () => readFirstLookStats(since));
}

export interface FirstLookStats {
  items: number;
  unopened: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  longestMinutes: number | null;
}

const sharedFirstLook = sharedValue<FirstLookStats>("crisis-first-look", { freshMs: HEALTH_CACHE_MS, staleMs: 10 * 60_000 });

async function readFirstLookStats(since: Date): Promise<FirstLookStats> {
  const rows = await db()
    .select({ raisedAt: crisisAlerts.raisedAt, firstLookAt: crisisAlerts.firstLookAt })
    .from(crisisAlerts)
    .where(sql`${crisisAlerts.raisedAt} >= ${since.toISOString()}::timestamptz`);
  const waits = rows
    .filter((r) => r.firstLookAt)
    .map((r) => (r.firstLookAt!.getTime() - r.raisedAt.getTime()) / 60_000)
    .sort((a, b) => a - b);
  const pick = (q: number) => (waits.length ? waits[Math.min(waits.length - 1, Math.floor(q * waits.length))]! : null);
  return { items: rows.length, unopened: rows.length - waits.length, medianMinutes: pick(0.5), p90Minutes: pick(0.9), longestMinutes: waits.length ? waits[waits.length - 1]! : null };
}
