import "server-only";
import { restoreSpaceContent } from "@/lib/dal/space/removal";
import { restoreCircleSeat } from "@/lib/dal/circle/moderation";
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, transaction } from "@/db/client";
import { appeals, checkInEntries, type ContentKind, messages, moderationActions, type Role, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { consumeAttempt, mayMail, type ThrottleRule } from "@/lib/dal/account/throttle";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendMail } from "@/lib/dal/notifications/send-mail";
import { parseAppealLink, signAppealLink, verifyAppealLink } from "@/lib/moderation/appeal-link";
import { appealLinkMail, appealOutcomeMail } from "@/lib/moderation/mail";
import { uuid } from "@/lib/validation/fields";
import {
  APPEALABLE_ACTIONS,
  appealByLinkSchema,
  appealDecisionSchema,
  appealLinkRequestSchema,
  appealSchema,
  type ModerationActionValue,
} from "@/lib/validation/moderation";
import { recordAudit } from "@/lib/dal/system/audit";
import { type ClaimInfo, claimOn, dropClaims } from "@/lib/dal/staff/claims";
import { notify } from "@/lib/dal/notifications/bell";
import { applyStatusChange, REINSTATE } from "@/lib/dal/staff/people";
import { requireStaff, requireViewer, type Viewer } from "@/lib/dal/account/viewer";
import { log } from "@/lib/log";

/**
 * Appeals: a person may appeal an action against them once (a unique index
 * on the action). Signed-in people appeal from the link in their
 * notification (/appeals/<action id>). Suspended or banned people cannot sign
 * in, so they appeal from a signed link emailed to the account's address
 * (lib/moderation/appeal-link.ts): with the decision, and again on request
 * from /appeal. A moderator other than the one who acted decides; overturning
 * undoes the action (a suspension or ban is lifted, removed words return).
 */

const appealable = (action: ModerationActionValue) => (APPEALABLE_ACTIONS as readonly string[]).includes(action);

export interface ActionForPerson {
  actionId: string;
  action: ModerationActionValue;
  reason: string;
  targetKind: ContentKind | null;
  createdAt: Date;
  /** Whether an appeal can still be sent. */
  mayAppeal: boolean;
  appeal: { status: "open" | "upheld" | "overturned"; text: string; createdAt: Date; decision: string | null; decidedAt: Date | null } | null;
}

async function actionForPerson(actionId: string, userId: string): Promise<ActionForPerson | null> {
  const [row] = await db()
    .select({
      actionId: moderationActions.id,
      action: moderationActions.action,
      reason: moderationActions.reason,
      targetKind: moderationActions.targetKind,
      createdAt: moderationActions.createdAt,
      appealStatus: appeals.status,
      appealText: appeals.text,
      appealCreatedAt: appeals.createdAt,
      appealDecision: appeals.decision,
      appealDecidedAt: appeals.decidedAt,
    })
    .from(moderationActions)
    .leftJoin(appeals, eq(appeals.actionId, moderationActions.id))
    .where(and(eq(moderationActions.id, actionId), eq(moderationActions.subjectId, userId)));
  if (!row) return null;
  const appeal = row.appealStatus
    ? { status: row.appealStatus, text: row.appealText!, createdAt: row.appealCreatedAt!, decision: row.appealDecision, decidedAt: row.appealDecidedAt }
    : null;
  return {
    actionId: row.actionId,
    action: row.action,
    reason: row.reason,
    targetKind: row.targetKind,
    createdAt: row.createdAt,
    mayAppeal: appealable(row.action) && !appeal,
    appeal,
  };
}

/** A decision about the viewer, for /appeals/<id>. NotFoundError for anyone else's. */
export async function getMyModerationAction(actionId: string): Promise<ActionForPerson> {
  const viewer = await requireViewer();
  if (!uuid.safeParse(actionId).success) throw new NotFoundError();
  const found = await actionForPerson(actionId, viewer.id);
  if (!found) throw new NotFoundError();
  return found;
}

async function insertAppeal(actionId: string, userId: string, text: string) {
  const [created] = await db()
    .insert(appeals)
    .values({ actionId, userId, text, createdAt: now() })
    .onConflictDoNothing({ target: appeals.actionId })
    .returning({ id: appeals.id });
  if (!created) throw new ConflictError("You've already appealed this decision. We'll tell you the outcome.");
  return created.id;
}

/** A signed-in person appeals an action against them, once. */
export async function submitAppeal(input: unknown): Promise<{ appealId: string }> {
  const viewer = await requireViewer();
  const { actionId, text } = appealSchema.parse(input);
  const action = await actionForPerson(actionId, viewer.id);
  if (!action) throw new NotFoundError();
  if (!appealable(action.action)) throw new ConflictError("There is nothing to appeal in this decision.");
  return { appealId: await insertAppeal(actionId, viewer.id, text) };
}

// ------------------------------------------------------------ by emailed link

const linkRules = {
  ip: (): ThrottleRule => ({ name: "appeal-link:ip", limit: env().throttleIpLimit, windowSeconds: 60 * 60 }),
  account: (): ThrottleRule => ({ name: "appeal-link:account", limit: 3, windowSeconds: 60 * 60 }),
};

const appUrl = (path: string) => `${env().appUrl}${path}`;
const appealUrl = (actionId: string, userId: string) => appUrl(`/appeal?token=${signAppealLink(actionId, userId, now())}`);

/**
 * Emails a fresh appeal link to a suspended or banned account, for the action
 * that closed it. The answer is the same whether or not the address has an
 * account (the page always says "if…, we've sent a link"); throttled per
 * address and per IP.
 */
export async function requestAppealLink(input: unknown, ip: string): Promise<void> {
  const { email } = appealLinkRequestSchema.parse(input);
  await consumeAttempt(linkRules.ip(), ip);
  await consumeAttempt(linkRules.account(), email);
  const [person] = await db()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.email, email), inArray(users.status, ["suspended", "banned"])));
  if (!person) return;
  const [action] = await db()
    .select({ id: moderationActions.id })
    .from(moderationActions)
    .where(and(eq(moderationActions.subjectId, person.id), inArray(moderationActions.action, ["suspend", "ban"])))
    .orderBy(desc(moderationActions.createdAt))
    .limit(1);
  if (!action || !(await mayMail(person.email))) return;
  await sendMail(appealLinkMail(person.email, person.name, appealUrl(action.id, person.id)));
}

async function fromLink(token: string) {
  const parsed = parseAppealLink(token);
  if (!parsed) return null;
  const [owner] = await db()
    .select({ userId: moderationActions.subjectId, name: users.name })
    .from(moderationActions)
    .innerJoin(users, eq(users.id, moderationActions.subjectId))
    .where(eq(moderationActions.id, parsed.actionId));
  if (!owner?.userId || !verifyAppealLink(token, owner.userId, now())) return null;
  const action = await actionForPerson(parsed.actionId, owner.userId);
  return action ? { ...action, userId: owner.userId, name: owner.name } : null;
}

/** The decision an appeal link names, or null when the link is not genuine or has expired. No session needed. */
export async function readAppealLink(token: string): Promise<(ActionForPerson & { name: string }) | null> {
  const found = await fromLink(token);
  if (!found) return null;
  const { userId, ...rest } = found;
  void userId;
  return rest;
}

/** Sends the one appeal from an emailed link. */
export async function submitAppealByLink(input: unknown): Promise<{ appealId: string }> {
  const { token, text } = appealByLinkSchema.parse(input);
  const found = await fromLink(token);
  if (!found) throw new NotFoundError("This appeal link has expired or is not valid. Ask for a new one below.");
  if (!appealable(found.action)) throw new ConflictError("There is nothing to appeal in this decision.");
  return { appealId: await insertAppeal(found.actionId, found.userId, text) };
}

// ------------------------------------------------------------ staff

export interface AppealForStaff {
  id: string;
  text: string;
  status: "open" | "upheld" | "overturned";
  decision: string | null;
  createdAt: Date;
  action: { id: string; action: ModerationActionValue; reason: string; targetKind: ContentKind | null; createdAt: Date; moderatorName: string | null };
  person: { id: string; name: string; status: (typeof users.$inferSelect)["status"] } | null;
  /** Why the viewer may not decide it, or null when they may. */
  decisionBlock: string | null;
  claim: ClaimInfo | null;
}

/** One appeal, for its page in /admin. Staff only. */
export async function getAppealForStaff(id: string): Promise<AppealForStaff | null> {
  const viewer = await requireStaff();
  if (!uuid.safeParse(id).success) return null;
  const person = alias(users, "person");
  const moderator = alias(users, "moderator");
  const [row] = await db()
    .select({
      id: appeals.id,
      text: appeals.text,
      status: appeals.status,
      decision: appeals.decision,
      createdAt: appeals.createdAt,
      actionId: moderationActions.id,
      action: moderationActions.action,
      reason: moderationActions.reason,
      targetKind: moderationActions.targetKind,
      actedAt: moderationActions.createdAt,
      moderatorId: moderationActions.moderatorId,
      moderatorName: moderator.name,
      personId: person.id,
      personName: person.name,
      personStatus: person.status,
      personRoles: person.roles,
    })
    .from(appeals)
    .innerJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
    .leftJoin(person, eq(person.id, moderationActions.subjectId))
    .leftJoin(moderator, eq(moderator.id, moderationActions.moderatorId))
    .where(eq(appeals.id, id));
  if (!row) return null;
  const subject = row.personId ? { id: row.personId, roles: row.personRoles! } : null;
  return {
    id: row.id,
    text: row.text,
    status: row.status,
    decision: row.decision,
    createdAt: row.createdAt,
    action: { id: row.actionId, action: row.action, reason: row.reason, targetKind: row.targetKind, createdAt: row.actedAt, moderatorName: row.moderatorName },
    person: row.personId ? { id: row.personId, name: row.personName!, status: row.personStatus! } : null,
    decisionBlock: row.status === "open" ? decisionBlock(viewer, row.moderatorId, subject) : null,
    claim: await claimOn(viewer, "appeal", row.id),
  };
}

/** Fairness: nobody reviews their own decision; staff appeals go to an admin (canModerate). */
function decisionBlock(viewer: Viewer, moderatorId: string | null, subject: { id: string; roles: Role[] } | null) {
  if (moderatorId === viewer.id) return "You took this action, so another moderator or an admin decides the appeal.";
  if (subject && !canModerate(viewer, subject)) return "This appeal is about staff (or you): an admin decides it.";
  return null;
}

/**
 * Upholds or overturns an appeal, with the words the person reads. The
 * appeal row is locked (only one decision wins); overturning undoes the
 * action in the same transaction, and the audit row goes with it.
 */
export async function decideAppeal(input: unknown): Promise<{ personName: string | null; overturned: boolean }> {
  const actor = await requireStaff();
  const { appealId, outcome, decision } = appealDecisionSchema.parse(input);
  const overturned = outcome === "overturn";
  const result = await transaction(async (tx) => {
    const [appeal] = await tx.select({ id: appeals.id, status: appeals.status, actionId: appeals.actionId }).from(appeals).where(eq(appeals.id, appealId)).for("update");
    if (!appeal) throw new NotFoundError("That appeal no longer exists.");
    if (appeal.status !== "open") throw new ConflictError("This appeal was already decided, perhaps by another moderator. Reload to see the decision.");
    const [action] = await tx.select().from(moderationActions).where(eq(moderationActions.id, appeal.actionId));
    const [person] = action?.subjectId
      ? await tx.select({ id: users.id, name: users.name, email: users.email, roles: users.roles, status: users.status }).from(users).where(eq(users.id, action.subjectId)).for("update")
      : [];
    if (!action) throw new NotFoundError("That appeal no longer exists.");
    const block = decisionBlock(actor, action.moderatorId, person ?? null);
    if (block) throw new ForbiddenError(block);
    let statusAfter = person?.status ?? null;

    if (overturned && person) {
      if ((action.action === "suspend" || action.action === "ban") && (person.status === "suspended" || person.status === "banned")) {
        const [reinstated] = await tx
          .insert(moderationActions)
          .values({ moderatorId: actor.id, subjectId: person.id, action: "reinstate", reason: decision, createdAt: now() })
          .returning({ id: moderationActions.id });
        await applyStatusChange(actor, person.id, REINSTATE, decision, { moderationActionId: reinstated!.id, appealId, overturnedActionId: action.id });
        statusAfter = "active";
      }
      if (action.action === "remove_content" && action.targetId) {
        // The words come back to the thread as they were (they were only hidden).
        if (action.targetKind === "message") await tx.update(messages).set({ removedAt: null, removedById: null }).where(eq(messages.id, action.targetId));
        if (action.targetKind === "check_in_entry") await tx.update(checkInEntries).set({ removedAt: null }).where(eq(checkInEntries.id, action.targetId));
        if (action.targetKind === "space_post" || action.targetKind === "space_reply") await restoreSpaceContent(action.targetKind, action.targetId);
      }
      if (action.action === "remove_from_circle" && action.targetId) {
        // The seat comes back if the circle is still going and has room.
        await restoreCircleSeat(actor.id, action.id, action.targetId, person.id);
      }
    }
    await tx
      .update(appeals)
      .set({ status: overturned ? "overturned" : "upheld", decidedById: actor.id, decidedAt: now(), decision })
      .where(eq(appeals.id, appealId));
    await recordAudit({
      actorId: actor.id,
      action: overturned ? "appeal.overturn" : "appeal.uphold",
      targetUserId: person?.id,
      reason: decision,
      details: { appealId, moderationActionId: action.id, action: action.action },
    });
    await dropClaims("appeal", [appealId]);
    return { person: person ? { ...person, status: statusAfter } : null, actionId: action.id };
  });

  // After the commit: tell the person, by the bell if they can sign in, else by email.
  try {
    const p = result.person;
    if (p && p.status === "active") {
      await notify({
        userId: p.id,
        kind: "appeal-decided",
        dedupeKey: `appeal-decided:${appealId}`,
        title: overturned ? "Your appeal was accepted" : "Your appeal was decided",
        body: `${overturned ? "A moderator overturned the decision." : "A moderator decided the decision stands."} What they wrote: “${decision}”.`,
        href: `/appeals/${result.actionId}`,
        email: true,
      });
    } else if (p && p.status !== "deleted") {
      await sendMail(appealOutcomeMail(p.email, p.name, overturned, decision, appealUrl(result.actionId, p.id)));
    }
  } catch (error) {
    log.error("appeals.outcome_not_sent", error);
  }
  return { personName: result.person?.name ?? null, overturned };
}
