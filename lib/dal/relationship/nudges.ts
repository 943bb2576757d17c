import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, rowsOf, transaction } from "@/db/client";
import { friendProfiles, mentorProfiles, needsProfiles, relationships, rhythms, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { formatSlot, missedInARow } from "@/lib/rhythm";
import { HOUR_MS } from "@/lib/rhythm/local";
import { syncCheckInsMany, type CheckInRow } from "./check-ins";
import { notifyMany, type NewNotification } from "@/lib/dal/notifications/bell";
import { blockedPair } from "./access";

/**
 * The check-in sweep: run by a scheduler (and by tests), on any number of
 * instances. It syncs every active relationship's check-ins and sends three
 * kinds of gentle nudge: a reminder a day before a check-in opens, a note
 * when one slipped by, and, after two in a row, a note to the mentor (in a
 * friendship, to both). Never a streak, never blame.
 *
 * Only one instance works at a time: the sync runs in a transaction that
 * first takes a transaction-level advisory lock, and an instance that cannot
 * get it stops. The nudges are sent after that transaction commits (on PGlite
 * an email written while a transaction is open would wait for it); each
 * carries a dedupe key, so a second run — or a run that overlaps the sending —
 * inserts nothing and mails nothing.
 */

/** Any fixed number nobody else locks on (the migration lock is another). */
export const SWEEP_LOCK = 7_260_416_001;
const DUE_AHEAD_MS = 24 * HOUR_MS;
/** A sweep that first runs after a long pause does not write about slots from weeks ago. */
const MISSED_LOOKBACK_MS = 7 * 24 * HOUR_MS;

export interface SweepResult {
  /** False when another instance held the lock. */
  ran: boolean;
  relationships: number;
  /** Notifications this run created. */
  notified: number;
}

/** Relationships per batch: each batch is one short transaction. */
export const SWEEP_BATCH_SIZE = 200;

const sweepable = () =>
  and(
    eq(relationships.status, "active"),
    sql`not ${blockedPair}`,
    sql`exists (select 1 from ${rhythms} where ${rhythms.relationshipId} = ${relationships.id} and ${rhythms.status} = 'agreed')`,
  );

/** The ids of the relationships the sweep covers, cut into batches (in id order). */
export async function planSweepBatches(batchSize = SWEEP_BATCH_SIZE): Promise<string[][]> {
  const rows = await db().select({ id: relationships.id }).from(relationships).where(sweepable()).orderBy(relationships.id);
  const batches: string[][] = [];
  for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize).map((r) => r.id));
  return batches;
}

/**
 * One batch of the sweep, in one short transaction: check-ins synced and
 * nudges written (bell and outbox) for each relationship in it. Idempotent:
 * slots are upserted and every nudge has a dedupe key. Relationship rows are
 * taken FOR UPDATE SKIP LOCKED, so when several instances (pg-boss workers)
 * run batches at once each relationship is worked by one of them; and every
 * batch takes the sweep's advisory lock in shared mode, so whoever holds it
 * exclusively (maintenance, a test) pauses the sweep.
 */
export async function runSweepBatch(ids: readonly string[], at: Date): Promise<SweepResult> {
  if (ids.length === 0) return { ran: true, relationships: 0, notified: 0 };
  const result = await transaction(async (tx) => {
    if (!(await tryLock())) return null;
    const batch = await tx
      .select({ id: relationships.id, kind: relationships.kind, seekerId: relationships.seekerId, partnerId: relationships.partnerId })
      .from(relationships)
      .where(and(inArray(relationships.id, [...ids]), sweepable()))
      .for("update", { of: relationships, skipLocked: true });
    if (batch.length === 0) return { ran: true, relationships: 0, notified: 0 };
    const slots = await syncCheckInsMany(
      batch.map((rel) => ({ id: rel.id, members: [rel.seekerId, rel.partnerId] as const })),
      at,
    );
    const people = await peopleOf(batch.flatMap((rel) => [rel.seekerId, rel.partnerId]));
    const nudges = batch.flatMap((rel) =>
      planNudges({
        relationshipId: rel.id,
        mentorId: rel.kind === "mentorship" ? rel.partnerId : null,
        people: [people.get(rel.seekerId)!, people.get(rel.partnerId)!],
        rows: slots.get(rel.id) ?? [],
        at,
      }),
    );
    const notified = await notifyMany(nudges);
    return { ran: true, relationships: batch.length, notified };
  });
  return result ?? { ran: false, relationships: 0, notified: 0 };
}

/** The whole sweep in this process, batch after batch (tests, and the job when it runs inline). */
export async function runCheckInSweep({ now: at = now(), batchSize = SWEEP_BATCH_SIZE }: { now?: Date; batchSize?: number } = {}): Promise<SweepResult> {
  const total: SweepResult = { ran: false, relationships: 0, notified: 0 };
  for (const ids of await planSweepBatches(batchSize)) {
    const r = await runSweepBatch(ids, at);
    if (!r.ran) return total.relationships ? total : { ran: false, relationships: 0, notified: 0 };
    total.ran = true;
    total.relationships += r.relationships;
    total.notified += r.notified;
  }
  total.ran = true;
  return total;
}

async function tryLock(): Promise<boolean> {
  const rows = await rowsOf<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock_shared(${sql.raw(String(SWEEP_LOCK))}) as locked`);
  return rows[0]?.locked === true;
}

export interface NudgePerson {
  id: string;
  name: string;
  timezone: string;
}

/** Names and time zones of everyone in a batch, in one query (the zone as timezoneOf finds it). */
async function peopleOf(ids: readonly string[]): Promise<Map<string, NudgePerson>> {
  const unique = [...new Set(ids)];
  const rows = await rowsOf<{ id: string; name: string; tz: string | null }>(sql`
    select ${users.id} as id, ${users.name} as name, coalesce(
      (select ${needsProfiles.timezone} from ${needsProfiles} where ${needsProfiles.userId} = ${users.id}),
      (select ${mentorProfiles.timezone} from ${mentorProfiles} where ${mentorProfiles.userId} = ${users.id}),
      (select ${friendProfiles.timezone} from ${friendProfiles} where ${friendProfiles.userId} = ${users.id})
    ) as tz
    from ${users} where ${inArray(users.id, unique)}`);
  const found = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, timezone: r.tz || "UTC" }]));
  return new Map(unique.map((id) => [id, found.get(id) ?? { id, name: "your partner", timezone: "UTC" }]));
}

/**
 * Which nudges the state of one relationship calls for, each with a key
 * unique to the person and the slot. Pure, given the synced rows.
 */
export function planNudges({
  relationshipId,
  mentorId,
  people,
  rows,
  at,
}: {
  relationshipId: string;
  /** The mentorship's mentor; null for a friendship. */
  mentorId: string | null;
  people: readonly [NudgePerson, NudgePerson];
  /** Oldest first, as syncCheckIns returns them. */
  rows: readonly CheckInRow[];
  at: Date;
}): NewNotification[] {
  const out: NewNotification[] = [];
  const href = `/relationships/${relationshipId}`;
  const other = (p: NudgePerson) => (p.id === people[0].id ? people[1] : people[0]);
  const label = (row: CheckInRow, p: NudgePerson) => formatSlot({ startsAt: row.startsAt, endsAt: row.endsAt, closesAt: row.closesAt, localDate: "" }, p.timezone);
  const next = rows.find((r) => r.startsAt > at);

  const soon = rows.find((r) => r.live === "upcoming" && r.startsAt.getTime() - at.getTime() <= DUE_AHEAD_MS);
  if (soon) {
    for (const p of people) {
      out.push({
        userId: p.id,
        relationshipId,
        kind: "check-in-due",
        dedupeKey: `due:${soon.id}`,
        title: `Your check-in with ${other(p).name} opens soon`,
        body: `It opens ${label(soon, p)}, your time. A few lines in your check-in, or a message in your thread, is all it takes. If you can't make it, you can say so ahead on your relationship page.`,
        href,
        email: true,
      });
    }
  }

  rows.forEach((row, i) => {
    if (row.live !== "missed" || at.getTime() - row.closesAt.getTime() > MISSED_LOOKBACK_MS) return;
    const inARow = missedInARow(rows.slice(0, i + 1).map((r) => r.live));
    // After two in a row the fuller note replaces the short one for whoever gets it.
    const toldTwice = inARow === 2 ? (mentorId ? people.filter((p) => p.id === mentorId) : [...people]) : [];
    for (const p of toldTwice) {
      const them = other(p).name;
      out.push({
        userId: p.id,
        relationshipId,
        kind: "check-ins-missed-twice",
        dedupeKey: `two-missed:${row.id}`,
        title: `Two check-ins with ${them} have slipped by`,
        body: `The last two check-ins passed without you both checking in. Life gets full, and there's no blame in it. A short, warm message can help ${them} feel remembered, and if the rhythm no longer fits, you can suggest another on your relationship page.`,
        href,
        email: true,
      });
    }
    for (const p of people) {
      if (toldTwice.includes(p)) continue;
      out.push({
        userId: p.id,
        relationshipId,
        kind: "check-in-missed",
        dedupeKey: `missed:${row.id}`,
        title: `Your last check-in with ${other(p).name} slipped by`,
        body: `That happens, and it counts against nobody.${next ? ` The next one opens ${label(next, p)}, your time.` : ""} If something has changed, a short message in your thread is a good place to start.`,
        href,
        email: true,
      });
    }
  });
  return out;
}
