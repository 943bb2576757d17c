import "server-only";
import { and, desc, eq, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { relationships, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { endRelationshipSchema } from "@/lib/validation/relationships";
import { invalidateMentorPool } from "./mentor-pool";
import { requireViewer } from "./viewer";

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

/** The viewer's relationships, active first. Only relationships the viewer is part of. */
export async function listMyRelationships(): Promise<RelationshipSummary[]> {
  const viewer = await requireViewer();
  const rows = await db()
    .select({
      id: relationships.id,
      kind: relationships.kind,
      seekerId: relationships.seekerId,
      partnerId: relationships.partnerId,
      startedAt: relationships.startedAt,
      status: relationships.status,
      endedAt: relationships.endedAt,
      otherName: sql<string>`(select ${users.name} from ${users} where ${users.id} = case when ${relationships.seekerId} = ${viewer.id} then ${relationships.partnerId} else ${relationships.seekerId} end)`,
    })
    .from(relationships)
    .where(or(eq(relationships.seekerId, viewer.id), eq(relationships.partnerId, viewer.id)))
    .orderBy(sql`${relationships.status} = 'active' desc`, desc(relationships.startedAt))
    .limit(50);
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

/**
 * Ends a relationship without blame. Either person may; the mentor's place is
 * free at once (capacity counts active relationships only).
 */
export async function endRelationship(input: unknown) {
  const viewer = await requireViewer();
  const { relationshipId, reason, reflection } = endRelationshipSchema.parse(input);
  const [ended] = await db()
    .update(relationships)
    .set({ status: "ended", endedAt: sql`now()`, endedById: viewer.id, endReason: reason, endReflection: reflection })
    .where(
      and(
        eq(relationships.id, relationshipId),
        or(eq(relationships.seekerId, viewer.id), eq(relationships.partnerId, viewer.id)),
        eq(relationships.status, "active"),
      ),
    )
    .returning({ id: relationships.id });
  if (!ended) {
    const [exists] = await db()
      .select({ status: relationships.status })
      .from(relationships)
      .where(and(eq(relationships.id, relationshipId), or(eq(relationships.seekerId, viewer.id), eq(relationships.partnerId, viewer.id))));
    if (!exists) throw new NotFoundError("We couldn't find that relationship.");
    throw new ConflictError("This relationship has already ended.");
  }
  invalidateMentorPool();
}
