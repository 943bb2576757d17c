import "server-only";
import { and, desc, eq, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { checkIns, relationships, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { uuid } from "@/lib/validation/fields";
import { requireStaff } from "@/lib/dal/account/viewer";
import { type ClaimInfo, claimOn } from "./claims";

/**
 * A stalled relationship's page in the queue (/admin/queue/relationships/[id]):
 * who, since when, and the record of check-ins, with its claim. Statuses only,
 * never words. Staff only. Which relationships count as stalled is the
 * queue's list (queue.ts).
 */

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
