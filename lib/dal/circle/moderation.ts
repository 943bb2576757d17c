import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, fixed, fixedLimit, prepared, rowsOf, transaction } from "@/db/client";
import {
  circleAttendance,
  circleFacilitatorPresence,
  circleMembers,
  circleMessages,
  circleSeekers,
  circleSessions,
  circles,
  moderationActions,
  reports,
  safetyItems,
  users,
} from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { circleRecord, describeRecord, type AttendanceStatus } from "@/lib/circles";
import { now } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { uuid } from "@/lib/validation/fields";
import { removeFromCircleSchema } from "@/lib/validation/moderation";
import { requireStaff } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { recordAudit } from "@/lib/dal/system/audit";
import { seatInLockedCircle } from "./membership";

/**
 * Circles as moderators see them: the "Circles" section of the queue, the
 * staff view of one circle (/admin/circles/[id]: people and their records,
 * the facilitator's presence, open items — never message content, which a
 * moderator opens only through an item's page, audited), removing a member
 * with a reason, and giving the seat back when an appeal is upheld for them.
 * Staff only: every exported reader and writer starts with requireStaff().
 */

// ------------------------------------------------------------ the queue's Circles section

export interface CircleQueueItem {
  /** A stable key for the list. */
  key: string;
  circleId: string;
  circleTitle: string;
  kind: "facilitator-missed" | "crisis" | "member-report";
  title: string;
  detail: string | null;
  level: "crisis" | "concern" | null;
  since: Date;
}

// Read on every load of the moderators' queue: built once, their statuses fixed in the text (db/client.ts#fixed).
const circleCrisisRows = prepared("circle_queue_safety", (executor) =>
  executor
    .select({
      circleId: circles.id,
      title: circles.title,
      crisis: sql<number>`count(*) filter (where ${safetyItems.level} = 'crisis')::int`,
      total: sql<number>`count(*)::int`,
      since: sql<Date>`min(${safetyItems.createdAt})`,
    })
    .from(safetyItems)
    .innerJoin(circleMessages, eq(circleMessages.id, safetyItems.targetId))
    .innerJoin(circles, eq(circles.id, circleMessages.circleId))
    .where(and(eq(safetyItems.targetKind, fixed("circle_message")), eq(safetyItems.status, fixed("open"))))
    .groupBy(circles.id, circles.title)
    .orderBy(sql`min(${safetyItems.createdAt})`)
    .limit(fixedLimit(100)),
);

const circleMemberReportRows = prepared("circle_queue_member_reports", (executor) => {
  const facilitator = alias(users, "facilitator");
  const reporter = alias(users, "reporter");
  const subject = alias(users, "subject");
  return executor
    .select({ id: reports.id, circleId: circles.id, title: circles.title, category: reports.category, targetKind: reports.targetKind, reporterName: reporter.name, subjectName: subject.name, facilitatorId: circles.facilitatorId, subjectId: reports.subjectId, createdAt: reports.createdAt })
    .from(reports)
    .innerJoin(circles, eq(circles.id, reports.circleId))
    .leftJoin(reporter, eq(reporter.id, reports.reporterId))
    .leftJoin(subject, eq(subject.id, reports.subjectId))
    .leftJoin(facilitator, eq(facilitator.id, circles.facilitatorId))
    .where(and(isNotNull(reports.circleId), eq(reports.status, fixed("open"))))
    .orderBy(asc(reports.createdAt))
    .limit(fixedLimit(100));
});

/**
 * Circle items for the moderators' queue, oldest first within each kind:
 * a facilitator who missed the last two sessions in a row, a circle with an
 * open safety item on one of its messages, and a member who reported another
 * member from the circle (open reports). Names and counts only.
 */
export async function circleQueueItems(): Promise<CircleQueueItem[]> {
  await requireStaff();
  type MissedRow = { circle_id: string; title: string; facilitator: string; last_number: number; since: string | Date };
  const [missed, crisis, memberReports] = await Promise.all([
    rowsOf<MissedRow>(sql`
      with ranked as (
        select p.circle_id, p.session_number, p.status, p.recorded_at,
               row_number() over (partition by p.circle_id order by p.session_number desc) as rn
        from ${circleFacilitatorPresence} p
      )
      select c.id as circle_id, c.title, u.name as facilitator, max(r.session_number)::int as last_number, max(r.recorded_at) as since
      from ranked r
      join ${circles} c on c.id = r.circle_id and c.status in ('open', 'active')
      join ${users} u on u.id = c.facilitator_id
      where r.rn <= 2
      group by c.id, c.title, u.name
      having count(*) = 2 and bool_and(r.status = 'missed')
      order by since asc
      limit 100`),
    circleCrisisRows({}),
    circleMemberReportRows({}),
  ]);
  return [
    ...crisis.map((c) => ({
      key: `crisis:${c.circleId}`,
      circleId: c.circleId,
      circleTitle: c.title,
      kind: "crisis" as const,
      title: `${c.crisis > 0 ? "Open crisis item" : "Open concern"} in ${c.title}`,
      detail: c.total > 1 ? `${c.total} open safety items on its messages` : "1 open safety item on its messages",
      level: c.crisis > 0 ? ("crisis" as const) : ("concern" as const),
      since: new Date(c.since),
    })),
    ...missed.map((m) => ({
      key: `facilitator-missed:${m.circle_id}`,
      circleId: m.circle_id,
      circleTitle: m.title,
      kind: "facilitator-missed" as const,
      title: `${m.facilitator} missed the last two sessions of ${m.title}`,
      detail: `Sessions ${m.last_number - 1} and ${m.last_number} were not opened.`,
      level: null,
      since: new Date(m.since),
    })),
    ...memberReports.map((r) => ({
      key: `member-report:${r.id}`,
      circleId: r.circleId,
      circleTitle: r.title,
      kind: "member-report" as const,
      title: `${r.reporterName ?? "A deleted account"} reported ${r.subjectId === r.facilitatorId ? "the facilitator" : "another member"}, ${r.subjectName ?? "a deleted account"}, in ${r.title}`,
      detail: `${r.targetKind === "circle_message" ? "A message" : "The person"} · ${r.category}`,
      level: r.category === "safety" ? ("crisis" as const) : null,
      since: r.createdAt,
    })),
  ];
}

// ------------------------------------------------------------ the staff view

export interface CircleForStaff {
  id: string;
  title: string;
  status: string;
  facilitatorAway: boolean;
  facilitator: { id: string; name: string };
  rhythm: string;
  lengthSessions: number;
  sessions: { number: number; status: string; startsAt: Date }[];
  facilitatorPresence: { sessionNumber: number; status: "there" | "missed" }[];
  members: { id: string; name: string; seat: number; joinedAt: Date; record: string; mayRemove: boolean }[];
  formerMembers: { id: string; name: string; leftAt: Date; leftReason: string }[];
  safetyItems: { id: string; level: "concern" | "crisis"; subjectName: string | null; createdAt: Date }[];
  reports: { id: string; category: string; targetKind: string; reporterName: string | null; subjectName: string | null; createdAt: Date }[];
}

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_NAMES = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/**
 * One circle for a moderator: who is in it with their records, the
 * facilitator's presence, sessions, and the open items about it (links to
 * their pages). No message content: reading a message goes through a report's
 * or safety item's page, audited there. Opening this view is audited too.
 */
export async function getCircleForStaff(id: unknown): Promise<CircleForStaff | null> {
  const viewer = await requireStaff();
  const parsed = uuid.safeParse(id);
  if (!parsed.success) return null;
  const [circle] = await db().select().from(circles).where(eq(circles.id, parsed.data));
  if (!circle) return null;
  const reporter = alias(users, "reporter");
  const subject = alias(users, "subject");
  const [facilitator, sessionRows, presence, memberRows, attendance, items, openReports] = await Promise.all([
    db().select({ id: users.id, name: users.name }).from(users).where(eq(users.id, circle.facilitatorId)),
    db().select({ number: circleSessions.number, status: circleSessions.status, startsAt: circleSessions.startsAt }).from(circleSessions).where(eq(circleSessions.circleId, circle.id)).orderBy(asc(circleSessions.number)),
    db()
      .select({ sessionNumber: circleFacilitatorPresence.sessionNumber, status: circleFacilitatorPresence.status })
      .from(circleFacilitatorPresence)
      .where(eq(circleFacilitatorPresence.circleId, circle.id))
      .orderBy(asc(circleFacilitatorPresence.sessionNumber)),
    db()
      .select({ id: users.id, name: users.name, roles: users.roles, seat: circleMembers.seat, joinedAt: circleMembers.joinedAt, leftAt: circleMembers.leftAt, leftReason: circleMembers.leftReason })
      .from(circleMembers)
      .innerJoin(users, eq(users.id, circleMembers.userId))
      .where(eq(circleMembers.circleId, circle.id))
      .orderBy(asc(circleMembers.seat), desc(circleMembers.joinedAt)),
    db()
      .select({ userId: circleAttendance.userId, sessionNumber: circleAttendance.sessionNumber, status: circleAttendance.status })
      .from(circleAttendance)
      .innerJoin(circleSessions, and(eq(circleSessions.circleId, circleAttendance.circleId), eq(circleSessions.number, circleAttendance.sessionNumber)))
      .where(and(eq(circleAttendance.circleId, circle.id), eq(circleSessions.status, "closed")))
      .orderBy(asc(circleAttendance.sessionNumber)),
    db()
      .select({ id: safetyItems.id, level: safetyItems.level, subjectName: subject.name, createdAt: safetyItems.createdAt })
      .from(safetyItems)
      .innerJoin(circleMessages, eq(circleMessages.id, safetyItems.targetId))
      .leftJoin(subject, eq(subject.id, safetyItems.subjectId))
      .where(and(eq(safetyItems.targetKind, "circle_message"), eq(circleMessages.circleId, circle.id), eq(safetyItems.status, "open")))
      .orderBy(asc(safetyItems.createdAt)),
    db()
      .select({ id: reports.id, category: reports.category, targetKind: reports.targetKind, reporterName: reporter.name, subjectName: subject.name, createdAt: reports.createdAt })
      .from(reports)
      .leftJoin(reporter, eq(reporter.id, reports.reporterId))
      .leftJoin(subject, eq(subject.id, reports.subjectId))
      .where(and(eq(reports.circleId, circle.id), eq(reports.status, "open")))
      .orderBy(asc(reports.createdAt)),
  ]);
  await recordAudit({ actorId: viewer.id, action: "circle.view_for_staff", details: { circleId: circle.id } });
  const current = memberRows.filter((m) => !m.leftAt);
  return {
    id: circle.id,
    title: circle.title,
    status: circle.status,
    facilitatorAway: circle.facilitatorAway,
    facilitator: facilitator[0] ?? { id: circle.facilitatorId, name: "Unknown" },
    rhythm: `${circle.cadence === "weekly" ? "Weekly" : "Every two weeks"}, ${DAY_NAMES[DAYS.indexOf(circle.day)] ?? circle.day} ${hhmm(circle.startMinute)}–${hhmm(circle.startMinute + circle.durationMinutes)} (${circle.timezone})`,
    lengthSessions: circle.lengthSessions,
    sessions: sessionRows,
    facilitatorPresence: presence,
    members: current.map((m) => ({
      id: m.id,
      name: m.name,
      seat: m.seat,
      joinedAt: m.joinedAt,
      record: describeRecord(circleRecord(attendance.filter((a) => a.userId === m.id).map((a) => a.status as AttendanceStatus))),
      mayRemove: canModerate(viewer, { id: m.id, roles: m.roles }),
    })),
    formerMembers: memberRows.filter((m) => m.leftAt).map((m) => ({ id: m.id, name: m.name, leftAt: m.leftAt!, leftReason: m.leftReason! })),
    safetyItems: items,
    reports: openReports,
  };
}

// ------------------------------------------------------------ removal and its appeal

/**
 * A moderator removes a member from a circle with a reason. One transaction
 * with the circle row locked: the seat is freed (reason "removed", the reason
 * sealed on the seat), a moderation action (appealable) and the audit row are
 * written, the person is told kindly with the reason and how to appeal, and
 * the facilitator only that someone left. Removing someone who is no longer
 * there does nothing (a double submit is one removal).
 */
export async function removeFromCircle(input: unknown): Promise<{ removed: boolean; name: string }> {
  const actor = await requireStaff();
  const { circleId, userId, reason } = removeFromCircleSchema.parse(input);
  return transaction(async (tx) => {
    const [circle] = await tx.select().from(circles).where(eq(circles.id, circleId)).for("update");
    if (!circle) throw new NotFoundError("We couldn't find that circle.");
    const [person] = await tx.select({ id: users.id, name: users.name, roles: users.roles }).from(users).where(eq(users.id, userId)).for("update");
    if (!person) throw new NotFoundError("We couldn't find that person.");
    if (!canModerate(actor, person)) throw new ForbiddenError("This person is staff (or you): an admin decides it.");
    const [seat] = await tx
      .select({ id: circleMembers.id })
      .from(circleMembers)
      .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.userId, person.id), isNull(circleMembers.leftAt)))
      .for("update");
    if (!seat) return { removed: false, name: person.name };
    const at = now();
    const [action] = await tx
      .insert(moderationActions)
      .values({ moderatorId: actor.id, subjectId: person.id, action: "remove_from_circle", reason, targetId: circle.id, createdAt: at })
      .returning({ id: moderationActions.id });
    await tx
      .update(circleMembers)
      .set({ leftAt: at, leftReason: "removed", removalNote: reason, removalActionId: action!.id })
      .where(eq(circleMembers.id, seat.id));
    await recordAudit({ actorId: actor.id, action: "circle.remove_member", targetUserId: person.id, reason, details: { circleId: circle.id, moderationActionId: action!.id } });
    await notify({
      userId: person.id,
      kind: "circle-removed",
      dedupeKey: `circle-removed:${action!.id}`,
      title: `You're no longer in ${circle.title}`,
      body: `A moderator removed you from the circle. What they wrote: “${reason}”. This isn't the end of your place on Alongside, and if you think it was wrong, you can ask for another look once.`,
      href: `/appeals/${action!.id}`,
    });
    await notify({
      userId: circle.facilitatorId,
      kind: "circle-member-left",
      dedupeKey: `circle-left:${seat.id}`,
      title: `${person.name.split(" ")[0]} has left ${circle.title}`,
      body: "Their seat is free now.",
      href: `/circles/${circle.id}`,
    });
    return { removed: true, name: person.name };
  });
}

/**
 * An appeal against a removal was upheld in the person's favour (overturned):
 * they get their seat back if the circle is still going and has room. If it
 * can't come back (the circle ended or filled meanwhile), their time there
 * ended early through no doing of theirs: they wait for a group again with
 * priority, and are told so. Called in decideAppeal's transaction; says
 * whether the seat came back.
 */
export async function restoreCircleSeat(actorId: string, actionId: string, circleId: string, userId: string): Promise<boolean> {
  const [circle] = await db().select().from(circles).where(eq(circles.id, circleId)).for("update");
  const seated = !!circle && circle.status !== "ended" && (await seatInLockedCircle(circle.id, userId, circle.maxSize, ["Returned after an appeal"]));
  if (seated) {
    await recordAudit({ actorId, action: "circle.restore_member", targetUserId: userId, details: { circleId, moderationActionId: actionId } });
    return true;
  }
  const at = now();
  await db()
    .insert(circleSeekers)
    .values({ userId, active: true, priority: true, waitingSince: at })
    .onConflictDoUpdate({ target: circleSeekers.userId, set: { active: true, priority: true, updatedAt: at } });
  await notify({
    userId,
    kind: "circle-replaced",
    dedupeKey: `circle-restore-waiting:${actionId}`,
    title: "You're waiting for another circle, with priority",
    body: `Your seat in ${circle?.title ?? "your circle"} couldn't come back — the circle has ${circle?.status === "ended" ? "ended" : "filled"} since. You're on the list for a small group, and the next circle round looks for a seat for you first. You can also ask to join a suggested circle right away.`,
    href: "/circles",
  });
  return false;
}
