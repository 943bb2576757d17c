import "server-only";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { absences } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseDate, wallTimeToUtc } from "@/lib/matching/windows";
import { formatSlot, slotsBetween } from "@/lib/rhythm";
import { isoDate, localDayOf } from "@/lib/rhythm/local";
import { absenceSchema, cancelAbsenceSchema } from "@/lib/validation/check-ins";
import { fieldError } from "@/lib/validation/field-error";
import { agreedVersions, settleCheckIns } from "./check-ins";
import { notify } from "@/lib/dal/notifications/bell";
import { accessActiveRelationship, accessRelationship, timezoneOf } from "./access";
import { absencesOf } from "./reads";
import { lockRelationship } from "./lock";
import { dateFormat } from "@/lib/time/format";

/**
 * Planned absences: time away said ahead, so the check-ins that start while
 * it lasts are excused rather than missed (the rule is the engine's:
 * announced before the slot starts, covering its start). Dates are the
 * announcer's own calendar days: away from the start of the first day until
 * the start of the day they are back.
 */

export interface AbsenceView {
  id: string;
  byViewer: boolean;
  personName: string;
  /** "Monday 3 March" in the announcer's zone (their calendar). */
  firstDay: string;
  backOn: string;
  /** The check-ins it excuses under the rhythm as agreed now, in the viewer's zone. */
  excuses: string[];
  cancellable: boolean;
}

const dayLabel = (instant: Date, timeZone: string) => dateFormat({ timeZone, weekday: "long", day: "numeric", month: "long" }).format(instant);

/** Midnight at the start of a "YYYY-MM-DD" in a zone. */
const startOfLocalDay = (date: string, timeZone: string) => new Date(wallTimeToUtc(parseDate(date), timeZone));

/** Time away that has not ended yet, for either person, soonest first. */
export async function listAbsences(relationshipId: string): Promise<AbsenceView[]> {
  const access = await accessRelationship(relationshipId);
  const at = now();
  const [viewerTimezone, otherTimezone, versions, rows] = await Promise.all([
    timezoneOf(access.viewer.id),
    timezoneOf(access.otherId),
    agreedVersions(access.id),
    absencesOf(access.id),
  ]);
  return rows
    .filter((r) => r.returnsAt > at)
    .map((r) => {
    const byViewer = r.userId === access.viewer.id;
    const zone = byViewer ? viewerTimezone : otherTimezone;
    // Excused: slots starting while away and after it was said (the engine's rule).
    const from = new Date(Math.max(r.startsAt.getTime(), r.announcedAt.getTime() + 1));
    return {
      id: r.id,
      byViewer,
      personName: byViewer ? "You" : access.otherName,
      firstDay: dayLabel(r.startsAt, zone),
      backOn: dayLabel(r.returnsAt, zone),
      excuses: slotsBetween(versions, from, r.returnsAt).map((slot) => formatSlot(slot, viewerTimezone)),
      cancellable: byViewer && r.startsAt > at,
    };
  });
}

/**
 * Announces time away from `startDate` (today or later, in the viewer's
 * zone) until `returnDate`. Sending the same dates twice keeps one; dates that
 * overlap time away already planned are refused.
 */
export async function announceAbsence(input: unknown): Promise<{ absenceId: string }> {
  const data = absenceSchema.parse(input);
  const access = await accessActiveRelationship(data.relationshipId);
  const timezone = await timezoneOf(access.viewer.id);
  const at = now();
  if (data.startDate < isoDate(localDayOf(at.getTime(), timezone))) {
    throw fieldError("startDate", "Choose today or a later day: time away is said ahead, so it can't start in the past.");
  }
  const startsAt = startOfLocalDay(data.startDate, timezone);
  const returnsAt = startOfLocalDay(data.returnDate, timezone);
  const { absenceId, created } = await transaction(async (tx) => {
    await lockRelationship(access);
    const overlapping = await tx
      .select({ id: absences.id, startsAt: absences.startsAt, returnsAt: absences.returnsAt })
      .from(absences)
      .where(
        and(
          eq(absences.relationshipId, access.id),
          eq(absences.userId, access.viewer.id),
          isNull(absences.cancelledAt),
          lt(absences.startsAt, returnsAt),
          gt(absences.returnsAt, startsAt),
        ),
      );
    const same = overlapping.find((a) => a.startsAt.getTime() === startsAt.getTime() && a.returnsAt.getTime() === returnsAt.getTime());
    if (same) return { absenceId: same.id, created: false };
    if (overlapping.length > 0) throw new ConflictError("You already have time away planned that overlaps these dates. Cancel that one first, or choose other dates.");
    const [row] = await tx
      .insert(absences)
      .values({ relationshipId: access.id, userId: access.viewer.id, startsAt, returnsAt, announcedAt: at, createdAt: at, updatedAt: at })
      .returning({ id: absences.id });
    return { absenceId: row!.id, created: true };
  });
  await settleCheckIns(access.id, at);
  if (created) {
    await notify({
      userId: access.otherId,
      relationshipId: access.id,
      kind: "absence-announced",
      dedupeKey: `absence:${absenceId}`,
      title: `${access.viewer.name} will be away for a while`,
      body: "They said so ahead, so the check-ins in that time are excused and count against nobody. You'll find the dates on your relationship page.",
      href: `/relationships/${access.id}`,
    });
  }
  return { absenceId };
}

/** Cancels the viewer's own time away that has not started yet. Cancelling twice is fine. */
export async function cancelAbsence(input: unknown) {
  const data = cancelAbsenceSchema.parse(input);
  const access = await accessActiveRelationship(data.relationshipId);
  const at = now();
  const [cancelled] = await db()
    .update(absences)
    .set({ cancelledAt: at, updatedAt: at })
    .where(
      and(
        eq(absences.id, data.absenceId),
        eq(absences.relationshipId, access.id),
        eq(absences.userId, access.viewer.id),
        isNull(absences.cancelledAt),
        gt(absences.startsAt, at),
      ),
    )
    .returning({ id: absences.id });
  if (!cancelled) {
    const [row] = await db()
      .select({ cancelledAt: absences.cancelledAt })
      .from(absences)
      .where(and(eq(absences.id, data.absenceId), eq(absences.relationshipId, access.id), eq(absences.userId, access.viewer.id)));
    if (!row) throw new NotFoundError("We couldn't find that time away.");
    if (!row.cancelledAt) throw new ConflictError("That time away has already begun, so it can't be cancelled now.");
  }
  await settleCheckIns(access.id, at);
}
