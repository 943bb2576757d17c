import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { prepared } from "@/db/client";
import { absences, rhythms } from "@/db/schema";
import { perRequest } from "@/lib/dal/system/request-scope";

/**
 * Rows of one relationship that several parts of its page need, each read
 * once per request (lib/dal/system/request-scope) and filtered by whoever
 * uses them: the header, the check-ins, the rhythm form, time away, the
 * story and the ending used to read the same rhythms three times and the
 * same time away three times (the ruptures come with the folds' own rows,
 * ./fold-rows.ts). The caller has authorized (these take an id that came
 * through accessRelationship). Inside a transaction they read afresh,
 * through it. The arrays are shared: filter or copy before sorting. Each is
 * an async function on purpose: a drizzle query is a lazy thenable that
 * runs again every time it is awaited, so the memo must hold the promise of
 * its result, not the query. Their SQL is built once per connection
 * (db/client.ts#prepared): the relationship page and the thread's poll make
 * them on every request.
 */

const relationshipId = sql.placeholder("relationshipId");

/** The agreed and proposed rhythms, oldest first (declined and replaced ones are history nobody shows). */
export const rhythmRowsOf = perRequest("rhythm-rows", async (id: string) => readRhythmRows({ relationshipId: id }));

const readRhythmRows = prepared("relationship_rhythm_rows", (executor) =>
  executor
    .select({
      id: rhythms.id,
      status: rhythms.status,
      cadence: rhythms.cadence,
      day: rhythms.day,
      part: rhythms.part,
      timezone: rhythms.timezone,
      effectiveFrom: rhythms.effectiveFrom,
      proposedById: rhythms.proposedById,
      createdAt: rhythms.createdAt,
    })
    .from(rhythms)
    .where(and(eq(rhythms.relationshipId, relationshipId), inArray(rhythms.status, ["agreed", "proposed"])))
    .orderBy(asc(rhythms.effectiveFrom), asc(rhythms.createdAt)),
);

/** Time away that was not cancelled, past and to come, soonest first. */
export const absencesOf = perRequest("absence-rows", async (id: string) => readAbsenceRows({ relationshipId: id }));

const readAbsenceRows = prepared("relationship_absence_rows", (executor) =>
  executor
    .select({ id: absences.id, userId: absences.userId, startsAt: absences.startsAt, returnsAt: absences.returnsAt, announcedAt: absences.announcedAt })
    .from(absences)
    .where(and(eq(absences.relationshipId, relationshipId), isNull(absences.cancelledAt)))
    .orderBy(asc(absences.startsAt)),
);
