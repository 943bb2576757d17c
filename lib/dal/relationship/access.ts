import "server-only";
import { and, eq, or, sql, type SQLWrapper } from "drizzle-orm";
import { db, type Executor, prepared, rowsOf } from "@/db/client";
import { blocks, friendProfiles, mentorProfiles, needsProfiles, relationships, threadReads, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { uuid } from "@/lib/validation/fields";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";
import { perRequest } from "@/lib/dal/system/request-scope";

/**
 * The one door into a relationship for everything that lives inside it
 * (thread, rhythm, check-ins, pulse, fit checks, ruptures, ending). It finds
 * the relationship only if the viewer is one of its two people and no block
 * stands between them; anyone else, and a blocked pair, get "not found" —
 * never a hint that it exists.
 */

export interface RelationshipAccess {
  viewer: Viewer;
  id: string;
  kind: "mentorship" | "friendship";
  status: "active" | "ended";
  seekerId: string;
  partnerId: string;
  otherId: string;
  otherName: string;
  /** The viewer's side: a mentorship's seeker or mentor, or a friend. */
  viewerSide: "seeker" | "mentor" | "friend";
  /** The mentorship's mentor, or null for a friendship (pulse is about mentors). */
  mentorId: string | null;
  startedAt: Date;
  endedAt: Date | null;
  endedById: string | null;
  endReason: string | null;
  endReflection: string | null;
  endingAfter: Date | null;
  /** The viewer's read mark in the thread when this was read (null: never read), so a view with nothing new writes nothing. */
  viewerReadAt: Date | null;
}

export const NOT_FOUND = "We couldn't find that relationship.";

/** SQL: true when a block stands between the two people of `relationships`. */
export const blockedPair = sql`exists (select 1 from ${blocks} where ${blocks.pairLow} = ${relationships.pairLow} and ${blocks.pairHigh} = ${relationships.pairHigh})`;

/**
 * Reads the relationship for the signed-in viewer, or throws NotFoundError.
 * One query (the relationship by primary key, the block check and the other
 * person's name in it), made once per request: every section of the
 * relationship page and every DAL function it calls shares it. Inside
 * transaction() it reads through the transaction; `lock` takes the row for
 * update.
 */
export async function accessRelationship(relationshipId: unknown, options: { lock?: boolean } = {}): Promise<RelationshipAccess> {
  const viewer = await requireViewer();
  const parsed = uuid.safeParse(relationshipId);
  if (!parsed.success) throw new NotFoundError(NOT_FOUND);
  const found = options.lock ? await readAccess(viewer.id, parsed.data, true) : await readAccessOnce(viewer.id, parsed.data);
  if (!found) throw new NotFoundError(NOT_FOUND);
  const { seekerZone, partnerZone, ...row } = found;
  timezoneOf.prime(seekerZone || "UTC", row.seekerId);
  timezoneOf.prime(partnerZone || "UTC", row.partnerId);
  const otherId = row.seekerId === viewer.id ? row.partnerId : row.seekerId;
  return {
    ...row,
    otherName: row.otherName ?? "Someone",
    viewer,
    otherId,
    viewerSide: row.kind === "friendship" ? "friend" : row.seekerId === viewer.id ? "seeker" : "mentor",
    mentorId: row.kind === "mentorship" ? row.partnerId : null,
  };
}

/** The access query; `viewerId` and `relationshipId` are placeholders, filled when it runs. */
function accessQuery(executor: Executor) {
  const viewerId = sql.placeholder("viewerId");
  return executor
    .select({
      id: relationships.id,
      kind: relationships.kind,
      status: relationships.status,
      seekerId: relationships.seekerId,
      partnerId: relationships.partnerId,
      startedAt: relationships.startedAt,
      endedAt: relationships.endedAt,
      endedById: relationships.endedById,
      endReason: relationships.endReason,
      endReflection: relationships.endReflection,
      endingAfter: relationships.endingAfter,
      otherName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = case when ${relationships.seekerId} = ${viewerId} then ${relationships.partnerId} else ${relationships.seekerId} end)`,
      // Both people's zones ride along: nearly every section shows times, and reading them here saves two statements a page.
      // Qualified by hand: drizzle leaves a one-table query's columns bare, and inside the subselects they must name the outer row.
      seekerZone: zoneOf(sql`${relationships}.${sql.identifier("seeker_id")}`),
      partnerZone: zoneOf(sql`${relationships}.${sql.identifier("partner_id")}`),
      // The viewer's read mark (a primary-key lookup): the page's "seen up to now" then writes only when there is something new.
      viewerReadAt: sql<Date | null>`(select ${threadReads.lastReadAt} from ${threadReads} where ${threadReads.relationshipId} = ${relationships}.${sql.identifier("id")} and ${threadReads.userId} = ${viewerId})`.mapWith(
        threadReads.lastReadAt,
      ),
    })
    .from(relationships)
    .where(
      and(
        eq(relationships.id, sql.placeholder("relationshipId")),
        or(eq(relationships.seekerId, viewerId), eq(relationships.partnerId, viewerId)),
        sql`not ${blockedPair}`,
      ),
    );
}

/** Built once per connection (db/client.ts#prepared): every section of the relationship page and every thread poll starts here. */
const readAccessPrepared = prepared("relationship_access", accessQuery);

async function readAccess(viewerId: string, relationshipId: string, lock = false) {
  const values = { viewerId, relationshipId };
  // Locking happens inside a transaction, where a query is built afresh anyway.
  const [row] = lock ? await accessQuery(db()).for("update", { of: relationships }).execute(values) : await readAccessPrepared(values);
  return row;
}

const readAccessOnce = perRequest("relationship-access", (viewerId: string, relationshipId: string) => readAccess(viewerId, relationshipId));

/** As accessRelationship, for writes that need the relationship to still be going (the archive is read-only). */
export async function accessActiveRelationship(relationshipId: unknown, options: { lock?: boolean } = {}) {
  const access = await accessRelationship(relationshipId, options);
  if (access.status !== "active") throw new ConflictError("This relationship has ended, so its thread is now a read-only archive.");
  return access;
}

/**
 * The zone a person lives in, for showing rhythms and check-ins in their own
 * time: their needs profile's, else their mentor profile's, else their friend
 * profile's, else UTC.
 */
export const timezoneOf = perRequest("timezone", async (userId: string): Promise<string> => {
  const [row] = await rowsOf<{ tz: string | null }>(sql`select ${zoneOf(sql`${userId}::uuid`)} as tz`);
  return row?.tz || "UTC";
});

/** SQL: the zone of the person `userId` names, as timezoneOf finds it (null when they have none). */
function zoneOf(userId: SQLWrapper) {
  return sql<string | null>`coalesce(
      (select ${needsProfiles.timezone} from ${needsProfiles} where ${needsProfiles.userId} = ${userId}),
      (select ${mentorProfiles.timezone} from ${mentorProfiles} where ${mentorProfiles.userId} = ${userId}),
      (select ${friendProfiles.timezone} from ${friendProfiles} where ${friendProfiles.userId} = ${userId})
    )`;
}
