import "server-only";
import { and, asc, type Column, eq, gt, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Executor, fixed, fixedLimit, prepared, rowsOf } from "@/db/client";
import { appeals, checkIns, type ContentKind, matchRequests, mentorProfiles, moderationActions, moderationClaims, relationships, reports, safetyItems, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { categorySeverity } from "@/lib/moderation/words";
import { QUEUE_AGES, type QueueFilter, queueFilterSchema } from "@/lib/validation/queue";
import { REPORT_CATEGORIES } from "@/lib/validation/reports";
import type { ClaimKind, ModerationActionValue } from "@/lib/validation/moderation";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";
import { getSettings } from "./settings";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { safetyQueueOrder } from "@/lib/dal/safety/triage";
import { circlesNeedingFacilitator, type CircleNeedingFacilitator } from "@/lib/dal/circle/facilitation";
import { type ClaimInfo, claimCutoff } from "./claims";

/**
 * The moderators' queue as /admin/queue reads it: everything waiting, in the
 * order to work it, with its filters (lib/validation/queue.ts), its counts and
 * the live claims. Names and counts only, never private words. Staff only:
 * moderationQueue starts with requireStaff(). What moderators do from the
 * queue is in claims.ts, decisions.ts and queue-bulk.ts.
 */

const EXPIRING_WITHIN_MS = 48 * 60 * 60 * 1000;
/**
 * Items shown per section: the top of each, in the order to work it (the
 * counts above always say how many there are, and the filters narrow a
 * section). The page's cost grows with every row (each carries its claim
 * form), so a section shows what a moderator works through in a sitting.
 */
const SECTION_LIMIT = 25;
/** Stalled relationships and expiring requests are counted from their list: read this many, show SECTION_LIMIT. */
const COUNTED_LIMIT = 100;

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

/** Live claims (not yet timed out), by "kind:id". */
async function liveClaims(viewer: Viewer): Promise<Map<string, ClaimInfo>> {
  const rows = await liveClaimRows({ cutoff: claimCutoff().toISOString() });
  return new Map(rows.map((r) => [`${r.itemKind}:${r.itemId}`, { moderatorName: r.name, claimedAt: r.claimedAt, mine: r.moderatorId === viewer.id }]));
}

const liveClaimRows = prepared("queue_live_claims", (executor) =>
  executor
    .select({ itemKind: moderationClaims.itemKind, itemId: moderationClaims.itemId, moderatorId: moderationClaims.moderatorId, name: users.name, claimedAt: moderationClaims.claimedAt })
    .from(moderationClaims)
    .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
    .where(gt(moderationClaims.claimedAt, sql.placeholder("cutoff"))),
);

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

/**
 * A person's name beside a queue row, looked up for the rows kept only: as a
 * subquery in the select list, PostgreSQL runs it after the sort and limit
 * (25 primary-key lookups), where a join hashed every account first (a scan
 * of all users, 5 ms at 6,500 accounts and growing with them).
 */
const nameOf = (id: Column) => sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${id})`;

/** Reports by how much harm, then waiting time; migration 0026's partial index holds this order (tests/integration/queue-order-index.test.ts). */
export const reportQueueOrder = sql.raw(
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
 * instance reuses the list for STALLED_CACHE_MS, then shows it up to five
 * minutes old while the next one is read in the background
 * (lib/dal/system/shared-value.ts): slots only settle when the sweep runs
 * (every minute by default), and the claims shown with it are always read
 * fresh.
 */
export const STALLED_CACHE_MS = 30_000;
const sharedStalled = sharedValue<StalledRow[]>("stalled-relationships", { freshMs: STALLED_CACHE_MS, staleMs: 5 * 60_000 });

function stalledRelationships(threshold: number): Promise<StalledRow[]> {
  if (process.env.NODE_ENV !== "production") return readStalled(threshold);
  return sharedStalled.get(String(threshold), () => readStalled(threshold));
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
    limit ${COUNTED_LIMIT}`);
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

type CountsRow = {
  safety: number;
  crisis: number;
  reports: number;
  appeals: number;
  applications: number;
  oldest_application: string | Date | null;
  matching_safety: number | null;
  matching_reports: number | null;
  matching_appeals: number | null;
};

/**
 * Every count the queue shows, in one statement (each an index scan on its
 * status): the open items of each claimable section, how many are crisis, the
 * mentor applications waiting and the oldest of them, and, when a filter is
 * on, how many of each section match it.
 */
function queueCounts(matching: { safety: SQL | undefined; reports: SQL | undefined; appeals: SQL | undefined } | null) {
  const countWhere = (table: typeof safetyItems | typeof reports | typeof appeals, where: SQL | undefined) =>
    matching ? sql`(select count(*)::int from ${table} where ${where ?? sql`true`})` : sql`null::int`;
  return rowsOf<CountsRow>(sql`
    select
      (select count(*)::int from ${safetyItems} where ${safetyItems.status} = 'open') as safety,
      (select count(*)::int from ${safetyItems} where ${safetyItems.status} = 'open' and ${safetyItems.level} = 'crisis') as crisis,
      (select count(*)::int from ${reports} where ${reports.status} = 'open') as reports,
      (select count(*)::int from ${appeals} where ${appeals.status} = 'open') as appeals,
      (select count(*)::int from ${mentorProfiles} where ${mentorProfiles.status} = 'submitted') as applications,
      (select min(${mentorProfiles.submittedAt}) from ${mentorProfiles} where ${mentorProfiles.status} = 'submitted') as oldest_application,
      ${countWhere(safetyItems, matching?.safety)} as matching_safety,
      ${countWhere(reports, matching?.reports)} as matching_reports,
      ${countWhere(appeals, matching?.appeals)} as matching_appeals`);
}

/*
 * Each section's list: built afresh when a filter narrows it, and built once
 * per connection for the unfiltered queue, the page moderators keep open
 * (db/client.ts, prepared()).
 */
const safetyList = (executor: Executor, where: SQL | undefined) =>
  executor
    .select({ id: safetyItems.id, level: safetyItems.level, category: safetyItems.category, reasons: safetyItems.reasons, targetKind: safetyItems.targetKind, subjectName: nameOf(safetyItems.subjectId), createdAt: safetyItems.createdAt })
    .from(safetyItems)
    .where(where)
    // Level, then category severity, then waiting time (lib/dal/safety/triage.ts).
    .orderBy(...safetyQueueOrder)
    .limit(fixedLimit(SECTION_LIMIT));

const reportList = (executor: Executor, where: SQL | undefined) =>
  executor
    .select({ id: reports.id, category: reports.category, targetKind: reports.targetKind, subjectName: nameOf(reports.subjectId), createdAt: reports.createdAt })
    .from(reports)
    .where(where)
    .orderBy(reportQueueOrder, asc(reports.createdAt), asc(reports.id))
    .limit(fixedLimit(SECTION_LIMIT));

const appealList = (executor: Executor, where: SQL | undefined) =>
  executor
    .select({ id: appeals.id, action: moderationActions.action, personName: nameOf(appeals.userId), createdAt: appeals.createdAt })
    .from(appeals)
    .innerJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
    .where(where)
    .orderBy(asc(appeals.createdAt))
    .limit(fixedLimit(SECTION_LIMIT));

// Open items, the status fixed in the text (db/client.ts#fixed): the unfiltered lists have no parameters and one plan.
const openSafety = eq(safetyItems.status, fixed("open"));
const openReport = eq(reports.status, fixed("open"));
const openAppeal = eq(appeals.status, fixed("open"));
const openSafetyList = prepared("queue_open_safety_items", (executor) => safetyList(executor, openSafety));
const openReportList = prepared("queue_open_reports", (executor) => reportList(executor, openReport));
const openAppealList = prepared("queue_open_appeals", (executor) => appealList(executor, openAppeal));

const expiringRequests = prepared("queue_expiring_requests", (executor) => {
  const seeker = alias(users, "seeker");
  const partner = alias(users, "partner");
  return executor
    .select({ id: matchRequests.id, kind: matchRequests.kind, fromName: seeker.name, toName: partner.name, expiresAt: matchRequests.expiresAt })
    .from(matchRequests)
    .innerJoin(seeker, eq(seeker.id, matchRequests.fromId))
    .innerJoin(partner, eq(partner.id, matchRequests.toId))
    .where(and(eq(matchRequests.status, fixed("open")), gt(matchRequests.expiresAt, sql.placeholder("at")), lte(matchRequests.expiresAt, sql.placeholder("until"))))
    .orderBy(asc(matchRequests.expiresAt))
    .limit(fixedLimit(COUNTED_LIMIT));
});

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
  const safetyWhere = and(openSafety, queueFilterWhere(filter, viewer, at, "safety_item", { id: safetyItems.id, createdAt: safetyItems.createdAt, category: { column: safetyItems.category } }));
  const reportWhere = and(openReport, queueFilterWhere(filter, viewer, at, "report", { id: reports.id, createdAt: reports.createdAt, category: { column: reports.category, values: REPORT_CATEGORIES } }));
  const appealWhere = and(openAppeal, queueFilterWhere(filter, viewer, at, "appeal", { id: appeals.id, createdAt: appeals.createdAt }));
  const { stalledAfterMissed } = await getSettings();

  const filtered = Boolean(filter.kind || filter.category || filter.age || filter.claim);
  // Every section's list and all the counts in one round of statements: the counts in one statement.
  const [claims, safety, openReports, openAppeals, [counted], stalled, expiring, needFacilitator] = await Promise.all([
    liveClaims(viewer),
    filtered ? safetyList(db(), safetyWhere) : openSafetyList({}),
    filtered ? reportList(db(), reportWhere) : openReportList({}),
    filtered ? appealList(db(), appealWhere) : openAppealList({}),
    queueCounts(filtered ? { safety: safetyWhere, reports: reportWhere, appeals: appealWhere } : null),
    stalledRelationships(stalledAfterMissed),
    expiringRequests({ at: at.toISOString(), until: new Date(at.getTime() + EXPIRING_WITHIN_MS).toISOString() }),
    circlesNeedingFacilitator(),
  ]);
  const claimOf = (kind: ClaimKind, id: string) => claims.get(`${kind}:${id}`) ?? null;
  const c = counted!;
  const stalledRows = stalled
    .map((s) => ({ ...s, claim: claimOf("relationship", s.id) }))
    .filter((s) => matchesQueueFilter(filter, at, "relationship", { waitingSince: s.lastMissedAt, claim: s.claim }));
  return {
    now: at,
    safetyItems: safety.map((s) => ({ ...s, claim: claimOf("safety_item", s.id) })),
    reports: openReports.map((r) => ({ ...r, claim: claimOf("report", r.id) })),
    appeals: openAppeals.map((a) => ({ ...a, claim: claimOf("appeal", a.id) })),
    applications: { waiting: c.applications, oldestSubmittedAt: c.oldest_application ? new Date(c.oldest_application) : null },
    stalled: stalledRows.slice(0, SECTION_LIMIT),
    expiring: expiring.slice(0, SECTION_LIMIT),
    circlesNeedingFacilitator: needFacilitator,
    counts: {
      safetyItems: c.safety,
      crisis: c.crisis,
      reports: c.reports,
      appeals: c.appeals,
      applications: c.applications,
      stalled: stalled.length,
      expiring: expiring.length,
      circlesNeedingFacilitator: needFacilitator.length,
    },
    filter,
    matching: filtered
      ? { safetyItems: c.matching_safety ?? 0, reports: c.matching_reports ?? 0, appeals: c.matching_appeals ?? 0, stalled: stalledRows.length }
      : { safetyItems: c.safety, reports: c.reports, appeals: c.appeals, stalled: stalled.length },
  };
}
