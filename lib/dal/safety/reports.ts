import "server-only";
import { and, desc, eq, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { checkInEntries, type ContentKind, matchRequests, messages, relationships, reports, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { uuid } from "@/lib/validation/fields";
import { CONTENT_KINDS, reportSchema } from "@/lib/validation/reports";
import { pairOf } from "@/lib/dal/matching/requests";
import { type ClaimInfo, claimOn } from "@/lib/dal/staff/claims";
import { isTargetRemoved, type ItemSubject, itemSubject } from "@/lib/dal/staff/item-pages";
import { requireStaff, requireViewer, type Viewer } from "@/lib/dal/account/viewer";
import { spaceReportTarget } from "@/lib/dal/space/posts";
import { circleReportTarget } from "@/lib/dal/circle/safety";

/**
 * Reports: anyone signed in tells the moderators about something they saw.
 * You can only report what you can see — a message or check-in entry in a
 * relationship you are part of, or a person (or their profile) you have a
 * relationship or a request with. Anything else is "not found", so a report
 * can't be used to learn whether an id exists. A report points at the
 * content (kind + id) and never copies it.
 */

const NOT_REPORTABLE = "We couldn't find that to report. It may have been removed.";

interface ResolvedTarget {
  kind: ContentKind;
  id: string;
  subjectId: string;
  subjectName: string;
  relationshipId: string | null;
  circleId?: string | null;
}

const inRelationship = (viewerId: string) => or(eq(relationships.seekerId, viewerId), eq(relationships.partnerId, viewerId));

/** Works out what is reported and about whom, only from rows the viewer can see. */
async function resolveTarget(viewer: Viewer, kind: ContentKind, targetId: string, circleId?: string): Promise<ResolvedTarget> {
  if (kind === "circle_message" || (kind === "person" && circleId)) {
    // From a circle's page: only what the viewer can see in a circle they are in (lib/dal/circle/safety.ts).
    const target = await circleReportTarget(viewer, kind, targetId, circleId);
    return { kind, id: targetId, subjectId: target.subjectId, subjectName: target.subjectName, relationshipId: null, circleId: target.circleId };
  }
  if (kind === "space_post" || kind === "space_reply") {
    // Only what the viewer can see in a space, and never their own words.
    const target = await spaceReportTarget(viewer, kind, targetId);
    if (!target) throw new NotFoundError(NOT_REPORTABLE);
    if (target.subjectId === viewer.id) throw new ConflictError("These are your own words, so there's nothing to report.");
    return { kind, id: targetId, subjectId: target.subjectId, subjectName: target.subjectName, relationshipId: null };
  }
  if (kind === "message" || kind === "check_in_entry") {
    const table = kind === "message" ? messages : checkInEntries;
    const [row] = await db()
      .select({ authorId: table.authorId, relationshipId: table.relationshipId, authorName: users.name })
      .from(table)
      .innerJoin(relationships, eq(relationships.id, table.relationshipId))
      .innerJoin(users, eq(users.id, table.authorId))
      .where(and(eq(table.id, targetId), inRelationship(viewer.id)));
    if (!row) throw new NotFoundError(NOT_REPORTABLE);
    if (row.authorId === viewer.id) throw new ConflictError("These are your own words, so there's nothing to report. You can remove them from the thread instead.");
    return { kind, id: targetId, subjectId: row.authorId, subjectName: row.authorName, relationshipId: row.relationshipId };
  }
  // A person or their profile: the id is the person's. Someone you share a relationship or a request with.
  if (targetId === viewer.id) throw new NotFoundError(NOT_REPORTABLE);
  const pair = pairOf(viewer.id, targetId);
  const [person] = await db()
    .select({
      id: users.id,
      name: users.name,
      relationshipId: sql<string | null>`(select ${relationships.id} from ${relationships}
        where ${relationships.pairLow} = ${pair.pairLow} and ${relationships.pairHigh} = ${pair.pairHigh}
        order by ${relationships.startedAt} desc limit 1)`,
      hasRequest: sql<boolean>`exists (select 1 from ${matchRequests}
        where ${matchRequests.pairLow} = ${pair.pairLow} and ${matchRequests.pairHigh} = ${pair.pairHigh})`,
    })
    .from(users)
    .where(and(eq(users.id, targetId), ne(users.status, "deleted")));
  if (!person || (!person.relationshipId && !person.hasRequest)) throw new NotFoundError(NOT_REPORTABLE);
  return { kind, id: targetId, subjectId: person.id, subjectName: person.name, relationshipId: person.relationshipId };
}

export interface ReportTarget {
  kind: ContentKind;
  id: string;
  /** The person it is about, as the reporter knows them. */
  subjectName: string;
}

/** What the viewer is about to report (for the report page), or NotFoundError if they can't report it. */
export async function describeReportTarget(kind: unknown, id: unknown, circleId?: unknown): Promise<ReportTarget> {
  const viewer = await requireViewer();
  const parsedKind = CONTENT_KINDS.find((k) => k === kind);
  const parsedId = uuid.safeParse(id);
  const parsedCircle = circleId === undefined || circleId === "" ? undefined : uuid.safeParse(circleId);
  if (!parsedKind || !parsedId.success || (parsedCircle && !parsedCircle.success)) throw new NotFoundError(NOT_REPORTABLE);
  const target = await resolveTarget(viewer, parsedKind, parsedId.data, parsedCircle?.data);
  return { kind: target.kind, id: target.id, subjectName: target.subjectName };
}

/**
 * Files a report. A double click, or reporting the same thing again while the
 * first report is open, gives the one open report (unique index), not two.
 */
export async function reportContent(input: unknown): Promise<{ id: string; created: boolean; subjectName: string }> {
  const viewer = await requireViewer();
  const data = reportSchema.parse(input);
  const target = await resolveTarget(viewer, data.targetKind, data.targetId, data.circleId);
  const [created] = await db()
    .insert(reports)
    .values({
      reporterId: viewer.id,
      subjectId: target.subjectId,
      targetKind: target.kind,
      targetId: target.id,
      relationshipId: target.relationshipId,
      circleId: target.circleId ?? null,
      category: data.category,
      note: data.note,
      createdAt: now(),
    })
    // The only unique index besides the key is "one open report per reporter and target".
    .onConflictDoNothing()
    .returning({ id: reports.id });
  if (created) return { id: created.id, created: true, subjectName: target.subjectName };
  const [open] = await db()
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.reporterId, viewer.id), eq(reports.targetKind, target.kind), eq(reports.targetId, target.id), eq(reports.status, "open")));
  if (!open) throw new ConflictError("Your report crossed with a moderator's decision. Please send it again.");
  return { id: open.id, created: false, subjectName: target.subjectName };
}

export interface MyReport {
  id: string;
  targetKind: ContentKind;
  category: (typeof reports.$inferSelect)["category"];
  subjectName: string | null;
  status: "open" | "resolved";
  /** What the moderators decided, in plain words (never who decided). */
  decision: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

/** The viewer's own reports, newest first. */
export async function listMyReports(): Promise<MyReport[]> {
  const viewer = await requireViewer();
  const subject = alias(users, "subject");
  return db()
    .select({
      id: reports.id,
      targetKind: reports.targetKind,
      category: reports.category,
      subjectName: subject.name,
      status: reports.status,
      decision: reports.decision,
      createdAt: reports.createdAt,
      decidedAt: reports.decidedAt,
    })
    .from(reports)
    .leftJoin(subject, eq(subject.id, reports.subjectId))
    .where(eq(reports.reporterId, viewer.id))
    .orderBy(desc(reports.createdAt))
    .limit(100);
}

export interface ReportForStaff {
  id: string;
  category: MyReport["category"];
  targetKind: ContentKind;
  targetId: string;
  relationshipId: string | null;
  /** The reporter's own words to moderators. */
  note: string | null;
  reporterName: string | null;
  status: "open" | "resolved";
  decision: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  subject: ItemSubject | null;
  targetRemoved: boolean;
  claim: ClaimInfo | null;
}

/** One report, for its page in /admin. Staff only; the reported words are read separately (moderator-content.ts), audited. */
export async function getReportForStaff(id: string): Promise<ReportForStaff | null> {
  const viewer = await requireStaff();
  if (!uuid.safeParse(id).success) return null;
  const reporter = alias(users, "reporter");
  const [row] = await db()
    .select({
      id: reports.id,
      category: reports.category,
      targetKind: reports.targetKind,
      targetId: reports.targetId,
      relationshipId: reports.relationshipId,
      note: reports.note,
      reporterName: reporter.name,
      subjectId: reports.subjectId,
      status: reports.status,
      decision: reports.decision,
      decidedAt: reports.decidedAt,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .leftJoin(reporter, eq(reporter.id, reports.reporterId))
    .where(eq(reports.id, id));
  if (!row) return null;
  const { subjectId, ...rest } = row;
  const [subject, targetRemoved, claim] = await Promise.all([itemSubject(viewer, subjectId), isTargetRemoved(row.targetKind, row.targetId), claimOn(viewer, "report", row.id)]);
  return { ...rest, subject, targetRemoved, claim };
}
