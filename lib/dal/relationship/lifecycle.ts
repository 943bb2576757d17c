import "server-only";
import { forgetRequestReads } from "@/lib/dal/system/request-scope";
import { and, desc, eq, inArray, isNotNull, lte, or, sql } from "drizzle-orm";
import { db, prepared, transaction } from "@/db/client";
import { relationships, rhythms, users } from "@/db/schema";
import { closeOpenRuptures } from "./ruptures";
import { now } from "@/lib/clock";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { nextSlot, type RhythmVersion } from "@/lib/rhythm";
import type { Cadence, Day, DayPart } from "@/lib/profiles/options";
import { closingWords, endReasonForOther, endReasonLabel, endRelationshipSchema, type EndReason, relationshipIdSchema } from "@/lib/validation/relationships";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { notify, type NewNotification } from "@/lib/dal/notifications/bell";
import { publishLive } from "@/lib/dal/notifications/live";
import { accessActiveRelationship, accessRelationship, blockedPair, type RelationshipAccess, timezoneOf } from "./access";
import { lockRelationship } from "./lock";
import { rhythmRowsOf } from "./reads";
import { requireViewer } from "@/lib/dal/account/viewer";

export interface RelationshipSummary {
  id: string;
  kind: "mentorship" | "friendship";
  /** The viewer's side: a seeker's mentor, a mentor's seeker, or a friend. */
  otherRole: "your mentor" | "someone you support" | "your friend";
  otherName: string;
  startedAt: Date;
  status: "active" | "ended";
  endedAt: Date | null;
}

/**
 * The viewer's relationships, active first. Only relationships the viewer is
 * part of, and never one with a block between the two (a block hides the
 * pair from each other everywhere, the archive included).
 */
export async function listMyRelationships(): Promise<RelationshipSummary[]> {
  const viewer = await requireViewer();
  // Endings planned for after a final check-in that has now closed take effect before the list is read.
  await finishDue({ at: now(), personId: viewer.id });
  const rows = await myRelationshipRows({ viewerId: viewer.id });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    otherRole: r.kind === "friendship" ? "your friend" : r.seekerId === viewer.id ? "your mentor" : "someone you support",
    otherName: r.otherName,
    startedAt: r.startedAt,
    status: r.status,
    endedAt: r.endedAt,
  }));
}

/** The viewer's relationships, active first, built once per connection (db/client.ts#prepared): the dashboard reads them on every view. */
const myRelationshipRows = prepared("my_relationships", (executor) => {
  const viewerId = sql.placeholder("viewerId");
  return executor
    .select({
      id: relationships.id,
      kind: relationships.kind,
      seekerId: relationships.seekerId,
      partnerId: relationships.partnerId,
      startedAt: relationships.startedAt,
      status: relationships.status,
      endedAt: relationships.endedAt,
      otherName: sql<string>`(select ${users.name} from ${users} where ${users.id} = case when ${relationships.seekerId} = ${viewerId} then ${relationships.partnerId} else ${relationships.seekerId} end)`,
    })
    .from(relationships)
    .where(and(or(eq(relationships.seekerId, viewerId), eq(relationships.partnerId, viewerId)), sql`not ${blockedPair}`))
    .orderBy(sql`${relationships.status} = 'active' desc`, desc(relationships.startedAt))
    .limit(50);
});

// ─── Ending ────────────────────────────────────────────────────────────────

export type EndOutcome =
  | { outcome: "ended" | "already-ended"; viewerSide: RelationshipAccess["viewerSide"] }
  | { outcome: "planned"; viewerSide: RelationshipAccess["viewerSide"]; endingAfter: Date };

/**
 * Ends a relationship without blame, or plans its ending for after one final
 * check-in. Either person may. Ending now is one transaction under a lock on
 * the relationship row, so a double submit (or both people at once) ends it
 * once: the second call finds it ended and changes nothing.
 */
export async function endRelationship(input: unknown): Promise<EndOutcome> {
  const data = endRelationshipSchema.parse(input);
  const reflection = closingWords(data);
  const notices: NewNotification[] = [];
  // Who may end it is settled before the transaction (reading the viewer inside it would wait on
  // PGlite's single connection); what state it is in is read again under the row lock.
  const access = await accessRelationship(data.relationshipId);
  const { viewer, viewerSide } = access;
  const result = await transaction(async (tx): Promise<EndOutcome> => {
    const current = await lockRelationship(access, { ifEnded: "return" });
    if (current.status !== "active") return { outcome: "already-ended", viewerSide };
    const at = now();

    if (data.finalCheckIn) {
      if (current.endingAfter && current.endedById !== viewer.id) {
        throw new ConflictError(`${access.otherName} has already planned to close after your next check-in. You can still close now if you need to.`);
      }
      const slot = nextSlot(await agreedRhythm(access.id), at);
      if (!slot) {
        throw new ConflictError("You two haven't agreed a rhythm yet, so there's no next check-in to wait for. You can close now, or agree a rhythm first.");
      }
      // The reason and words are kept now; the status changes when the slot closes.
      await tx
        .update(relationships)
        .set({ endedById: viewer.id, endReason: data.reason, endReflection: reflection, endingAfter: slot.closesAt })
        .where(and(eq(relationships.id, access.id), eq(relationships.status, "active")));
      notices.push({
        userId: access.otherId,
        relationshipId: access.id,
        kind: "ending-planned",
        dedupeKey: `ending-planned:${access.id}:${slot.closesAt.toISOString()}`,
        title: `${viewer.name} would like one final check-in`,
        body: `${viewer.name} plans to close your relationship after your next check-in. There's still time to say what you'd like to say.`,
        href: `/relationships/${access.id}#ending`,
        email: true,
      });
      return { outcome: "planned", viewerSide, endingAfter: slot.closesAt };
    }

    await closeRelationship(access.id, { endedById: viewer.id, reason: data.reason, reflection, at, endingAfter: null });
    notices.push(endedNotice(access.id, viewer.name, access.otherId, reflection !== null));
    return { outcome: "ended", viewerSide };
  });
  // After commit: sending mail writes through its own connection (PGlite would wait on this transaction forever).
  for (const n of notices) await notify(n);
  if (result.outcome === "ended") invalidateMentorPool();
  return result;
}

/** The person who planned an ending can change their mind while the relationship is still going. */
export async function cancelPlannedEnding(input: unknown) {
  const { relationshipId } = relationshipIdSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  const cancelledPlan = await transaction(async (tx) => {
    const current = await lockRelationship(access, { ifEnded: "return" });
    if (current.status !== "active") throw new ConflictError("This relationship has already closed.");
    if (!current.endingAfter) return null;
    if (current.endedById !== access.viewer.id) throw new ForbiddenError(`Only ${access.otherName} can change the plan they made.`);
    await tx
      .update(relationships)
      .set({ endingAfter: null, endedById: null, endReason: null, endReflection: null })
      .where(and(eq(relationships.id, access.id), eq(relationships.status, "active")));
    return current.endingAfter;
  });
  if (!cancelledPlan) return;
  await notify({
    userId: access.otherId,
    relationshipId: access.id,
    kind: "ending-cancelled",
    dedupeKey: `ending-cancelled:${access.id}:${cancelledPlan.toISOString()}`,
    title: `${access.viewer.name} is carrying on`,
    body: "The planned ending is off. Your relationship goes on as before.",
    href: `/relationships/${access.id}`,
  });
}

/**
 * Finishes every planned ending whose final check-in has closed by `now`.
 * For the scheduler (it is a system sweep: it acts for nobody, and only on
 * what the two people already chose). Safe to run on any number of instances
 * at once: each relationship ends through a conditional update, so only one
 * run finishes it and sends its notifications.
 */
export async function finishPlannedEndings({ now: at }: { now: Date }): Promise<number> {
  return finishDue({ at });
}

/**
 * Finishes this relationship's planned ending if its moment has passed, for
 * whoever opens it (so nobody depends on the scheduler having run).
 */
export async function finishPlannedEndingIfDue(relationshipId: string): Promise<boolean> {
  const access = await accessRelationship(relationshipId);
  const at = now();
  if (access.status !== "active" || !access.endingAfter || access.endingAfter > at) return false;
  // The one write a page may make, once in a relationship's life, if it opens before the sweep got there.
  const finished = (await finishDue({ at, relationshipId: access.id })) > 0;
  if (finished) forgetRequestReads();
  return finished;
}

async function finishDue({ at, personId, relationshipId }: { at: Date; personId?: string; relationshipId?: string }): Promise<number> {
  const due = await db()
    .select({ id: relationships.id })
    .from(relationships)
    .where(
      and(
        eq(relationships.status, "active"),
        isNotNull(relationships.endingAfter),
        lte(relationships.endingAfter, at),
        personId ? or(eq(relationships.seekerId, personId), eq(relationships.partnerId, personId)) : undefined,
        relationshipId ? eq(relationships.id, relationshipId) : undefined,
      ),
    );
  let finished = 0;
  for (const { id } of due) {
    const notices = await transaction(async (tx) => {
      const [row] = await tx
        .select({
          seekerId: relationships.seekerId,
          partnerId: relationships.partnerId,
          kind: relationships.kind,
          endedById: relationships.endedById,
          endReason: relationships.endReason,
          endReflection: relationships.endReflection,
          endingAfter: relationships.endingAfter,
        })
        .from(relationships)
        .where(and(eq(relationships.id, id), eq(relationships.status, "active"), isNotNull(relationships.endingAfter), lte(relationships.endingAfter, at)))
        .for("update");
      if (!row?.endingAfter || !row.endedById) return null;
      // It ended when the final check-in closed, however late the sweep noticed.
      const ended = await closeRelationship(id, {
        endedById: row.endedById,
        reason: row.endReason ?? "other",
        reflection: row.endReflection,
        at: row.endingAfter,
        endingAfter: row.endingAfter,
      });
      if (!ended) return null;
      const otherId = row.endedById === row.seekerId ? row.partnerId : row.seekerId;
      const names = await namesById([row.endedById, otherId]);
      const plannerIsSeeker = row.kind === "friendship" || row.endedById === row.seekerId;
      return [
        endedNotice(id, names.get(row.endedById) ?? "Someone", otherId, row.endReflection !== null),
        {
          userId: row.endedById,
          relationshipId: id,
          kind: "relationship-ended",
          dedupeKey: `relationship-ended:${id}`,
          title: `Your relationship with ${names.get(otherId) ?? "them"} has now closed`,
          body: plannerIsSeeker
            ? "It closed after your final check-in, as you planned. When you're ready, there are people who fit what you asked for."
            : "It closed after your final check-in, as you planned. Thank you for the time you gave.",
          href: plannerIsSeeker ? "/suggestions?after=ended" : `/relationships/${id}`,
          email: true,
        } satisfies NewNotification,
      ];
    });
    if (!notices) continue;
    finished++;
    for (const n of notices) await notify(n);
  }
  if (finished > 0) invalidateMentorPool();
  return finished;
}

/**
 * The one way a relationship ends (now, after a final check-in, or by a
 * block), inside the caller's transaction: status and ending written by a
 * conditional update (false if it had already ended), open ruptures closed,
 * open rhythm proposals withdrawn. Notifications are the caller's: a block
 * ends silently. The caller has already decided the viewer may do this
 * (accessRelationship, or the viewer's own block): this only writes.
 */
export async function closeRelationship(
  relationshipId: string,
  ending: { endedById: string; reason: string; reflection: string | null; at: Date; endingAfter: Date | null },
): Promise<boolean> {
  const [ended] = await db()
    .update(relationships)
    .set({
      status: "ended",
      endedAt: ending.at,
      endedById: ending.endedById,
      endReason: ending.reason,
      endReflection: ending.reflection,
      endingAfter: ending.endingAfter,
    })
    .where(and(eq(relationships.id, relationshipId), eq(relationships.status, "active")))
    .returning({ id: relationships.id });
  if (!ended) return false;
  // Both people's open pages stop offering forms (delivered on commit, carrying only the id).
  await publishLive({ topic: "ended", relationshipId });
  await closeOpenRuptures(relationshipId, ending.at);
  // Nobody can answer a proposal for a relationship that has ended.
  await db()
    .update(rhythms)
    .set({ status: "withdrawn" })
    .where(and(eq(rhythms.relationshipId, relationshipId), eq(rhythms.status, "proposed")));
  return true;
}

/** What the person left behind is told: gently, and never the closing words themselves. */
function endedNotice(relationshipId: string, enderName: string, otherId: string, hasWords: boolean): NewNotification {
  return {
    userId: otherId,
    relationshipId,
    kind: "relationship-ended",
    dedupeKey: `relationship-ended:${relationshipId}`,
    title: `${enderName} has closed your relationship`,
    body: hasWords
      ? `${enderName} has closed your relationship; their closing words are on the page. Nobody is at fault.`
      : `${enderName} has closed your relationship. Nobody is at fault, and you can read about it on the page.`,
    href: `/relationships/${relationshipId}#ending`,
    email: true,
  };
}

/** The agreed versions of a relationship's rhythm, for lib/rhythm. */
export async function agreedRhythm(relationshipId: string): Promise<RhythmVersion[]> {
  const rows = (await rhythmRowsOf(relationshipId)).filter((r) => r.status === "agreed" && r.effectiveFrom !== null);
  return rows.map((r) => ({ cadence: r.cadence as Cadence, day: r.day as Day, part: r.part as DayPart, timezone: r.timezone, effectiveFrom: r.effectiveFrom! }));
}

async function namesById(ids: string[]) {
  const rows = await db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ─── The ending, as the relationship page shows it ─────────────────────────

export type EndingView =
  | {
      status: "active";
      /** The close of the next check-in, if "one final check-in first" is possible (a rhythm is agreed). */
      finalCheckInClosesAt: Date | null;
      plan: { closesAt: Date; byViewer: boolean } | null;
    }
  | {
      status: "ended";
      endedAt: Date;
      byViewer: boolean;
      /** For the viewer who ended it: their own words for why. For the other: the reason about the one who left. */
      reason: string | null;
      reflection: string | null;
      afterFinalCheckIn: boolean;
    };

/** A final check-in someone planned to close after, while the relationship lasts: the summary and the view read it the same way. */
function plannedEnding(access: RelationshipAccess) {
  return access.status === "active" && access.endingAfter ? { closesAt: access.endingAfter, byViewer: access.endedById === access.viewer.id } : null;
}

/** The ending fold's summary: ended or not, and a planned ending. Nothing beyond the access read (the next slot is worked out only for the form). */
export async function endingSummary(relationshipId: string): Promise<{ status: "active" | "ended"; plan: { byViewer: boolean } | null }> {
  await finishPlannedEndingIfDue(relationshipId);
  const access = await accessRelationship(relationshipId);
  const plan = plannedEnding(access);
  return { status: access.status, plan: plan && { byViewer: plan.byViewer } };
}

/** The viewer's view of the ending: finishes a due planned ending first, then reads the row again. */
export async function getEnding(relationshipId: string): Promise<EndingView & { timezone: string }> {
  await finishPlannedEndingIfDue(relationshipId);
  const access = await accessRelationship(relationshipId);
  const timezone = await timezoneOf(access.viewer.id);
  if (access.status === "active") {
    const slot = nextSlot(await agreedRhythm(access.id), now());
    return {
      status: "active",
      timezone,
      finalCheckInClosesAt: slot?.closesAt ?? null,
      plan: plannedEnding(access),
    };
  }
  const byViewer = access.endedById === access.viewer.id;
  return {
    status: "ended",
    timezone,
    endedAt: access.endedAt ?? access.startedAt,
    byViewer,
    reason: byViewer ? endReasonLabel(access.endReason) : (endReasonForOther[access.endReason as EndReason] ?? null),
    reflection: access.endReflection,
    afterFinalCheckIn: access.endingAfter !== null,
  };
}
