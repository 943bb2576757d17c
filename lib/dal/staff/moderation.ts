import "server-only";
import type { z } from "zod";
import { publishLive } from "@/lib/dal/notifications/live";
import { and, asc, type Column, count, desc, eq, gt, inArray, isNull, lt, lte, min, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, transaction } from "@/db/client";
import {
  appeals,
  checkInEntries,
  checkIns,
  type ContentKind,
  matchRequests,
  mentorProfiles,
  messages,
  moderationActions,
  moderationClaims,
  relationships,
  reports,
  safetyItems,
  users,
} from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendMail } from "@/lib/dal/notifications/send-mail";
import { signAppealLink } from "@/lib/moderation/appeal-link";
import { accountActioned } from "@/lib/moderation/mail";
import { actionForPerson, categorySeverity, describeWait, reporterDecision } from "@/lib/moderation/words";
import { uuid } from "@/lib/validation/fields";
import { QUEUE_AGES, type QueueFilter, queueFilterSchema } from "@/lib/validation/queue";
import { REPORT_CATEGORIES } from "@/lib/validation/reports";
import { type ClaimKind, claimSchema, itemActionSchema, type ModerationActionValue, personActionSchema } from "@/lib/validation/moderation";
import { recordAudit } from "@/lib/dal/system/audit";
import { notify } from "@/lib/dal/notifications/bell";
import { applyStatusChange, BAN, REINSTATE, SUSPEND } from "./people";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";
import { getSettings } from "./settings";
import { safetyQueueOrder } from "@/lib/dal/safety/triage";
import { log } from "@/lib/log";
import { isSpaceContentRemoved, removeSpaceContent } from "@/lib/dal/space/removal";
import { circlesNeedingFacilitator, type CircleNeedingFacilitator } from "@/lib/dal/circle/facilitation";

/**
 * The moderators' queue and what they do from it. Staff only: every exported
 * function starts with requireStaff(), so anyone else gets a 404. Every write
 * records its audit row in the same transaction; whom an action may touch is
 * lib/auth/roles.ts#canModerate, applied to the locked row of that person.
 */

/** A claim older than this counts as released: someone went home, the item must not sit. */
export const CLAIM_TTL_MS = 2 * 60 * 60 * 1000;
const EXPIRING_WITHIN_MS = 48 * 60 * 60 * 1000;
const SECTION_LIMIT = 100;

const claimCutoff = () => new Date(now().getTime() - CLAIM_TTL_MS);

// ---------------------------------------------------------------- claims

export interface ClaimInfo {
  moderatorName: string;
  claimedAt: Date;
  mine: boolean;
}

/** Live claims (not yet timed out), by "kind:id". */
async function liveClaims(viewer: Viewer): Promise<Map<string, ClaimInfo>> {
  const rows = await db()
    .select({ itemKind: moderationClaims.itemKind, itemId: moderationClaims.itemId, moderatorId: moderationClaims.moderatorId, name: users.name, claimedAt: moderationClaims.claimedAt })
    .from(moderationClaims)
    .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
    .where(gt(moderationClaims.claimedAt, claimCutoff()));
  return new Map(rows.map((r) => [`${r.itemKind}:${r.itemId}`, { moderatorName: r.name, claimedAt: r.claimedAt, mine: r.moderatorId === viewer.id }]));
}

/** The live claim on one item, for its page. */
export async function claimOn(viewer: Viewer, kind: ClaimKind, id: string): Promise<ClaimInfo | null> {
  const [row] = await db()
    .select({ moderatorId: moderationClaims.moderatorId, name: users.name, claimedAt: moderationClaims.claimedAt })
    .from(moderationClaims)
    .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
    .where(and(eq(moderationClaims.itemKind, kind), eq(moderationClaims.itemId, id), gt(moderationClaims.claimedAt, claimCutoff())));
  return row ? { moderatorName: row.name, claimedAt: row.claimedAt, mine: row.moderatorId === viewer.id } : null;
}

/** Whether a queue item is still waiting (open, or for a relationship, active). */
export async function itemIsOpen(kind: ClaimKind, id: string) {
  const table = { safety_item: safetyItems, report: reports, appeal: appeals, relationship: relationships }[kind];
  const open = kind === "relationship" ? eq(relationships.status, "active") : eq(table.status, "open");
  const [row] = await db().select({ id: table.id }).from(table).where(and(eq(table.id, id), open));
  return Boolean(row);
}

/**
 * Claims a queue item for the viewer. One insert decides it: when two
 * moderators claim at once exactly one wins (the primary key), and the other
 * is told who has it. A timed-out claim is taken over; claiming your own
 * again refreshes it.
 */
export async function claimItem(input: unknown): Promise<{ claimedAt: Date }> {
  const viewer = await requireStaff();
  const { itemKind, itemId } = claimSchema.parse(input);
  return transaction(async (tx) => {
    if (!(await itemIsOpen(itemKind, itemId))) throw new NotFoundError("That item is no longer waiting in the queue.");
    const at = now();
    const [won] = await tx
      .insert(moderationClaims)
      .values({ itemKind, itemId, moderatorId: viewer.id, claimedAt: at })
      .onConflictDoUpdate({
        target: [moderationClaims.itemKind, moderationClaims.itemId],
        set: { moderatorId: viewer.id, claimedAt: at },
        setWhere: or(lt(moderationClaims.claimedAt, claimCutoff()), eq(moderationClaims.moderatorId, viewer.id)),
      })
      .returning({ claimedAt: moderationClaims.claimedAt });
    if (!won) {
      const [holder] = await tx
        .select({ name: users.name, claimedAt: moderationClaims.claimedAt })
        .from(moderationClaims)
        .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
        .where(and(eq(moderationClaims.itemKind, itemKind), eq(moderationClaims.itemId, itemId)));
      throw new ConflictError(holder ? `${holder.name} claimed this ${describeWait(holder.claimedAt, at)} ago.` : "Someone else has just claimed this.");
    }
    await recordAudit({ actorId: viewer.id, action: "queue.claim", details: { itemKind, itemId } });
    return { claimedAt: won.claimedAt };
  });
}

/** Releases the viewer's claim (an admin may release anyone's). A timed-out claim is already released. */
export async function releaseClaim(input: unknown): Promise<void> {
  const viewer = await requireStaff();
  const { itemKind, itemId } = claimSchema.parse(input);
  const isAdmin = viewer.roles.includes("admin");
  await transaction(async (tx) => {
    const [released] = await tx
      .delete(moderationClaims)
      .where(
        and(
          eq(moderationClaims.itemKind, itemKind),
          eq(moderationClaims.itemId, itemId),
          isAdmin ? undefined : or(eq(moderationClaims.moderatorId, viewer.id), lt(moderationClaims.claimedAt, claimCutoff())),
        ),
      )
      .returning({ moderatorId: moderationClaims.moderatorId });
    if (!released) {
      const holder = await claimOn(viewer, itemKind, itemId);
      if (holder && !holder.mine) throw new ForbiddenError(`${holder.moderatorName} holds this claim; only they (or an admin) can release it.`);
      return;
    }
    await recordAudit({ actorId: viewer.id, action: "queue.release", details: { itemKind, itemId, heldBy: released.moderatorId } });
  });
}

/** Claims end with the item: called in the transaction that resolves it. */
export async function dropClaims(kind: ClaimKind, ids: string[]) {
  if (ids.length) await db().delete(moderationClaims).where(and(eq(moderationClaims.itemKind, kind), inArray(moderationClaims.itemId, ids)));
}

// ---------------------------------------------------------------- the queue

export interface QueueSafetyItem {
  id: string;
  level: "concern" | "crisis";
  /** The risk category (lib/safety/categories.ts); show it with categoryInWords(). */
  category: string;
  reasons: string[];
  targetKind: ContentKind;
  subjectName: string | null;
  createdAt: Date;
  claim: ClaimInfo | null;
}

export interface QueueReport {
  id: string;
  category: (typeof reports.$inferSelect)["category"];
  targetKind: ContentKind;
  subjectName: string | null;
  createdAt: Date;
  claim: ClaimInfo | null;
}

export interface QueueAppeal {
  id: string;
  action: ModerationActionValue;
  personName: string | null;
  createdAt: Date;
  claim: ClaimInfo | null;
}

export interface QueueStalled {
  id: string;
  seekerName: string;
  partnerName: string;
  kind: "mentorship" | "friendship";
  missedInARow: number;
  lastMissedAt: Date;
  claim: ClaimInfo | null;
}

export interface QueueExpiring {
  id: string;
  fromName: string;
  toName: string;
  kind: "mentorship" | "friendship";
  expiresAt: Date;
}

export interface ModerationQueue {
  now: Date;
  safetyItems: QueueSafetyItem[];
  reports: QueueReport[];
  appeals: QueueAppeal[];
  applications: { waiting: number; oldestSubmittedAt: Date | null };
  stalled: QueueStalled[];
  expiring: QueueExpiring[];
  /** Circles whose facilitator stepped back or was stopped, waiting for a new one (lib/dal/circle/facilitation.ts). */
  circlesNeedingFacilitator: CircleNeedingFacilitator[];
  /** Every open item, whatever the filter: the summary always shows these. */
  counts: { safetyItems: number; crisis: number; reports: number; appeals: number; applications: number; stalled: number; expiring: number; circlesNeedingFacilitator: number };
  /** The filter applied to the claimable sections (lib/validation/queue.ts); empty when none. */
  filter: QueueFilter;
  /** How many open items of each claimable section match the filter (all of them when there is none). */
  matching: Record<"safetyItems" | "reports" | "appeals" | "stalled", number>;
}

/**
 * The SQL condition for one claimable section under the queue's filter: the
 * section's kind, a category (for kinds that have one), a minimum wait, and
 * the live claim (mine, or nobody's). A new claimable kind passes its columns
 * and gets every filter.
 */
function queueFilterWhere(filter: QueueFilter, viewer: Viewer, at: Date, kind: ClaimKind, cols: { id: Column; createdAt: Column; category?: { column: Column; values?: readonly string[] } }): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.kind && filter.kind !== kind) parts.push(sql`false`);
  if (filter.category) {
    const known = cols.category && (!cols.category.values || cols.category.values.includes(filter.category));
    parts.push(known ? eq(cols.category!.column, filter.category) : sql`false`);
  }
  if (filter.age) parts.push(lte(cols.createdAt, new Date(at.getTime() - QUEUE_AGES[filter.age])));
  if (filter.claim) {
    // Through the columns' own encoders (a bare Date in raw SQL is not a parameter postgres.js takes).
    const live = sql`select 1 from ${moderationClaims} where ${and(eq(moderationClaims.itemKind, kind), eq(moderationClaims.itemId, cols.id), gt(moderationClaims.claimedAt, claimCutoff()))}`;
    parts.push(filter.claim === "mine" ? sql`exists (${live} and ${eq(moderationClaims.moderatorId, viewer.id)})` : sql`not exists (${live})`);
  }
  return and(...parts);
}

/** The same filter for rows already read (the stalled list, which has no category). */
function matchesQueueFilter(filter: QueueFilter, at: Date, kind: ClaimKind, row: { waitingSince: Date; category?: string; claim: ClaimInfo | null }): boolean {
  if (filter.kind && filter.kind !== kind) return false;
  if (filter.category && row.category !== filter.category) return false;
  if (filter.age && row.waitingSince.getTime() > at.getTime() - QUEUE_AGES[filter.age]) return false;
  if (filter.claim === "mine" && !row.claim?.mine) return false;
  if (filter.claim === "unclaimed" && row.claim) return false;
  return true;
}

const severityOrder = sql.raw(
  `case ${Object.entries(categorySeverity)
    .map(([category, rank]) => `when "reports"."category" = '${category}' then ${rank}`)
    .join(" ")} else 99 end`,
);

type StalledRow = Omit<QueueStalled, "claim">;

/**
 * Two or more missed check-ins since the last kept one (excused slots
 * neither count nor break the run), in one pass over the settled slots: the
 * last kept slot per relationship and the missed ones after it, joined as
 * two aggregates (not a lookup per missed slot). In a production build one
 * instance reuses the list for STALLED_CACHE_MS: slots only settle when the
 * sweep runs (every minute by default), and the claims shown with it are
 * always read fresh.
 */
export const STALLED_CACHE_MS = 30_000;
const globalForStalled = globalThis as unknown as { __alongsideStalled?: { key: number; until: number; value: Promise<StalledRow[]> } };

function stalledRelationships(threshold: number): Promise<StalledRow[]> {
  const cacheable = process.env.NODE_ENV === "production";
  const hit = globalForStalled.__alongsideStalled;
  if (cacheable && hit && hit.key === threshold && hit.until > performance.now()) return hit.value;
  const value = readStalled(threshold);
  if (cacheable) {
    globalForStalled.__alongsideStalled = { key: threshold, until: performance.now() + STALLED_CACHE_MS, value };
    value.catch(() => {
      if (globalForStalled.__alongsideStalled?.value === value) globalForStalled.__alongsideStalled = undefined;
    });
  }
  return value;
}

async function readStalled(threshold: number): Promise<StalledRow[]> {
  type Row = { id: string; kind: "mentorship" | "friendship"; seeker_name: string; partner_name: string; missed: number; last_missed: string | Date };
  const result = await db().execute(sql`
    with last_kept as (
      select ${checkIns.relationshipId} as relationship_id, max(${checkIns.startsAt}) as at from ${checkIns} where ${checkIns.status} = 'kept' group by 1
    ),
    runs as (
      select c.relationship_id, count(*)::int as missed, max(c.starts_at) as last_missed
      from ${checkIns} c left join last_kept k on k.relationship_id = c.relationship_id
      where c.status = 'missed' and c.starts_at > coalesce(k.at, '-infinity'::timestamptz)
      group by c.relationship_id
      having count(*) >= ${threshold}
    )
    select r.id, r.kind, s.name as seeker_name, p.name as partner_name, runs.missed, runs.last_missed
    from runs
    join ${relationships} r on r.id = runs.relationship_id and r.status = 'active'
    join ${users} s on s.id = r.seeker_id
    join ${users} p on p.id = r.partner_id
    order by runs.missed desc, runs.last_missed asc
    limit ${SECTION_LIMIT}`);
  // postgres.js returns rows as an array, PGlite as { rows }.
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: Row[] }).rows) as Row[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    seekerName: r.seeker_name,
    partnerName: r.partner_name,
    missedInARow: Number(r.missed),
    lastMissedAt: new Date(r.last_missed),
  }));
}

/**
 * Everything waiting for a moderator, in the order to work it. Names and
 * counts only: no private words. `input` is an optional filter
 * (lib/validation/queue.ts) narrowing the claimable sections; the counts stay
 * the whole queue's.
 */
export async function moderationQueue(input?: unknown): Promise<ModerationQueue> {
  const viewer = await requireStaff();
  const filter: QueueFilter = queueFilterSchema.parse(input ?? {});
  const at = now();
  const safetyWhere = and(eq(safetyItems.status, "open"), queueFilterWhere(filter, viewer, at, "safety_item", { id: safetyItems.id, createdAt: safetyItems.createdAt, category: { column: safetyItems.category } }));
  const reportWhere = and(eq(reports.status, "open"), queueFilterWhere(filter, viewer, at, "report", { id: reports.id, createdAt: reports.createdAt, category: { column: reports.category, values: REPORT_CATEGORIES } }));
  const appealWhere = and(eq(appeals.status, "open"), queueFilterWhere(filter, viewer, at, "appeal", { id: appeals.id, createdAt: appeals.createdAt }));
  const { stalledAfterMissed } = await getSettings();
  const subject = alias(users, "subject");
  const seeker = alias(users, "seeker");
  const partner = alias(users, "partner");

  const [claims, safety, openReports, openAppeals, [applications], stalled, expiring] = await Promise.all([
    liveClaims(viewer),
    db()
      .select({ id: safetyItems.id, level: safetyItems.level, category: safetyItems.category, reasons: safetyItems.reasons, targetKind: safetyItems.targetKind, subjectName: subject.name, createdAt: safetyItems.createdAt })
      .from(safetyItems)
      .leftJoin(subject, eq(subject.id, safetyItems.subjectId))
      .where(safetyWhere)
      // Level, then category severity, then waiting time (lib/dal/safety/triage.ts).
      .orderBy(...safetyQueueOrder)
      .limit(SECTION_LIMIT),
    db()
      .select({ id: reports.id, category: reports.category, targetKind: reports.targetKind, subjectName: subject.name, createdAt: reports.createdAt })
      .from(reports)
      .leftJoin(subject, eq(subject.id, reports.subjectId))
      .where(reportWhere)
      .orderBy(severityOrder, asc(reports.createdAt), asc(reports.id))
      .limit(SECTION_LIMIT),
    db()
      .select({ id: appeals.id, action: moderationActions.action, personName: subject.name, createdAt: appeals.createdAt })
      .from(appeals)
      .innerJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
      .leftJoin(subject, eq(subject.id, appeals.userId))
      .where(appealWhere)
      .orderBy(asc(appeals.createdAt))
      .limit(SECTION_LIMIT),
    db().select({ waiting: count(), oldest: min(mentorProfiles.submittedAt) }).from(mentorProfiles).where(eq(mentorProfiles.status, "submitted")),
    stalledRelationships(stalledAfterMissed),
    db()
      .select({ id: matchRequests.id, kind: matchRequests.kind, fromName: seeker.name, toName: partner.name, expiresAt: matchRequests.expiresAt })
      .from(matchRequests)
      .innerJoin(seeker, eq(seeker.id, matchRequests.fromId))
      .innerJoin(partner, eq(partner.id, matchRequests.toId))
      .where(and(eq(matchRequests.status, "open"), gt(matchRequests.expiresAt, at), lte(matchRequests.expiresAt, new Date(at.getTime() + EXPIRING_WITHIN_MS))))
      .orderBy(asc(matchRequests.expiresAt))
      .limit(SECTION_LIMIT),
  ]);
  const needFacilitator = await circlesNeedingFacilitator();
  const claimOf = (kind: ClaimKind, id: string) => claims.get(`${kind}:${id}`) ?? null;
  const filtered = Boolean(filter.kind || filter.category || filter.age || filter.claim);
  const [safetyTotal, reportTotal, appealTotal, matchingCounts] = await Promise.all([
    db().select({ n: count(), crisis: sql<number>`count(*) filter (where ${safetyItems.level} = 'crisis')::int` }).from(safetyItems).where(eq(safetyItems.status, "open")),
    db().$count(reports, eq(reports.status, "open")),
    db().$count(appeals, eq(appeals.status, "open")),
    filtered ? Promise.all([db().$count(safetyItems, safetyWhere), db().$count(reports, reportWhere), db().$count(appeals, appealWhere)]) : null,
  ]);
  const stalledRows = stalled
    .map((s) => ({ ...s, claim: claimOf("relationship", s.id) }))
    .filter((s) => matchesQueueFilter(filter, at, "relationship", { waitingSince: s.lastMissedAt, claim: s.claim }));
  return {
    now: at,
    safetyItems: safety.map((s) => ({ ...s, claim: claimOf("safety_item", s.id) })),
    reports: openReports.map((r) => ({ ...r, claim: claimOf("report", r.id) })),
    appeals: openAppeals.map((a) => ({ ...a, claim: claimOf("appeal", a.id) })),
    applications: { waiting: applications?.waiting ?? 0, oldestSubmittedAt: applications?.oldest ?? null },
    stalled: stalledRows,
    expiring,
    circlesNeedingFacilitator: needFacilitator,
    counts: {
      safetyItems: safetyTotal[0]?.n ?? 0,
      crisis: safetyTotal[0]?.crisis ?? 0,
      reports: reportTotal,
      appeals: appealTotal,
      applications: applications?.waiting ?? 0,
      stalled: stalled.length,
      expiring: expiring.length,
      circlesNeedingFacilitator: needFacilitator.length,
    },
    filter,
    matching: matchingCounts
      ? { safetyItems: matchingCounts[0], reports: matchingCounts[1], appeals: matchingCounts[2], stalled: stalledRows.length }
      : { safetyItems: safetyTotal[0]?.n ?? 0, reports: reportTotal, appeals: appealTotal, stalled: stalled.length },
  };
}

// ---------------------------------------------------------------- actions

interface Subject {
  id: string;
  name: string;
  email: string;
  status: (typeof users.$inferSelect)["status"];
}

export interface ModerationStep {
  actor: Viewer;
  subjectId: string | null;
  action: ModerationActionValue;
  reason: string;
  reportId?: string | null;
  safetyItemId?: string | null;
  targetKind?: ContentKind | null;
  targetId?: string | null;
}

/** What to tell whom once the transaction has committed (mail must not be sent for a change that rolled back). */
export interface FollowUp {
  actionId: string;
  action: ModerationActionValue;
  reason: string;
  subject: Subject | null;
  targetKind: ContentKind | null;
  reporters: { reportId: string; reporterId: string }[];
}

/**
 * One moderation action inside the caller's transaction: the person's row is
 * locked and checked with canModerate, the effect applied, the
 * moderation_actions row and the audit row written. Throws (rolling back
 * everything) when any part cannot be done.
 */
export async function applyModeration(step: ModerationStep): Promise<{ actionId: string; subject: Subject | null }> {
  const { actor, action, reason } = step;
  let subject: Subject | null = null;
  if (step.subjectId) {
    const [row] = await db()
      .select({ id: users.id, name: users.name, email: users.email, roles: users.roles, status: users.status })
      .from(users)
      .where(eq(users.id, step.subjectId))
      .for("update");
    if (row) {
      if (!canModerate(actor, row)) {
        throw new ForbiddenError(row.id === actor.id ? "This is about you, so another moderator will decide it." : "This person is staff: an admin decides this.");
      }
      subject = { id: row.id, name: row.name, email: row.email, status: row.status };
    }
  }
  if (action !== "dismiss" && (!subject || subject.status === "deleted")) throw new ConflictError("That person's account no longer exists, so only dismissing is possible.");

  const [created] = await db()
    .insert(moderationActions)
    .values({
      moderatorId: actor.id,
      subjectId: subject?.id ?? null,
      action,
      reason,
      reportId: step.reportId ?? null,
      safetyItemId: step.safetyItemId ?? null,
      targetKind: step.targetKind ?? null,
      targetId: step.targetId ?? null,
      createdAt: now(),
    })
    .returning({ id: moderationActions.id });
  const actionId = created!.id;
  const details = { moderationActionId: actionId, reportId: step.reportId ?? null, safetyItemId: step.safetyItemId ?? null, targetKind: step.targetKind ?? null, targetId: step.targetId ?? null };

  if (action === "suspend" || action === "ban" || action === "reinstate") {
    const change = { suspend: SUSPEND, ban: BAN, reinstate: REINSTATE }[action];
    await applyStatusChange(actor, subject!.id, change, reason, details);
    return { actionId, subject: { ...subject!, status: change.to } };
  }
  if (action === "remove_from_circle") throw new ConflictError("Removing someone from a circle is done from the circle's staff view.");
  if (action === "remove_content") await removeContent(actor, subject!.id, step.targetKind ?? null, step.targetId ?? null, reason);
  await recordAudit({ actorId: actor.id, action: `moderation.${action}`, targetUserId: subject?.id, reason, details });
  return { actionId, subject };
}

/** Hides a message or check-in entry from the thread. It stays, still encrypted, for the record and an appeal. */
async function removeContent(actor: Viewer, authorId: string, kind: ContentKind | null, id: string | null, reason: string) {
  if (id && (kind === "space_post" || kind === "space_reply")) {
    if (!(await removeSpaceContent(kind, id, authorId, actor.id, reason))) throw new ConflictError("That was already removed, or no longer exists.");
    return;
  }
  if (!id || (kind !== "message" && kind !== "check_in_entry")) throw new ConflictError("Only a message or a check-in entry can be removed.");
  const at = now();
  const removed =
    kind === "message"
      ? await db()
          .update(messages)
          .set({ removedAt: at, removedById: actor.id })
          .where(and(eq(messages.id, id), eq(messages.authorId, authorId), isNull(messages.removedAt)))
          .returning({ id: messages.id, relationshipId: messages.relationshipId })
      : await db()
          .update(checkInEntries)
          .set({ removedAt: at })
          .where(and(eq(checkInEntries.id, id), eq(checkInEntries.authorId, authorId), isNull(checkInEntries.removedAt)))
          .returning({ id: checkInEntries.id });
  if (removed.length === 0) throw new ConflictError("That was already removed, or no longer exists.");
  // An open thread drops it at once (the event names the message, never its words).
  const inThread = removed[0] as { id: string; relationshipId?: string };
  if (kind === "message" && inThread.relationshipId) await publishLive({ topic: "removed", relationshipId: inThread.relationshipId, messageId: inThread.id });
}

/**
 * Resolves every open report and the safety item about one piece of content
 * (several people may have reported the same message): each reporter reads
 * the decision; nobody has to decide the same thing twice.
 */
export async function resolveAbout(actor: Viewer, kind: ContentKind, targetId: string, action: ModerationActionValue) {
  const at = now();
  const resolvedReports = await db()
    .update(reports)
    .set({ status: "resolved", decision: reporterDecision[action], decidedById: actor.id, decidedAt: at })
    .where(and(eq(reports.targetKind, kind), eq(reports.targetId, targetId), eq(reports.status, "open")))
    .returning({ id: reports.id, reporterId: reports.reporterId });
  const resolvedItems = await db()
    .update(safetyItems)
    .set({ status: "resolved", resolution: action, resolvedById: actor.id, resolvedAt: at })
    .where(and(eq(safetyItems.targetKind, kind), eq(safetyItems.targetId, targetId), eq(safetyItems.status, "open")))
    .returning({ id: safetyItems.id });
  await dropClaims("report", resolvedReports.map((r) => r.id));
  await dropClaims("safety_item", resolvedItems.map((s) => s.id));
  return resolvedReports.filter((r): r is { id: string; reporterId: string } => r.reporterId !== null).map((r) => ({ reportId: r.id, reporterId: r.reporterId }));
}

/**
 * Acts on a report or a safety item: the person it is about comes from the
 * item (locked, and still open), never from the form. The action, its effect,
 * the audit row and the decision the reporter reads are one transaction; the
 * person and the reporters are told after it commits.
 */
export async function takeAction(input: unknown): Promise<{ subjectName: string | null; action: ModerationActionValue }> {
  const actor = await requireStaff();
  const data = itemActionSchema.parse(input);
  const followUp = await transaction(() => decideItem(actor, data));
  await tellPeople(followUp);
  return { subjectName: followUp.subject?.name ?? null, action: data.action };
}

/**
 * The decision on one report or safety item, inside the caller's transaction
 * (takeAction, or a bulk dismissal deciding several in one): the item is
 * locked and must still be open. Returns what to tell whom after the commit.
 */
export async function decideItem(actor: Viewer, data: z.output<typeof itemActionSchema>): Promise<FollowUp> {
  return transaction(async (tx): Promise<FollowUp> => {
    const table = data.itemKind === "report" ? reports : safetyItems;
    const [item] = await tx
      .select({ id: table.id, status: table.status, subjectId: table.subjectId, targetKind: table.targetKind, targetId: table.targetId })
      .from(table)
      .where(eq(table.id, data.itemId))
      .for("update");
    if (!item) throw new NotFoundError("That item no longer exists.");
    if (item.status !== "open") throw new ConflictError("This was already decided, perhaps by another moderator. Reload to see what was done.");
    const { actionId, subject } = await applyModeration({
      actor,
      subjectId: item.subjectId,
      action: data.action,
      reason: data.reason,
      reportId: data.itemKind === "report" ? item.id : null,
      safetyItemId: data.itemKind === "safety_item" ? item.id : null,
      targetKind: item.targetKind,
      targetId: item.targetId,
    });
    const reporters = await resolveAbout(actor, item.targetKind, item.targetId, data.action);
    return { actionId, action: data.action, reason: data.reason, subject, targetKind: item.targetKind, reporters };
  });
}

/** Acts on a person directly (no report behind it): warn, suspend, ban or reinstate, with the reason they read. */
export async function actOnPerson(input: unknown): Promise<{ subjectName: string; action: ModerationActionValue }> {
  const actor = await requireStaff();
  const data = personActionSchema.parse(input);
  const followUp = await transaction(async (): Promise<FollowUp> => {
    const { actionId, subject } = await applyModeration({ actor, subjectId: data.userId, action: data.action, reason: data.reason });
    if (!subject) throw new NotFoundError("That person's account no longer exists.");
    return { actionId, action: data.action, reason: data.reason, subject, targetKind: null, reporters: [] };
  });
  await tellPeople(followUp);
  return { subjectName: followUp.subject!.name, action: data.action };
}

const appUrl = (path: string) => `${env().appUrl}${path}`;

/**
 * After the commit: the person is told why (the bell and email while they
 * can sign in, email alone once they can't), with the way to appeal; each
 * reporter is told a decision was made. A failure here is logged, never
 * thrown: the action itself has happened.
 */
export async function tellPeople(f: FollowUp) {
  try {
    const s = f.subject;
    if (s && s.status !== "deleted") {
      if ((f.action === "suspend" || f.action === "ban") && s.status !== "active") {
        const link = appUrl(`/appeal?token=${signAppealLink(f.actionId, s.id, now())}`);
        await sendMail(accountActioned(s.email, s.name, f.action, f.reason, link, appUrl("/appeal")));
      } else if (f.action === "warn" || f.action === "remove_content" || f.action === "reinstate") {
        const what =
          f.action === "remove_content" && f.targetKind === "check_in_entry"
            ? "A moderator removed a check-in entry you wrote."
            : f.action === "remove_content" && (f.targetKind === "space_post" || f.targetKind === "space_reply")
              ? `A moderator took down your ${f.targetKind === "space_post" ? "post" : "reply"} in a space, because it didn't fit the space's guideline. You can write it again in a way that fits: your words are kept for you on the post's page.`
              : actionForPerson[f.action];
        const appealable = f.action !== "reinstate";
        await notify({
          userId: s.id,
          kind: `moderation-${f.action}`,
          dedupeKey: `moderation:${f.actionId}`,
          title: f.action === "reinstate" ? "Your account is active again" : "A note from Alongside's moderators",
          body: `${what} The reason: “${f.reason}”.${appealable ? " If you think this is wrong, you can appeal once." : ""}`,
          href: `/appeals/${f.actionId}`,
          email: true,
        });
      }
    }
    for (const r of f.reporters) {
      await notify({
        userId: r.reporterId,
        kind: "report-decided",
        dedupeKey: `report-decided:${r.reportId}`,
        title: "Your report was looked at",
        body: reporterDecision[f.action],
        href: "/reports",
      });
    }
  } catch (error) {
    log.error("moderation.follow_up_not_sent", error);
  }
}

// ---------------------------------------------------------------- history

export interface HistoryEntry {
  id: string;
  action: ModerationActionValue;
  reason: string;
  moderatorName: string | null;
  targetKind: ContentKind | null;
  createdAt: Date;
  appeal: { status: "open" | "upheld" | "overturned"; decision: string | null } | null;
}

/** What moderators have done about one person, newest first, with the appeals. Staff only. */
export async function moderationHistoryFor(subjectId: string): Promise<{ entries: HistoryEntry[]; openReports: number; openSafetyItems: number }> {
  await requireStaff();
  if (!uuid.safeParse(subjectId).success) return { entries: [], openReports: 0, openSafetyItems: 0 };
  const moderator = alias(users, "moderator");
  const [rows, openReports, openSafetyItems] = await Promise.all([
    db()
      .select({
        id: moderationActions.id,
        action: moderationActions.action,
        reason: moderationActions.reason,
        moderatorName: moderator.name,
        targetKind: moderationActions.targetKind,
        createdAt: moderationActions.createdAt,
        appealStatus: appeals.status,
        appealDecision: appeals.decision,
      })
      .from(moderationActions)
      .leftJoin(moderator, eq(moderator.id, moderationActions.moderatorId))
      .leftJoin(appeals, eq(appeals.actionId, moderationActions.id))
      .where(eq(moderationActions.subjectId, subjectId))
      .orderBy(desc(moderationActions.createdAt))
      .limit(30),
    db().$count(reports, and(eq(reports.subjectId, subjectId), eq(reports.status, "open"))),
    db().$count(safetyItems, and(eq(safetyItems.subjectId, subjectId), eq(safetyItems.status, "open"))),
  ]);
  return {
    entries: rows.map(({ appealStatus, appealDecision, ...r }) => ({ ...r, appeal: appealStatus ? { status: appealStatus, decision: appealDecision } : null })),
    openReports,
    openSafetyItems,
  };
}

// ---------------------------------------------------------------- stalled relationships

export interface StalledRelationshipView {
  id: string;
  kind: "mentorship" | "friendship";
  status: "active" | "ended";
  seeker: { id: string; name: string };
  partner: { id: string; name: string };
  startedAt: Date;
  /** The latest settled check-ins, newest first: statuses only, never entries. */
  recent: { startsAt: Date; status: "scheduled" | "kept" | "missed" | "excused" }[];
  claim: ClaimInfo | null;
}

/** A relationship as the queue shows it: who, since when, and the record of check-ins. No words. */
export async function getRelationshipForStaff(id: string): Promise<StalledRelationshipView | null> {
  const viewer = await requireStaff();
  if (!uuid.safeParse(id).success) return null;
  const seeker = alias(users, "seeker");
  const partner = alias(users, "partner");
  const [row] = await db()
    .select({
      id: relationships.id,
      kind: relationships.kind,
      status: relationships.status,
      startedAt: relationships.startedAt,
      seekerId: seeker.id,
      seekerName: seeker.name,
      partnerId: partner.id,
      partnerName: partner.name,
    })
    .from(relationships)
    .innerJoin(seeker, eq(seeker.id, relationships.seekerId))
    .innerJoin(partner, eq(partner.id, relationships.partnerId))
    .where(eq(relationships.id, id));
  if (!row) return null;
  const recent = await db()
    .select({ startsAt: checkIns.startsAt, status: checkIns.status })
    .from(checkIns)
    .where(and(eq(checkIns.relationshipId, id), lte(checkIns.startsAt, now())))
    .orderBy(desc(checkIns.startsAt))
    .limit(12);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startedAt: row.startedAt,
    seeker: { id: row.seekerId, name: row.seekerName },
    partner: { id: row.partnerId, name: row.partnerName },
    recent,
    claim: await claimOn(viewer, "relationship", id),
  };
}

// ---------------------------------------------------------------- item pages

export interface ItemSubject {
  id: string;
  name: string;
  status: (typeof users.$inferSelect)["status"];
  /** canModerate(viewer, them): staff and the viewer themselves go to an admin. */
  mayAct: boolean;
}

/** The person an item is about, as an item page shows them. */
export async function itemSubject(viewer: Viewer, subjectId: string | null): Promise<ItemSubject | null> {
  if (!subjectId) return null;
  const [row] = await db().select({ id: users.id, name: users.name, status: users.status, roles: users.roles }).from(users).where(eq(users.id, subjectId));
  return row ? { id: row.id, name: row.name, status: row.status, mayAct: canModerate(viewer, row) } : null;
}

/** Whether a message or entry was already removed (removal is then not offered again). */
export async function isTargetRemoved(kind: ContentKind, id: string): Promise<boolean> {
  if (kind === "space_post" || kind === "space_reply") return isSpaceContentRemoved(kind, id);
  if (kind !== "message" && kind !== "check_in_entry") return false;
  const table = kind === "message" ? messages : checkInEntries;
  const [row] = await db().select({ removedAt: table.removedAt }).from(table).where(eq(table.id, id));
  return Boolean(row?.removedAt);
}
