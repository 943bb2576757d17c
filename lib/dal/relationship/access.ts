import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { blocks, friendProfiles, mentorProfiles, needsProfiles, relationships, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { uuid } from "@/lib/validation/fields";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";

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
}

export const NOT_FOUND = "We couldn't find that relationship.";

/** SQL: true when a block stands between the two people of `relationships`. */
export const blockedPair = sql`exists (select 1 from ${blocks} where ${blocks.pairLow} = ${relationships.pairLow} and ${blocks.pairHigh} = ${relationships.pairHigh})`;

/** Reads the relationship for the signed-in viewer, or throws NotFoundError. Inside transaction() it reads through it; `lock` takes the row for update. */
export async function accessRelationship(relationshipId: unknown, options: { lock?: boolean } = {}): Promise<RelationshipAccess> {
  const viewer = await requireViewer();
  const parsed = uuid.safeParse(relationshipId);
  if (!parsed.success) throw new NotFoundError(NOT_FOUND);
  const query = db()
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
    })
    .from(relationships)
    .where(
      and(
        eq(relationships.id, parsed.data),
        or(eq(relationships.seekerId, viewer.id), eq(relationships.partnerId, viewer.id)),
        sql`not ${blockedPair}`,
      ),
    );
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(NOT_FOUND);
  const otherId = row.seekerId === viewer.id ? row.partnerId : row.seekerId;
  const [other] = await db().select({ name: users.name }).from(users).where(eq(users.id, otherId));
  return {
    ...row,
    viewer,
    otherId,
    otherName: other?.name ?? "Someone",
    viewerSide: row.kind === "friendship" ? "friend" : row.seekerId === viewer.id ? "seeker" : "mentor",
    mentorId: row.kind === "mentorship" ? row.partnerId : null,
  };
}

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
export async function timezoneOf(userId: string): Promise<string> {
  const [row] = await rowsOf<{ tz: string | null }>(sql`
    select coalesce(
      (select ${needsProfiles.timezone} from ${needsProfiles} where ${needsProfiles.userId} = ${userId}),
      (select ${mentorProfiles.timezone} from ${mentorProfiles} where ${mentorProfiles.userId} = ${userId}),
      (select ${friendProfiles.timezone} from ${friendProfiles} where ${friendProfiles.userId} = ${userId})
    ) as tz`);
  return row?.tz || "UTC";
}
