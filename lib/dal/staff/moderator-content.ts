import "server-only";
import { readCircleMessageForStaff } from "@/lib/dal/circle/staff";
import { and, asc, desc, eq, gt, lt, lte, or, type SQL } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import {
  appeals,
  checkInEntries,
  type ContentKind,
  friendProfiles,
  mentorProfiles,
  messages,
  moderationActions,
  needsProfiles,
  relationships,
  reports,
  safetyItems,
  spaceReplies,
  users,
} from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { contexts, unseal, unsealJson } from "@/lib/privacy/encryption";
import { uuid } from "@/lib/validation/fields";
import { breakGlassSchema } from "@/lib/validation/moderation";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireStaff } from "@/lib/dal/account/viewer";

/**
 * The only two ways staff read private words (messages, check-in entries):
 *
 * 1. what a report, a safety item or an appeal points at, with three messages
 *    either side for context (`readReportedContent`);
 * 2. "break glass": the last 50 messages of one relationship, for a reason of
 *    at least 20 characters that admins read in the audit log (`breakGlass`).
 *
 * Each read writes its audit row *before* anything is decrypted, in the same
 * transaction as the select: if the audit row cannot be written, nothing is
 * read. There is no other DAL path that decrypts messages for staff (the
 * thread DAL goes through relationship-access.ts, which only lets the two
 * people of a relationship in). Audit rows name ids, never words.
 */

export const CONTEXT_EACH_SIDE = 3;
export const BREAK_GLASS_MESSAGES = 50;

export interface ThreadLine {
  id: string;
  authorName: string;
  createdAt: Date;
  /** Null when the words could not be decrypted (a key missing from DATA_KEYS). */
  text: string | null;
  removed: boolean;
  /** The message the item points at. */
  focus: boolean;
}

export type ReportedContent =
  | { kind: "message"; relationshipId: string; lines: ThreadLine[] }
  | { kind: "check_in_entry"; relationshipId: string; entry: { authorName: string; createdAt: Date; removed: boolean; answers: { label: string; text: string }[] | null }; lines: ThreadLine[] }
  | { kind: "profile"; sections: { label: string; text: string }[] }
  | { kind: "circle_message"; circleId: string; lines: ThreadLine[] }
  | { kind: "person" }
  | { kind: "space"; postId: string; replyId: string | null }
  | { kind: "gone" };

export type ContentItemKind = "report" | "safety_item" | "appeal";

interface Pointer {
  targetKind: ContentKind | null;
  targetId: string | null;
  subjectId: string | null;
}

async function pointerOf(itemKind: ContentItemKind, itemId: string): Promise<Pointer | null> {
  if (itemKind === "appeal") {
    const [row] = await db()
      .select({ targetKind: moderationActions.targetKind, targetId: moderationActions.targetId, subjectId: moderationActions.subjectId })
      .from(appeals)
      .innerJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
      .where(eq(appeals.id, itemId));
    return row ?? null;
  }
  const table = itemKind === "report" ? reports : safetyItems;
  const [row] = await db().select({ targetKind: table.targetKind, targetId: table.targetId, subjectId: table.subjectId }).from(table).where(eq(table.id, itemId));
  return row ?? null;
}

type MessageRow = { id: string; authorName: string; body: string; keyId: string; createdAt: Date; removedAt: Date | null };

const messageColumns = {
  id: messages.id,
  authorName: users.name,
  body: messages.body,
  keyId: messages.keyId,
  createdAt: messages.createdAt,
  removedAt: messages.removedAt,
};

function openLine(row: MessageRow, relationshipId: string, focusId: string | null): ThreadLine {
  let text: string | null = null;
  try {
    text = unseal({ ciphertext: row.body, keyId: row.keyId }, contexts.message(relationshipId));
  } catch {
    // A missing key is an operations problem; the page says so rather than failing.
  }
  return { id: row.id, authorName: row.authorName, createdAt: row.createdAt, text, removed: row.removedAt !== null, focus: row.id === focusId };
}

/** Up to three messages before and after a moment in a thread (the message at that moment, if any, excluded). */
async function around(relationshipId: string, at: Date, focusId: string | null) {
  const before = focusId ? or(lt(messages.createdAt, at), and(eq(messages.createdAt, at), lt(messages.id, focusId))) : lte(messages.createdAt, at);
  const after = focusId ? or(gt(messages.createdAt, at), and(eq(messages.createdAt, at), gt(messages.id, focusId))) : gt(messages.createdAt, at);
  const side = (where: SQL | undefined, order: "before" | "after") =>
    db()
      .select(messageColumns)
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .where(and(eq(messages.relationshipId, relationshipId), where))
      .orderBy(...(order === "before" ? [desc(messages.createdAt), desc(messages.id)] : [asc(messages.createdAt), asc(messages.id)]))
      .limit(CONTEXT_EACH_SIDE);
  const [earlier, later] = [await side(before, "before"), await side(after, "after")];
  return { before: earlier.reverse(), after: later };
}

const entryLabels: Record<string, string> = { arriving: "How I'm arriving", onMind: "On my mind", wouldHelp: "What would help" };

/**
 * What an item points at, decrypted for the staff viewer, with context.
 * Audited as `content.read_for_report`, `content.read_for_safety_item` or
 * `content.read_for_appeal`, naming the ids shown. NotFoundError for an
 * unknown item; `{ kind: "gone" }` when the content no longer exists.
 */
export async function readReportedContent(itemKind: ContentItemKind, itemId: string): Promise<ReportedContent> {
  const viewer = await requireStaff();
  if (!["report", "safety_item", "appeal"].includes(itemKind) || !uuid.safeParse(itemId).success) throw new NotFoundError();
  return transaction(async (tx) => {
    const pointer = await pointerOf(itemKind, itemId);
    if (!pointer) throw new NotFoundError();
    const { targetKind, targetId } = pointer;
    if (!targetKind || !targetId) return { kind: "gone" } as const;
    if (targetKind === "person") return { kind: "person" } as const;

    const audit = (details: Record<string, unknown>) =>
      recordAudit({
        actorId: viewer.id,
        action: `content.read_for_${itemKind}`,
        targetUserId: pointer.subjectId ?? undefined,
        details: { itemKind, itemId, targetKind, targetId, ...details },
      });

    if (targetKind === "space_post" || targetKind === "space_reply") {
      // Spaces have their own staff page, which reads (and records reading) the post with its replies.
      if (targetKind === "space_post") return { kind: "space", postId: targetId, replyId: null } as const;
      const [reply] = await tx.select({ postId: spaceReplies.postId }).from(spaceReplies).where(eq(spaceReplies.id, targetId));
      return reply ? ({ kind: "space", postId: reply.postId, replyId: targetId } as const) : ({ kind: "gone" } as const);
    }

    if (targetKind === "profile") {
      const [row] = await tx
        .select({
          ownWords: needsProfiles.ownWords,
          hopes: needsProfiles.hopes,
          intro: mentorProfiles.intro,
          motivation: mentorProfiles.motivation,
          share: friendProfiles.share,
        })
        .from(users)
        .leftJoin(needsProfiles, eq(needsProfiles.userId, users.id))
        .leftJoin(mentorProfiles, eq(mentorProfiles.userId, users.id))
        .leftJoin(friendProfiles, eq(friendProfiles.userId, users.id))
        .where(eq(users.id, targetId));
      if (!row) return { kind: "gone" } as const;
      await audit({});
      const sections = [
        { label: "In their own words (needs profile)", text: row.ownWords },
        { label: "What they hope for", text: row.hopes },
        { label: "Mentor introduction", text: row.intro },
        { label: "Why they volunteer", text: row.motivation },
        { label: "What they share as a friend", text: row.share },
      ].filter((s): s is { label: string; text: string } => Boolean(s.text?.trim()));
      return { kind: "profile", sections } as const;
    }

    if (targetKind === "message") {
      const [focus] = await tx
        .select({ ...messageColumns, relationshipId: messages.relationshipId })
        .from(messages)
        .innerJoin(users, eq(users.id, messages.authorId))
        .where(eq(messages.id, targetId));
      if (!focus) return { kind: "gone" } as const;
      const { before, after } = await around(focus.relationshipId, focus.createdAt, focus.id);
      const rows = [...before, focus, ...after];
      await audit({ relationshipId: focus.relationshipId, messageIds: rows.map((r) => r.id) });
      return { kind: "message", relationshipId: focus.relationshipId, lines: rows.map((r) => openLine(r, focus.relationshipId, focus.id)) } as const;
    }

    if (targetKind === "circle_message") {
      const found = await readCircleMessageForStaff(targetId);
      if (!found) return { kind: "gone" } as const;
      await audit({ circleId: found.circleId, messageIds: found.lines.map((l) => l.id) });
      return { kind: "circle_message", circleId: found.circleId, lines: found.lines } as const;
    }

    const [entry] = await tx
      .select({
        relationshipId: checkInEntries.relationshipId,
        authorName: users.name,
        content: checkInEntries.content,
        keyId: checkInEntries.keyId,
        createdAt: checkInEntries.createdAt,
        removedAt: checkInEntries.removedAt,
      })
      .from(checkInEntries)
      .innerJoin(users, eq(users.id, checkInEntries.authorId))
      .where(eq(checkInEntries.id, targetId));
    if (!entry) return { kind: "gone" } as const;
    const { before, after } = await around(entry.relationshipId, entry.createdAt, null);
    const rows = [...before, ...after];
    await audit({ relationshipId: entry.relationshipId, messageIds: rows.map((r) => r.id) });
    let answers: { label: string; text: string }[] | null = null;
    try {
      const parsed = unsealJson<Record<string, unknown>>({ ciphertext: entry.content, keyId: entry.keyId }, contexts.checkInEntry(entry.relationshipId));
      answers = Object.entries(parsed)
        .filter(([, v]) => typeof v === "string" && v.trim() !== "")
        .map(([k, v]) => ({ label: entryLabels[k] ?? k, text: v as string }));
    } catch {
      answers = null;
    }
    return {
      kind: "check_in_entry",
      relationshipId: entry.relationshipId,
      entry: { authorName: entry.authorName, createdAt: entry.createdAt, removed: entry.removedAt !== null, answers },
      lines: rows.map((r) => openLine(r, entry.relationshipId, null)),
    } as const;
  });
}

export interface BrokenGlass {
  relationshipId: string;
  names: { seeker: string; partner: string };
  lines: ThreadLine[];
}

/**
 * Break glass: the last 50 messages of a relationship, for a written reason
 * (at least 20 characters). One audit row per person in the relationship
 * (`content.break_glass`, with the reason), so each person's history shows
 * that their thread was read.
 */
export async function breakGlass(input: unknown): Promise<BrokenGlass> {
  const viewer = await requireStaff();
  const { relationshipId, reason } = breakGlassSchema.parse(input);
  return transaction(async (tx) => {
    const [rel] = await tx
      .select({ seekerId: relationships.seekerId, partnerId: relationships.partnerId })
      .from(relationships)
      .where(eq(relationships.id, relationshipId));
    if (!rel) throw new NotFoundError("We couldn't find that relationship.");
    const rows = await tx
      .select(messageColumns)
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .where(eq(messages.relationshipId, relationshipId))
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(BREAK_GLASS_MESSAGES);
    for (const personId of [rel.seekerId, rel.partnerId]) {
      await recordAudit({
        actorId: viewer.id,
        action: "content.break_glass",
        targetUserId: personId,
        reason,
        details: { relationshipId, messageCount: rows.length },
      });
    }
    const names = await tx.select({ id: users.id, name: users.name }).from(users).where(or(eq(users.id, rel.seekerId), eq(users.id, rel.partnerId)));
    const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? "Someone";
    return {
      relationshipId,
      names: { seeker: nameOf(rel.seekerId), partner: nameOf(rel.partnerId) },
      lines: rows.reverse().map((r) => openLine(r, relationshipId, null)),
    };
  });
}
