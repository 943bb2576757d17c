import "server-only";
import type { z } from "zod";
import { publishLive } from "@/lib/dal/notifications/live";
import { and, eq, isNull } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { checkInEntries, type ContentKind, messages, moderationActions, reports, safetyItems, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendMail } from "@/lib/dal/notifications/send-mail";
import { signAppealLink } from "@/lib/moderation/appeal-link";
import { accountActioned } from "@/lib/moderation/mail";
import { actionForPerson, reporterDecision } from "@/lib/moderation/words";
import { itemActionSchema, type ModerationActionValue, personActionSchema } from "@/lib/validation/moderation";
import { recordAudit } from "@/lib/dal/system/audit";
import { notify } from "@/lib/dal/notifications/bell";
import { applyStatusChange, BAN, REINSTATE, SUSPEND } from "./people";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";
import { log } from "@/lib/log";
import { removeSpaceContent } from "@/lib/dal/space/removal";
import { dropClaims } from "./claims";

/**
 * Moderators' decisions: the one path every moderation action takes, from a
 * report or safety item (takeAction, decideItem), on a person directly
 * (actOnPerson), and from spaces and bulk dismissals (applyModeration,
 * resolveAbout, tellPeople). Staff only: takeAction and actOnPerson start
 * with requireStaff(); the others run inside a caller that did. Every write
 * records its audit row in the same transaction; whom an action may touch is
 * lib/auth/roles.ts#canModerate, applied to the locked row of that person.
 * People are told after the commit (tellPeople).
 */

interface Subject {
  id: string;
  name: string;
  email: string;
  status: (typeof users.$inferSelect)["status"];
}

export interface ModerationStep {
  actor: Viewer;
  subjectId: string | null;
  action: ModerationActionValue;
  reason: string;
  reportId?: string | null;
  safetyItemId?: string | null;
  targetKind?: ContentKind | null;
  targetId?: string | null;
}

/** What to tell whom once the transaction has committed (mail must not be sent for a change that rolled back). */
export interface FollowUp {
  actionId: string;
  action: ModerationActionValue;
  reason: string;
  subject: Subject | null;
  targetKind: ContentKind | null;
  reporters: { reportId: string; reporterId: string }[];
}

/**
 * One moderation action inside the caller's transaction: the person's row is
 * locked and checked with canModerate, the effect applied, the
 * moderation_actions row and the audit row written. Throws (rolling back
 * everything) when any part cannot be done.
 */
export async function applyModeration(step: ModerationStep): Promise<{ actionId: string; subject: Subject | null }> {
  const { actor, action, reason } = step;
  let subject: Subject | null = null;
  if (step.subjectId) {
    const [row] = await db()
      .select({ id: users.id, name: users.name, email: users.email, roles: users.roles, status: users.status })
      .from(users)
      .where(eq(users.id, step.subjectId))
      .for("update");
    if (row) {
      if (!canModerate(actor, row)) {
        throw new ForbiddenError(row.id === actor.id ? "This is about you, so another moderator will decide it." : "This person is staff: an admin decides this.");
      }
      subject = { id: row.id, name: row.name, email: row.email, status: row.status };
    }
  }
  if (action !== "dismiss" && (!subject || subject.status === "deleted")) throw new ConflictError("That person's account no longer exists, so only dismissing is possible.");

  const [created] = await db()
    .insert(moderationActions)
    .values({
      moderatorId: actor.id,
      subjectId: subject?.id ?? null,
      action,
      reason,
      reportId: step.reportId ?? null,
      safetyItemId: step.safetyItemId ?? null,
      targetKind: step.targetKind ?? null,
      targetId: step.targetId ?? null,
      createdAt: now(),
    })
    .returning({ id: moderationActions.id });
  const actionId = created!.id;
  const details = { moderationActionId: actionId, reportId: step.reportId ?? null, safetyItemId: step.safetyItemId ?? null, targetKind: step.targetKind ?? null, targetId: step.targetId ?? null };

  if (action === "suspend" || action === "ban" || action === "reinstate") {
    const change = { suspend: SUSPEND, ban: BAN, reinstate: REINSTATE }[action];
    await applyStatusChange(actor, subject!.id, change, reason, details);
    return { actionId, subject: { ...subject!, status: change.to } };
  }
  if (action === "remove_from_circle") throw new ConflictError("Removing someone from a circle is done from the circle's staff view.");
  if (action === "remove_content") await removeContent(actor, subject!.id, step.targetKind ?? null, step.targetId ?? null, reason);
  await recordAudit({ actorId: actor.id, action: `moderation.${action}`, targetUserId: subject?.id, reason, details });
  return { actionId, subject };
}

/** Hides a message or check-in entry from the thread. It stays, still encrypted, for the record and an appeal. */
async function removeContent(actor: Viewer, authorId: string, kind: ContentKind | null, id: string | null, reason: string) {
  if (id && (kind === "space_post" || kind === "space_reply")) {
    if (!(await removeSpaceContent(kind, id, authorId, actor.id, reason))) throw new ConflictError("That was already removed, or no longer exists.");
    return;
  }
  if (!id || (kind !== "message" && kind !== "check_in_entry")) throw new ConflictError("Only a message or a check-in entry can be removed.");
  const at = now();
  const removed =
    kind === "message"
      ? await db()
          .update(messages)
          .set({ removedAt: at, removedById: actor.id })
          .where(and(eq(messages.id, id), eq(messages.authorId, authorId), isNull(messages.removedAt)))
          .returning({ id: messages.id, relationshipId: messages.relationshipId })
      : await db()
          .update(checkInEntries)
          .set({ removedAt: at })
          .where(and(eq(checkInEntries.id, id), eq(checkInEntries.authorId, authorId), isNull(checkInEntries.removedAt)))
          .returning({ id: checkInEntries.id });
  if (removed.length === 0) throw new ConflictError("That was already removed, or no longer exists.");
  // An open thread drops it at once (the event names the message, never its words).
  const inThread = removed[0] as { id: string; relationshipId?: string };
  if (kind === "message" && inThread.relationshipId) await publishLive({ topic: "removed", relationshipId: inThread.relationshipId, messageId: inThread.id });
}

/**
 * Resolves every open report and the safety item about one piece of content
 * (several people may have reported the same message): each reporter reads
 * the decision; nobody has to decide the same thing twice.
 */
export async function resolveAbout(actor: Viewer, kind: ContentKind, targetId: string, action: ModerationActionValue) {
  const at = now();
  const resolvedReports = await db()
    .update(reports)
    .set({ status: "resolved", decision: reporterDecision[action], decidedById: actor.id, decidedAt: at })
    .where(and(eq(reports.targetKind, kind), eq(reports.targetId, targetId), eq(reports.status, "open")))
    .returning({ id: reports.id, reporterId: reports.reporterId });
  const resolvedItems = await db()
    .update(safetyItems)
    .set({ status: "resolved", resolution: action, resolvedById: actor.id, resolvedAt: at })
    .where(and(eq(safetyItems.targetKind, kind), eq(safetyItems.targetId, targetId), eq(safetyItems.status, "open")))
    .returning({ id: safetyItems.id });
  await dropClaims("report", resolvedReports.map((r) => r.id));
  await dropClaims("safety_item", resolvedItems.map((s) => s.id));
  return resolvedReports.filter((r): r is { id: string; reporterId: string } => r.reporterId !== null).map((r) => ({ reportId: r.id, reporterId: r.reporterId }));
}

/**
 * Acts on a report or a safety item: the person it is about comes from the
 * item (locked, and still open), never from the form. The action, its effect,
 * the audit row and the decision the reporter reads are one transaction; the
 * person and the reporters are told after it commits.
 */
export async function takeAction(input: unknown): Promise<{ subjectName: string | null; action: ModerationActionValue }> {
  const actor = await requireStaff();
  const data = itemActionSchema.parse(input);
  const followUp = await transaction(() => decideItem(actor, data));
  await tellPeople(followUp);
  return { subjectName: followUp.subject?.name ?? null, action: data.action };
}

/**
 * The decision on one report or safety item, inside the caller's transaction
 * (takeAction, or a bulk dismissal deciding several in one): the item is
 * locked and must still be open. Returns what to tell whom after the commit.
 */
export async function decideItem(actor: Viewer, data: z.output<typeof itemActionSchema>): Promise<FollowUp> {
  return transaction(async (tx): Promise<FollowUp> => {
    const table = data.itemKind === "report" ? reports : safetyItems;
    const [item] = await tx
      .select({ id: table.id, status: table.status, subjectId: table.subjectId, targetKind: table.targetKind, targetId: table.targetId })
      .from(table)
      .where(eq(table.id, data.itemId))
      .for("update");
    if (!item) throw new NotFoundError("That item no longer exists.");
    if (item.status !== "open") throw new ConflictError("This was already decided, perhaps by another moderator. Reload to see what was done.");
    const { actionId, subject } = await applyModeration({
      actor,
      subjectId: item.subjectId,
      action: data.action,
      reason: data.reason,
      reportId: data.itemKind === "report" ? item.id : null,
      safetyItemId: data.itemKind === "safety_item" ? item.id : null,
      targetKind: item.targetKind,
      targetId: item.targetId,
    });
    const reporters = await resolveAbout(actor, item.targetKind, item.targetId, data.action);
    return { actionId, action: data.action, reason: data.reason, subject, targetKind: item.targetKind, reporters };
  });
}

/** Acts on a person directly (no report behind it): warn, suspend, ban or reinstate, with the reason they read. */
export async function actOnPerson(input: unknown): Promise<{ subjectName: string; action: ModerationActionValue }> {
  const actor = await requireStaff();
  const data = personActionSchema.parse(input);
  const followUp = await transaction(async (): Promise<FollowUp> => {
    const { actionId, subject } = await applyModeration({ actor, subjectId: data.userId, action: data.action, reason: data.reason });
    if (!subject) throw new NotFoundError("That person's account no longer exists.");
    return { actionId, action: data.action, reason: data.reason, subject, targetKind: null, reporters: [] };
  });
  await tellPeople(followUp);
  return { subjectName: followUp.subject!.name, action: data.action };
}

const appUrl = (path: string) => `${env().appUrl}${path}`;

/**
 * After the commit: the person is told why (the bell and email while they
 * can sign in, email alone once they can't), with the way to appeal; each
 * reporter is told a decision was made. A failure here is logged, never
 * thrown: the action itself has happened.
 */
export async function tellPeople(f: FollowUp) {
  try {
    const s = f.subject;
    if (s && s.status !== "deleted") {
      if ((f.action === "suspend" || f.action === "ban") && s.status !== "active") {
        const link = appUrl(`/appeal?token=${signAppealLink(f.actionId, s.id, now())}`);
        await sendMail(accountActioned(s.email, s.name, f.action, f.reason, link, appUrl("/appeal")));
      } else if (f.action === "warn" || f.action === "remove_content" || f.action === "reinstate") {
        const what =
          f.action === "remove_content" && f.targetKind === "check_in_entry"
            ? "A moderator removed a check-in entry you wrote."
            : f.action === "remove_content" && (f.targetKind === "space_post" || f.targetKind === "space_reply")
              ? `A moderator took down your ${f.targetKind === "space_post" ? "post" : "reply"} in a space, because it didn't fit the space's guideline. You can write it again in a way that fits: your words are kept for you on the post's page.`
              : actionForPerson[f.action];
        const appealable = f.action !== "reinstate";
        await notify({
          userId: s.id,
          kind: `moderation-${f.action}`,
          dedupeKey: `moderation:${f.actionId}`,
          title: f.action === "reinstate" ? "Your account is active again" : "A note from Alongside's moderators",
          body: `${what} The reason: “${f.reason}”.${appealable ? " If you think this is wrong, you can appeal once." : ""}`,
          href: `/appeals/${f.actionId}`,
          email: true,
        });
      }
    }
    for (const r of f.reporters) {
      await notify({
        userId: r.reporterId,
        kind: "report-decided",
        dedupeKey: `report-decided:${r.reportId}`,
        title: "Your report was looked at",
        body: reporterDecision[f.action],
        href: "/reports",
      });
    }
  } catch (error) {
    log.error("moderation.follow_up_not_sent", error);
  }
}
