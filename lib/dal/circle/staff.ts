import "server-only";
import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { circleMessages, users } from "@/db/schema";
import { contexts, unseal } from "@/lib/privacy/encryption";

/**
 * A reported or flagged circle message with up to three messages either side,
 * opened for a moderator. Only called by moderator-content.ts, which checks
 * the viewer is staff and writes the audit row in the same transaction.
 */
export async function readCircleMessageForStaff(messageId: string) {
  const columns = { id: circleMessages.id, circleId: circleMessages.circleId, authorName: users.name, body: circleMessages.body, keyId: circleMessages.keyId, createdAt: circleMessages.createdAt, removedAt: circleMessages.removedAt };
  const [focus] = await db().select(columns).from(circleMessages).innerJoin(users, eq(users.id, circleMessages.authorId)).where(eq(circleMessages.id, messageId));
  if (!focus) return null;
  const side = (before: boolean) =>
    db()
      .select(columns)
      .from(circleMessages)
      .innerJoin(users, eq(users.id, circleMessages.authorId))
      .where(and(eq(circleMessages.circleId, focus.circleId), before ? lt(circleMessages.createdAt, focus.createdAt) : gt(circleMessages.createdAt, focus.createdAt)))
      .orderBy(before ? desc(circleMessages.createdAt) : asc(circleMessages.createdAt))
      .limit(3);
  const rows = [...(await side(true)).reverse(), focus, ...(await side(false))];
  return {
    circleId: focus.circleId,
    lines: rows.map((r) => {
      let text: string | null = null;
      try {
        text = unseal({ ciphertext: r.body, keyId: r.keyId }, contexts.circleMessage(r.circleId));
      } catch {
        // A missing key is an operations problem; the page says so.
      }
      return { id: r.id, authorName: r.authorName, createdAt: r.createdAt, text, removed: r.removedAt !== null, focus: r.id === focus.id };
    }),
  };
}
