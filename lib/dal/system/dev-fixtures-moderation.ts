import "server-only";
import { randomUUID } from "node:crypto";
import { asc } from "drizzle-orm";
import { notFound } from "next/navigation";
import { transaction } from "@/db/client";
import { appeals, moderationActions, reports, safetyItems, spacePosts, spaces } from "@/db/schema";
import { contexts, sealJson } from "@/lib/privacy/encryption";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { createRelationshipFixture, type FixturePerson } from "./dev-fixtures";

/**
 * Test fixture for browser tests: a relationship (createRelationshipFixture)
 * whose seeker has reported the partner, with an open safety item about the
 * partner, a warning given to the partner and their open appeal of it, and a
 * post by the seeker in the first space — one of each thing a moderator
 * opens from the queue, with real ids. Outside
 * production only (the route answers 404 there, and so does this function).
 */
export interface ModerationFixture {
  relationshipId: string;
  seeker: FixturePerson;
  partner: FixturePerson;
  reportId: string;
  safetyItemId: string;
  actionId: string;
  appealId: string;
  spaceSlug: string;
  postId: string;
}

export async function createModerationFixture(): Promise<ModerationFixture> {
  if (env().isProduction) notFound();
  const { relationshipId, seeker, partner } = await createRelationshipFixture({});
  return transaction(async (tx) => {
    const at = now();
    const [report] = await tx
      .insert(reports)
      .values({ reporterId: seeker.id, subjectId: partner.id, targetKind: "person", targetId: partner.id, relationshipId, category: "boundaries", createdAt: at })
      .returning({ id: reports.id });
    const [item] = await tx
      .insert(safetyItems)
      .values({ level: "concern", subjectId: partner.id, targetKind: "person", targetId: partner.id, relationshipId, category: "distress", reasons: ["fixture"], createdAt: at })
      .returning({ id: safetyItems.id });
    const [action] = await tx
      .insert(moderationActions)
      .values({ subjectId: partner.id, action: "warn", reason: "A fixture warning, for the browser tests.", createdAt: at })
      .returning({ id: moderationActions.id });
    const [appeal] = await tx
      .insert(appeals)
      .values({ actionId: action!.id, userId: partner.id, text: "A fixture appeal, for the browser tests.", createdAt: at })
      .returning({ id: appeals.id });
    const [space] = await tx.select({ id: spaces.id, slug: spaces.slug }).from(spaces).orderBy(asc(spaces.slug)).limit(1);
    if (!space) throw new Error("No space to post in: seed the topics and spaces first.");
    const postId = randomUUID();
    const sealed = sealJson({ title: "A fixture post", body: "Words for the browser tests to show." }, contexts.spacePost(postId));
    await tx.insert(spacePosts).values({
      id: postId,
      spaceId: space.id,
      authorId: seeker.id,
      sealed: sealed.ciphertext,
      keyId: sealed.keyId,
      wish: "just_listen",
      status: "published",
      clientKey: randomUUID(),
      createdAt: at,
      publishedAt: at,
    });
    return { relationshipId, seeker, partner, reportId: report!.id, safetyItemId: item!.id, actionId: action!.id, appealId: appeal!.id, spaceSlug: space.slug, postId };
  });
}
