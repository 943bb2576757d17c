import "server-only";
import { asc, count, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { mentorTopics, needsProfileTopics, topics } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { addTopicSchema, renameTopicSchema, slugify, topicIdSchema } from "@/lib/validation/topics";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireAdmin } from "@/lib/dal/account/viewer";

export interface TopicChoice {
  id: string;
  name: string;
  retired: boolean;
}

/**
 * The topics a form offers: every active one, plus retired ones in `keep`
 * (those the person already named, which stay ticked until they untick them).
 * Topic names are public vocabulary, so no viewer is needed here; callers
 * pass only the viewer's own topic ids.
 */
export async function topicsOffered(keep: readonly string[] = []): Promise<TopicChoice[]> {
  return db()
    .select({ id: topics.id, name: topics.name, retired: sql<boolean>`${topics.retiredAt} is not null` })
    .from(topics)
    .where(keep.length ? or(isNull(topics.retiredAt), inArray(topics.id, [...keep])) : isNull(topics.retiredAt))
    .orderBy(asc(topics.name));
}

/** Topics anyone can choose now. */
export const listActiveTopics = () => topicsOffered();

/** Every topic with how many profiles name it. Admins only. */
export async function listTopicsForAdmin() {
  await requireAdmin();
  const seekers = db()
    .select({ topicId: needsProfileTopics.topicId, n: count().as("seekers") })
    .from(needsProfileTopics)
    .groupBy(needsProfileTopics.topicId)
    .as("seekers");
  const mentors = db()
    .select({ topicId: mentorTopics.topicId, n: count().as("mentors") })
    .from(mentorTopics)
    .groupBy(mentorTopics.topicId)
    .as("mentors");
  return db()
    .select({
      id: topics.id,
      slug: topics.slug,
      name: topics.name,
      retiredAt: topics.retiredAt,
      seekers: sql<number>`coalesce(${seekers.n}, 0)::int`,
      mentors: sql<number>`coalesce(${mentors.n}, 0)::int`,
    })
    .from(topics)
    .leftJoin(seekers, eq(seekers.topicId, topics.id))
    .leftJoin(mentors, eq(mentors.topicId, topics.id))
    .orderBy(sql`${topics.retiredAt} is not null`, asc(topics.name));
}

export async function addTopic(input: unknown) {
  const admin = await requireAdmin();
  const { name } = addTopicSchema.parse(input);
  return transaction(async (tx) => {
    const [created] = await tx
      .insert(topics)
      .values({ name, slug: slugify(name) })
      .onConflictDoNothing({ target: topics.slug })
      .returning({ id: topics.id, name: topics.name });
    if (!created) throw new ConflictError(`A topic like “${name}” already exists. Rename or restore that one instead.`);
    await recordAudit({ actorId: admin.id, action: "topic.add", details: { topicId: created.id, name } });
    return created;
  });
}

/** Renaming keeps the id and slug, so every profile that names the topic shows the new name. */
export async function renameTopic(input: unknown) {
  const admin = await requireAdmin();
  const { topicId, name } = renameTopicSchema.parse(input);
  return transaction(async (tx) => {
    const [before] = await tx.select({ name: topics.name }).from(topics).where(eq(topics.id, topicId)).for("update");
    if (!before) throw new NotFoundError("That topic no longer exists.");
    await tx.update(topics).set({ name }).where(eq(topics.id, topicId));
    await recordAudit({ actorId: admin.id, action: "topic.rename", details: { topicId, from: before.name, to: name } });
    return { name };
  });
}

/**
 * Retiring hides a topic from new choices; profiles that already name it keep
 * it (and still match on it). Restoring brings it back.
 */
export async function setTopicRetired(input: unknown, retired: boolean) {
  const admin = await requireAdmin();
  const { topicId } = topicIdSchema.parse(input);
  return transaction(async (tx) => {
    const [row] = await tx
      .update(topics)
      .set({ retiredAt: retired ? sql`coalesce(${topics.retiredAt}, now())` : null })
      .where(eq(topics.id, topicId))
      .returning({ name: topics.name });
    if (!row) throw new NotFoundError("That topic no longer exists.");
    await recordAudit({ actorId: admin.id, action: retired ? "topic.retire" : "topic.restore", details: { topicId, name: row.name } });
    return row;
  });
}
