import "server-only";
import { and, asc, eq, gt, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { db, prepared, transaction } from "@/db/client";
import { absences, checkInEntries, checkIns, messages, relationships, rhythms, type CheckInStatus } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, sealJson, unsealJson } from "@/lib/privacy/encryption";
import type { Day, DayPart } from "@/lib/profiles/options";
import { consistencyRecord, formatSlot, nextSlot, slotsBetween, slotStatus, type ConsistencyRecord, type RhythmVersion, type SlotStatus } from "@/lib/rhythm";
import { checkInEntrySchema, type CheckInAnswers } from "@/lib/validation/check-ins";
import { actOnRisk, assessForStorage } from "@/lib/dal/safety/risk-record";
import { accessActiveRelationship, accessRelationship, timezoneOf } from "./access";
import { lockRelationship } from "./lock";
import { log } from "@/lib/log";
import { perRequest } from "@/lib/dal/system/request-scope";
import { slotId } from "@/lib/rhythm/slot-id";
import { absencesOf, rhythmRowsOf } from "./reads";
import { dateFormat } from "@/lib/time/format";

/**
 * Check-in slots, written down and settled. The rhythm engine (lib/rhythm)
 * says which slots exist and what happened in each; this module keeps
 * `check_ins` in step with it: every slot from the first agreed version up to
 * now plus the next one, each settled kept / missed / excused from the
 * entries, the thread's message times and the planned absences. It is called
 * when the relationship page renders and by the nudge sweep, and is safe to
 * run any number of times at once (unique slot per start, conditional
 * updates).
 */

/** The agreed versions, oldest first (for the rhythm engine). The caller has authorized. Once per request (a page's sections all need them). */
export const agreedVersions = perRequest("agreed-rhythms", readAgreedVersions);

async function readAgreedVersions(relationshipId: string): Promise<RhythmVersion[]> {
  const rows = (await rhythmRowsOf(relationshipId)).filter((r) => r.status === "agreed" && r.effectiveFrom !== null);
  return rows.map((r) => ({ cadence: r.cadence, day: r.day as Day, part: r.part as DayPart, timezone: r.timezone, effectiveFrom: r.effectiveFrom! }));
}

/** A written-down slot with what the engine says about it now. */
export interface CheckInRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  closesAt: Date;
  /** As stored: scheduled until settled. */
  status: CheckInStatus;
  /** As the engine reads it at `at`: open and upcoming are the unsettled cases. */
  live: SlotStatus;
  /** For slots not yet closed: which of the two have shown up (entry or message). */
  shownUp: string[];
}

/** A slot's id (lib/rhythm/slot-id.ts): the seed writes past slots with the same ids. */
export { slotId };

/**
 * Writes the due slots and the next one, drops future slots that a rhythm
 * change left behind, and settles what can be settled. Returns every slot,
 * oldest first. The caller has authorized (or is the sweep). This writes:
 * only the sweep and write actions call it; pages read readCheckIns.
 */
export async function syncCheckIns(relationshipId: string, at: Date): Promise<CheckInRow[]> {
  const versions = await agreedVersions(relationshipId);
  if (versions.length > 0) await writeSlots(relationshipId, versions, at);
  return settleCheckIns(relationshipId, at);
}

/** The slots the rhythm calls for at `at`: every one due since the first agreed version, and the next one. */
function wantedSlots(versions: RhythmVersion[], at: Date) {
  if (versions.length === 0) return [];
  const due = slotsBetween(versions, versions[0]!.effectiveFrom, at);
  let upcoming = nextSlot(versions, at);
  // nextSlot gives the window under way if there is one; that one is already due.
  if (upcoming && upcoming.startsAt < at) upcoming = nextSlot(versions, upcoming.endsAt);
  return upcoming ? [...due, upcoming] : due;
}

async function writeSlots(relationshipId: string, versions: RhythmVersion[], at: Date) {
  const wanted = wantedSlots(versions, at);
  const wantedStarts = new Set(wanted.map((s) => s.startsAt.getTime()));
  const existing = await db().select({ id: checkIns.id, startsAt: checkIns.startsAt, status: checkIns.status }).from(checkIns).where(eq(checkIns.relationshipId, relationshipId));
  const stale = existing.filter((r) => r.status === "scheduled" && r.startsAt > at && !wantedStarts.has(r.startsAt.getTime())).map((r) => r.id);
  if (stale.length > 0) {
    // Only future, unsettled slots nobody wrote for: the past never moves.
    await db()
      .delete(checkIns)
      .where(
        and(
          inArray(checkIns.id, stale),
          eq(checkIns.status, "scheduled"),
          gt(checkIns.startsAt, at),
          sql`not exists (select 1 from ${checkInEntries} where ${checkInEntries.checkInId} = ${checkIns.id})`,
        ),
      );
  }
  const have = new Set(existing.map((r) => r.startsAt.getTime()));
  const missing = wanted.filter((s) => !have.has(s.startsAt.getTime()));
  for (let i = 0; i < missing.length; i += 200) {
    await db()
      .insert(checkIns)
      .values(
        missing
          .slice(i, i + 200)
          .map((s) => ({ id: slotId(relationshipId, s.startsAt), relationshipId, startsAt: s.startsAt, endsAt: s.endsAt, closesAt: s.closesAt, createdAt: at, updatedAt: at })),
      )
      // No target: a slot's id is derived from the relationship and the time (slotId), so two requests writing
      // the same slot at once collide on the primary key as well as on (relationship, starts_at); either means "already there".
      .onConflictDoNothing();
  }
}

type StoredSlot = { id: string; startsAt: Date; endsAt: Date; closesAt: Date; status: CheckInStatus };

/**
 * Settles the slots that are not final yet (still scheduled, or not closed:
 * an excused slot becomes kept if both show up after all, and goes back to
 * scheduled if the absence is cancelled). A slot that closed and settled
 * never changes again. `before` leaves out slots from then on (an ended
 * relationship's last, never-held slot).
 */
export async function settleCheckIns(relationshipId: string, at: Date, before?: Date): Promise<CheckInRow[]> {
  const rows = await storedSlots(relationshipId, before);
  return judge(relationshipId, null, rows, at, true);
}

/**
 * What settleCheckIns would say, without writing anything: the stored slots,
 * the slots the rhythm calls for that the sweep has not written yet (with
 * the ids they will be written with), minus future slots a rhythm change
 * left behind, each judged by the rhythm engine as of `at`. For pages.
 */
export async function readCheckIns(
  relationshipId: string,
  members: readonly [string, string],
  at: Date,
  options: { active: boolean; before?: Date },
): Promise<CheckInRow[]> {
  const [versions, stored] = await Promise.all([options.active ? agreedVersions(relationshipId) : Promise.resolve([]), storedSlots(relationshipId, options.before)]);
  let rows = stored;
  if (options.active && versions.length > 0) {
    const wanted = wantedSlots(versions, at);
    const wantedStarts = new Set(wanted.map((s) => s.startsAt.getTime()));
    const have = new Set(stored.map((r) => r.startsAt.getTime()));
    const missing = wanted
      .filter((s) => !have.has(s.startsAt.getTime()))
      .map((s): StoredSlot => ({ id: slotId(relationshipId, s.startsAt), startsAt: s.startsAt, endsAt: s.endsAt, closesAt: s.closesAt, status: "scheduled" }));
    // A future, unsettled slot the rhythm no longer calls for is about to be dropped (unless someone wrote for it).
    const leftBehind = stored.filter((r) => r.status === "scheduled" && r.startsAt > at && !wantedStarts.has(r.startsAt.getTime()));
    const written = leftBehind.length
      ? new Set((await db().select({ id: checkInEntries.checkInId }).from(checkInEntries).where(inArray(checkInEntries.checkInId, leftBehind.map((r) => r.id)))).map((r) => r.id))
      : new Set<string>();
    const dropped = new Set(leftBehind.filter((r) => !written.has(r.id)).map((r) => r.id));
    rows = [...stored.filter((r) => !dropped.has(r.id)), ...missing].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
  return judge(relationshipId, members, rows, at, false);
}

async function membersOf(relationshipId: string): Promise<readonly [string, string] | null> {
  const [row] = await db().select({ seekerId: relationships.seekerId, partnerId: relationships.partnerId }).from(relationships).where(eq(relationships.id, relationshipId));
  return row ? [row.seekerId, row.partnerId] : null;
}

async function storedSlots(relationshipId: string, before?: Date): Promise<StoredSlot[]> {
  if (!before) return allStoredSlots({ relationshipId });
  return db()
    .select(slotColumns)
    .from(checkIns)
    .where(and(eq(checkIns.relationshipId, relationshipId), lt(checkIns.startsAt, before)))
    .orderBy(asc(checkIns.startsAt));
}

const slotColumns = { id: checkIns.id, startsAt: checkIns.startsAt, endsAt: checkIns.endsAt, closesAt: checkIns.closesAt, status: checkIns.status };

/** Every slot of a relationship, built once per connection (db/client.ts#prepared): the relationship page reads it on every view. */
const allStoredSlots = prepared("relationship_stored_slots", (executor) =>
  executor
    .select(slotColumns)
    .from(checkIns)
    .where(eq(checkIns.relationshipId, sql.placeholder("relationshipId")))
    .orderBy(asc(checkIns.startsAt)),
);

/** What the engine reads to judge a relationship's open slots. */
interface JudgeFacts {
  entries: readonly { checkInId: string; authorId: string }[];
  sent: readonly { authorId: string; createdAt: Date }[];
  away: readonly { userId: string; startsAt: Date; returnsAt: Date; announcedAt: Date }[];
}

/** Slots that can still change: unsettled, or not closed yet. */
const openSlots = (rows: readonly StoredSlot[], at: Date) => rows.filter((r) => r.status === "scheduled" || r.closesAt > at);

/**
 * The engine's verdict on each open slot from the facts, and the stored
 * status changes it calls for (applied by the caller, conditionally on the
 * status read). Pure: the one-relationship and the batched paths share it.
 */
function judgeWith(members: readonly [string, string], rows: readonly StoredSlot[], at: Date, facts: JudgeFacts) {
  const messageTimes = new Map<string, Date[]>();
  for (const m of facts.sent) messageTimes.set(m.authorId, [...(messageTimes.get(m.authorId) ?? []), m.createdAt]);
  const live = new Map<string, { live: SlotStatus; shownUp: string[] }>();
  const changes: { id: string; from: CheckInStatus; to: CheckInStatus }[] = [];
  for (const row of openSlots(rows, at)) {
    const slot = { startsAt: row.startsAt, endsAt: row.endsAt, closesAt: row.closesAt, localDate: "" };
    const entryAuthors = new Set(facts.entries.filter((e) => e.checkInId === row.id).map((e) => e.authorId));
    const status = slotStatus({ slot, now: at, members, entryAuthors, messageTimes, absences: facts.away });
    // The engine's own rule for one person: a "pair" of them keeps the slot exactly when they showed up.
    const shownUp = members.filter((m) => slotStatus({ slot, now: at, members: [m, m], entryAuthors, messageTimes, absences: [] }) === "kept");
    live.set(row.id, { live: status, shownUp });
    const stored: CheckInStatus = status === "open" || status === "upcoming" ? "scheduled" : status;
    if (stored !== row.status) changes.push({ id: row.id, from: row.status, to: stored });
  }
  const changed = new Map(changes.map((c) => [c.id, c.to]));
  const judged: CheckInRow[] = rows.map((r) => ({ ...r, status: changed.get(r.id) ?? r.status, ...(live.get(r.id) ?? { live: r.status as SlotStatus, shownUp: [] }) }));
  return { rows: judged, changes };
}

/** Stores the verdicts, each conditional on the status that was read: a concurrent settle that saw newer facts wins. */
async function applyChanges(changes: readonly { id: string; from: CheckInStatus; to: CheckInStatus }[], at: Date) {
  const groups = new Map<string, { from: CheckInStatus; to: CheckInStatus; ids: string[] }>();
  for (const c of changes) {
    const key = `${c.from}>${c.to}`;
    const group = groups.get(key) ?? { from: c.from, to: c.to, ids: [] };
    group.ids.push(c.id);
    groups.set(key, group);
  }
  for (const { from, to, ids } of groups.values()) {
    await db()
      .update(checkIns)
      .set({ status: to, settledAt: to === "scheduled" ? null : at, updatedAt: at })
      .where(and(inArray(checkIns.id, ids), eq(checkIns.status, from)));
  }
}

/** Each slot that is not final, judged by the rhythm engine from the entries, the thread's message times and the absences; with `persist`, stored. */
async function judge(relationshipId: string, pair: readonly [string, string] | null, rows: StoredSlot[], at: Date, persist: boolean): Promise<CheckInRow[]> {
  const open = openSlots(rows, at);
  if (open.length === 0) return rows.map((r) => ({ ...r, live: r.status as SlotStatus, shownUp: [] }));
  const members = pair ?? (await membersOf(relationshipId));
  if (!members) return [];

  const from = open[0]!.startsAt;
  const until = new Date(Math.max(...open.map((r) => r.closesAt.getTime())));
  const [{ entries, sent }, away] = await Promise.all([entriesAndMessageTimes(relationshipId, open.map((r) => r.id), from, until), absencesOf(relationshipId)]);
  const verdict = judgeWith(members, rows, at, { entries, sent, away });
  if (persist) await applyChanges(verdict.changes, at);
  return persist ? verdict.rows : verdict.rows.map((r, i) => ({ ...r, status: rows[i]!.status }));
}

/**
 * Who wrote an entry for each open slot, and when each person wrote in the
 * thread over the open slots' span: one statement (a union of the two reads,
 * a round trip each before), on every relationship page and every settle.
 */
async function entriesAndMessageTimes(relationshipId: string, openIds: string[], from: Date, until: Date): Promise<Pick<JudgeFacts, "entries" | "sent">> {
  const rows = await db()
    // The entries' rows carry no time (null, as is the messages' rows' slot): the two kinds are told apart by which is set.
    .select({ checkInId: sql<string | null>`${checkInEntries.checkInId}`, authorId: checkInEntries.authorId, createdAt: sql`null::timestamptz`.mapWith(messages.createdAt) })
    .from(checkInEntries)
    .where(inArray(checkInEntries.checkInId, openIds))
    .unionAll(
      db()
        .select({ checkInId: sql<string | null>`null::uuid`, authorId: messages.authorId, createdAt: messages.createdAt })
        .from(messages)
        .where(and(eq(messages.relationshipId, relationshipId), gte(messages.createdAt, from), lt(messages.createdAt, until))),
    );
  const entries: JudgeFacts["entries"][number][] = [];
  const sent: JudgeFacts["sent"][number][] = [];
  for (const row of rows) {
    if (row.checkInId !== null) entries.push({ checkInId: row.checkInId, authorId: row.authorId });
    else if (row.createdAt) sent.push({ authorId: row.authorId, createdAt: row.createdAt });
  }
  return { entries, sent };
}

/**
 * syncCheckIns for a batch of relationships (the sweep) in a fixed number
 * of statements whatever the batch size: versions, slots, entries, message
 * times and absences are each read once for the whole batch, missing slots
 * written in one insert, verdicts stored in one update per kind of change.
 * Same rules, same results as calling syncCheckIns on each.
 */
export async function syncCheckInsMany(rels: readonly { id: string; members: readonly [string, string] }[], at: Date): Promise<Map<string, CheckInRow[]>> {
  const out = new Map<string, CheckInRow[]>();
  if (rels.length === 0) return out;
  const ids = rels.map((r) => r.id);
  const [versionRows, existing] = await Promise.all([
    db()
      .select({ relationshipId: rhythms.relationshipId, cadence: rhythms.cadence, day: rhythms.day, part: rhythms.part, timezone: rhythms.timezone, effectiveFrom: rhythms.effectiveFrom })
      .from(rhythms)
      .where(and(inArray(rhythms.relationshipId, ids), eq(rhythms.status, "agreed")))
      .orderBy(asc(rhythms.effectiveFrom), asc(rhythms.createdAt)),
    db().select({ id: checkIns.id, relationshipId: checkIns.relationshipId, startsAt: checkIns.startsAt, status: checkIns.status }).from(checkIns).where(inArray(checkIns.relationshipId, ids)),
  ]);
  const versionsOf = groupBy(versionRows, (r) => r.relationshipId);
  const existingOf = groupBy(existing, (r) => r.relationshipId);
  const stale: string[] = [];
  const missing: (typeof checkIns.$inferInsert)[] = [];
  for (const id of ids) {
    const versions: RhythmVersion[] = (versionsOf.get(id) ?? []).map((r) => ({
      cadence: r.cadence,
      day: r.day as Day,
      part: r.part as DayPart,
      timezone: r.timezone,
      effectiveFrom: r.effectiveFrom!,
    }));
    if (versions.length === 0) continue;
    const wanted = wantedSlots(versions, at);
    const wantedStarts = new Set(wanted.map((w) => w.startsAt.getTime()));
    const mine = existingOf.get(id) ?? [];
    stale.push(...mine.filter((r) => r.status === "scheduled" && r.startsAt > at && !wantedStarts.has(r.startsAt.getTime())).map((r) => r.id));
    const have = new Set(mine.map((r) => r.startsAt.getTime()));
    for (const w of wanted.filter((w) => !have.has(w.startsAt.getTime()))) {
      missing.push({ id: slotId(id, w.startsAt), relationshipId: id, startsAt: w.startsAt, endsAt: w.endsAt, closesAt: w.closesAt, createdAt: at, updatedAt: at });
    }
  }
  if (stale.length > 0) {
    // Only future, unsettled slots nobody wrote for: the past never moves.
    await db()
      .delete(checkIns)
      .where(
        and(
          inArray(checkIns.id, stale),
          eq(checkIns.status, "scheduled"),
          gt(checkIns.startsAt, at),
          sql`not exists (select 1 from ${checkInEntries} where ${checkInEntries.checkInId} = ${checkIns.id})`,
        ),
      );
  }
  for (let i = 0; i < missing.length; i += 500) {
    // No target, as in writeSlots: the derived id and (relationship, starts_at) are the same slot.
    await db().insert(checkIns).values(missing.slice(i, i + 500)).onConflictDoNothing();
  }

  const stored = await db()
    .select({ id: checkIns.id, relationshipId: checkIns.relationshipId, startsAt: checkIns.startsAt, endsAt: checkIns.endsAt, closesAt: checkIns.closesAt, status: checkIns.status })
    .from(checkIns)
    .where(inArray(checkIns.relationshipId, ids))
    .orderBy(asc(checkIns.startsAt));
  const slotsOf = new Map<string, StoredSlot[]>(ids.map((id) => [id, []]));
  for (const { relationshipId, ...slot } of stored) slotsOf.get(relationshipId)!.push(slot);

  const withOpen = rels.filter((r) => openSlots(slotsOf.get(r.id)!, at).length > 0);
  const openIds = withOpen.flatMap((r) => openSlots(slotsOf.get(r.id)!, at).map((s) => s.id));
  const windows = new Map(
    withOpen.map((r) => {
      const open = openSlots(slotsOf.get(r.id)!, at);
      return [r.id, { from: open[0]!.startsAt, until: new Date(Math.max(...open.map((s) => s.closesAt.getTime()))) }];
    }),
  );
  const openRelIds = withOpen.map((r) => r.id);
  const earliest = new Date(Math.min(...[...windows.values()].map((w) => w.from.getTime())));
  const latest = new Date(Math.max(...[...windows.values()].map((w) => w.until.getTime())));
  const [entries, sent, away] = openRelIds.length
    ? await Promise.all([
        db().select({ checkInId: checkInEntries.checkInId, authorId: checkInEntries.authorId }).from(checkInEntries).where(inArray(checkInEntries.checkInId, openIds)),
        db()
          .select({ relationshipId: messages.relationshipId, authorId: messages.authorId, createdAt: messages.createdAt })
          .from(messages)
          .where(and(inArray(messages.relationshipId, openRelIds), gte(messages.createdAt, earliest), lt(messages.createdAt, latest))),
        db()
          .select({ relationshipId: absences.relationshipId, userId: absences.userId, startsAt: absences.startsAt, returnsAt: absences.returnsAt, announcedAt: absences.announcedAt })
          .from(absences)
          .where(and(inArray(absences.relationshipId, openRelIds), isNull(absences.cancelledAt))),
      ])
    : [[], [], []];

  const entriesOf = groupBy(entries, (e) => e.checkInId);
  const sentOf = groupBy(sent, (m) => m.relationshipId);
  const awayOf = groupBy(away, (a) => a.relationshipId);
  const changes: { id: string; from: CheckInStatus; to: CheckInStatus }[] = [];
  for (const rel of rels) {
    const rows = slotsOf.get(rel.id)!;
    const window = windows.get(rel.id);
    if (!window) {
      out.set(rel.id, rows.map((r) => ({ ...r, live: r.status as SlotStatus, shownUp: [] })));
      continue;
    }
    const verdict = judgeWith(rel.members, rows, at, {
      entries: rows.flatMap((r) => entriesOf.get(r.id) ?? []),
      sent: (sentOf.get(rel.id) ?? []).filter((m) => m.createdAt >= window.from && m.createdAt < window.until),
      away: awayOf.get(rel.id) ?? [],
    });
    changes.push(...verdict.changes);
    out.set(rel.id, verdict.rows);
  }
  await applyChanges(changes, at);
  return out;
}

export interface CheckInSlotView {
  id: string;
  startsAt: Date;
  closesAt: Date;
  status: SlotStatus;
  /** "Tuesday 3 December, 17:00–22:00" in the viewer's zone. */
  label: string;
}

/** The check-in under way, as the header and the closed fold show it: no entries read. */
export interface CurrentCheckInSummary {
  slot: CheckInSlotView;
  /** The window itself is under way (not just its day of grace). */
  inWindow: boolean;
  viewerShowedUp: boolean;
  otherShowedUp: boolean;
  /** "Wednesday 4 December, 22:00" in the viewer's zone: the last moment an entry counts. */
  closesLabel: string;
}

export interface CurrentCheckIn extends CurrentCheckInSummary {
  mine: CheckInAnswers | null;
  theirs: CheckInAnswers | null;
  /** The other person's entry id, so it can be reported. */
  theirsId: string | null;
}

/** What the header and the closed check-ins fold show: the record, the check-in under way, the next one. */
export interface CheckInsSummary {
  viewerTimezone: string;
  hasRhythm: boolean;
  active: boolean;
  record: ConsistencyRecord;
  current: CurrentCheckInSummary | null;
  next: CheckInSlotView | null;
}

/** The open fold's content: the summary with the chart's slots and the entries of the check-in under way. */
export interface CheckInsView extends CheckInsSummary {
  /** Settled slots and the one under way, oldest first: what the record and chart show. */
  history: CheckInSlotView[];
  current: CurrentCheckIn | null;
}

/**
 * The slots as of now, judged, and which of them is under way and next:
 * read once per request for the summary and the full view alike, so they
 * agree. Derived, never written: from the rhythm and the stored slots as of
 * now (readCheckIns); the sweep and the write actions persist. An ended
 * relationship only shows its slots before the ending.
 */
const slotsNow = perRequest("check-in-slots", async (relationshipId: string) => {
  const access = await accessRelationship(relationshipId);
  const at = now();
  const active = access.status === "active";
  const [viewerTimezone, rows, versions] = await Promise.all([
    timezoneOf(access.viewer.id),
    readCheckIns(access.id, [access.seekerId, access.partnerId], at, { active, before: active ? undefined : (access.endedAt ?? at) }),
    agreedVersions(access.id),
  ]);
  const view = (r: CheckInRow): CheckInSlotView => ({
    id: r.id,
    startsAt: r.startsAt,
    closesAt: r.closesAt,
    status: r.live,
    label: formatSlot({ startsAt: r.startsAt, endsAt: r.endsAt, closesAt: r.closesAt, localDate: "" }, viewerTimezone),
  });
  const history = rows.filter((r) => r.live !== "upcoming" && !(r.live === "excused" && r.startsAt > at));
  // The slot people can write for: the latest one under way or in its day of grace.
  const currentRow = active ? rows.filter((r) => r.startsAt <= at && at < r.closesAt).at(-1) : undefined;
  const nextRow = active ? rows.find((r) => r.startsAt > at) : undefined;
  const summary: CheckInsSummary = {
    viewerTimezone,
    hasRhythm: versions.length > 0,
    active,
    // Only what has happened: time away planned for next month is not "excused" yet.
    record: consistencyRecord(history.map((r) => r.live)),
    current: currentRow
      ? {
          slot: view(currentRow),
          inWindow: at < currentRow.endsAt,
          viewerShowedUp: currentRow.shownUp.includes(access.viewer.id),
          otherShowedUp: currentRow.shownUp.includes(access.otherId),
          closesLabel: dateFormat({ timeZone: viewerTimezone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
            currentRow.closesAt,
          ),
        }
      : null,
    next: nextRow ? view(nextRow) : null,
  };
  // The chart's labels are made only for the full view: a long relationship has a slot a week.
  return { access, summary, history, view };
});

/** The record, the check-in under way and the next one, for the header and the closed fold; the same for both people. Once per request. */
export async function checkInsSummary(relationshipId: string): Promise<CheckInsSummary> {
  return (await slotsNow(relationshipId)).summary;
}

/** What the two people see of their check-ins once the fold is open: the summary, every slot for the chart, and both entries of the one under way. */
export const getCheckInsView = perRequest("check-ins-view", async (relationshipId: string): Promise<CheckInsView> => {
  const { access, summary, history, view } = await slotsNow(relationshipId);
  return {
    ...summary,
    history: history.map(view),
    current: summary.current ? { ...summary.current, ...(await entriesOf(access.id, access.viewer.id, access.otherId, summary.current.slot.id)) } : null,
  };
});

/** Both people's entries for the check-in under way, opened for the viewer. */
async function entriesOf(relationshipId: string, viewerId: string, otherId: string, checkInId: string) {
  const entries = await currentEntries({ checkInId, relationshipId });
  const read = (authorId: string) => {
    const entry = entries.find((e) => e.authorId === authorId);
    return entry ? openEntry(relationshipId, entry) : null;
  };
  return { mine: read(viewerId), theirs: read(otherId), theirsId: entries.find((e) => e.authorId === otherId)?.id ?? null };
}

/** Built once per connection (db/client.ts#prepared): a fold with a check-in waiting for the viewer is open on every view. */
const currentEntries = prepared("check_in_current_entries", (executor) =>
  executor
    .select({ id: checkInEntries.id, authorId: checkInEntries.authorId, content: checkInEntries.content, keyId: checkInEntries.keyId, removedAt: checkInEntries.removedAt })
    .from(checkInEntries)
    .where(and(eq(checkInEntries.checkInId, sql.placeholder("checkInId")), eq(checkInEntries.relationshipId, sql.placeholder("relationshipId")))),
);

function openEntry(relationshipId: string, entry: { content: string; keyId: string; removedAt: Date | null }): CheckInAnswers {
  // Removed by a moderator: kept encrypted for the audit, never opened here again.
  if (entry.removedAt) return { arriving: null, onMind: "This entry was removed by a moderator.", wouldHelp: null };
  try {
    return unsealJson<CheckInAnswers>({ ciphertext: entry.content, keyId: entry.keyId }, contexts.checkInEntry(relationshipId));
  } catch (error) {
    // Never the content: only that a row could not be opened (a missing key during rotation).
    log.error("check_ins.entry_unreadable", error);
    return { arriving: null, onMind: "This entry can't be shown right now.", wouldHelp: null };
  }
}

/**
 * Writes or rewrites the viewer's entry for a check-in that is open (its
 * window or its day of grace). One entry per person per slot: a second save
 * replaces the first. Encrypted before it leaves this function.
 */
export async function saveCheckInEntry(input: unknown): Promise<{ kept: boolean }> {
  const data = checkInEntrySchema.parse(input);
  const access = await accessActiveRelationship(data.relationshipId);
  const at = now();
  const sealed = sealJson({ arriving: data.arriving, onMind: data.onMind, wouldHelp: data.wouldHelp } satisfies CheckInAnswers, contexts.checkInEntry(access.id));
  // The page shows slots before the sweep writes them (with the ids they are written with): write them now.
  await syncCheckIns(access.id, at);
  // Assessed once, when written, over the three answers together; stored beside the entry.
  const { assessment, stored } = assessForStorage([data.arriving, data.onMind, data.wouldHelp].filter(Boolean).join("\n"));
  await transaction(async (tx) => {
    await lockRelationship(access);
    const [slot] = await tx
      .select({ startsAt: checkIns.startsAt, closesAt: checkIns.closesAt })
      .from(checkIns)
      .where(and(eq(checkIns.id, data.checkInId), eq(checkIns.relationshipId, access.id)));
    if (!slot) throw new NotFoundError("We couldn't find that check-in.");
    if (at < slot.startsAt) throw new ConflictError("This check-in hasn't opened yet. You can write your entry once it opens.");
    if (at >= slot.closesAt) throw new ConflictError("This check-in has closed, so it can't take an entry any more. The next one is on your relationship page.");
    const [entry] = await tx
      .insert(checkInEntries)
      .values({ checkInId: data.checkInId, relationshipId: access.id, authorId: access.viewer.id, content: sealed.ciphertext, keyId: sealed.keyId, ...stored, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: [checkInEntries.checkInId, checkInEntries.authorId], set: { content: sealed.ciphertext, keyId: sealed.keyId, ...stored, updatedAt: at } })
      .returning({ id: checkInEntries.id });
    // Crisis or concern language in an entry reaches moderators too, in the same transaction; the entry is saved as written.
    if (entry) await actOnRisk({ assessment, subjectId: access.viewer.id, targetKind: "check_in_entry", targetId: entry.id, relationshipId: access.id });
  });
  // Settled after the commit, so a concurrent render's settle never waits on this row lock.
  const rows = await settleCheckIns(access.id, at);
  return { kept: rows.find((r) => r.id === data.checkInId)?.live === "kept" };
}

/** Rows by a key, in their order (one pass, so a batch's lookups are not a scan each). */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
