import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { spaces, topics } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { openSpaceSchema, spaceAdminSchema } from "@/lib/validation/spaces";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { recordAudit } from "@/lib/dal/system/audit";

/**
 * Admins open, describe, pause and retire spaces. A space belongs to one
 * topic; retiring it keeps every post readable (no new posts or replies), so
 * nothing old breaks.
 */

export const DEFAULT_GUIDELINE =
  "Write as yourself, about yourself. Answer what the writer asked for: if they asked to be listened to, listen. No advice that sounds like a rule, no diagnosing, no “it gets better” promises. Never describe ways of hurting yourself. Keep contact details and other platforms out of it.";

export async function listSpacesForAdmin() {
  await requireAdmin();
  const [withSpaces, without] = await Promise.all([
    db()
      .select({ id: spaces.id, slug: spaces.slug, name: topics.name, description: spaces.description, guideline: spaces.guideline, status: spaces.status, heldForReview: spaces.heldForReview })
      .from(spaces)
      .innerJoin(topics, eq(topics.id, spaces.topicId))
      .orderBy(sql`${spaces.status} = 'retired'`, asc(topics.name)),
    db()
      .select({ id: topics.id, name: topics.name })
      .from(topics)
      .where(sql`${topics.retiredAt} is null and not exists (select 1 from ${spaces} where ${spaces.topicId} = ${topics.id})`)
      .orderBy(asc(topics.name)),
  ]);
  return { spaces: withSpaces, topicsWithoutSpace: without };
}

/** Opens a space for a topic on the list (one per topic). */
export async function openSpaceForTopic(input: unknown) {
  const admin = await requireAdmin();
  const { topicId } = openSpaceSchema.parse(input);
  return transaction(async (tx) => {
    const [topic] = await tx.select({ id: topics.id, slug: topics.slug }).from(topics).where(eq(topics.id, topicId));
    if (!topic) throw new NotFoundError("We couldn't find that topic.");
    const [row] = await tx.insert(spaces).values({ topicId: topic.id, slug: topic.slug, guideline: DEFAULT_GUIDELINE }).onConflictDoNothing().returning({ id: spaces.id });
    if (!row) throw new ConflictError("That topic already has a space.");
    await recordAudit({ actorId: admin.id, action: "space.open", details: { spaceId: row.id, topicId: topic.id } });
    return row;
  });
}

export async function updateSpace(input: unknown) {
  const admin = await requireAdmin();
  const data = spaceAdminSchema.parse(input);
  await transaction(async (tx) => {
    const [before] = await tx.select({ status: spaces.status, heldForReview: spaces.heldForReview }).from(spaces).where(eq(spaces.id, data.spaceId)).for("update");
    if (!before) throw new NotFoundError("We couldn't find that space.");
    await tx.update(spaces).set({ description: data.description, guideline: data.guideline, status: data.status, heldForReview: data.heldForReview }).where(eq(spaces.id, data.spaceId));
    await recordAudit({
      actorId: admin.id,
      action: "space.update",
      details: { spaceId: data.spaceId, status: `${before.status} → ${data.status}`, heldForReview: `${before.heldForReview} → ${data.heldForReview}` },
    });
  });
}
