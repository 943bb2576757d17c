import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import {
  acknowledgments,
  auditLog,
  authAccounts,
  emailTokens,
  friendProfiles,
  mentorProfiles,
  mentorTopics,
  needsProfiles,
  needsProfileTopics,
  relationships,
  topics,
  users,
} from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { consumeAttempt, rules } from "@/lib/dal/account/throttle";
import { DomainError } from "@/lib/errors";
import { deleteAccountSchema } from "@/lib/validation/account";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/dal/system/audit";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { notify } from "@/lib/dal/notifications/bell";
import { closeRelationship } from "@/lib/dal/relationship/lifecycle";
import { requireViewer } from "./viewer";
import { exportMySpaces, forgetSpacesOf } from "@/lib/dal/space/my-words";

/**
 * "Download my data": one JSON document with everything Alongside holds
 * about the viewer. When a table about a person is added, it gets a section
 * here (docs/privacy.md lists them).
 */
export async function exportMyData() {
  const viewer = await requireViewer();
  const id = viewer.id;
  const [account] = await db()
    .select({
      name: users.name,
      email: users.email,
      emailConfirmedAt: users.emailVerified,
      roles: users.roles,
      status: users.status,
      statusReason: users.statusReason,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  const topicNames = (ids: readonly string[]) =>
    ids.length === 0 ? Promise.resolve([]) : db().select({ id: topics.id, name: topics.name }).from(topics).where(inArray(topics.id, [...ids]));

  const [needs] = await db().select().from(needsProfiles).where(eq(needsProfiles.userId, id));
  const needsTopics = await db()
    .select({ topic: topics.name, livedExperienceMatters: needsProfileTopics.livedExperienceMatters })
    .from(needsProfileTopics)
    .innerJoin(topics, eq(topics.id, needsProfileTopics.topicId))
    .where(eq(needsProfileTopics.userId, id))
    .orderBy(asc(topics.name));
  const [mentor] = await db().select().from(mentorProfiles).where(eq(mentorProfiles.userId, id));
  const mentorTopicRows = await db()
    .select({ topic: topics.name })
    .from(mentorTopics)
    .innerJoin(topics, eq(topics.id, mentorTopics.topicId))
    .where(eq(mentorTopics.userId, id))
    .orderBy(asc(topics.name));
  const [friend] = await db().select().from(friendProfiles).where(eq(friendProfiles.userId, id));
  const acks = await db()
    .select({ kind: acknowledgments.kind, version: acknowledgments.version, acknowledgedAt: acknowledgments.acknowledgedAt })
    .from(acknowledgments)
    .where(eq(acknowledgments.userId, id))
    .orderBy(asc(acknowledgments.acknowledgedAt));
  // Decisions about the person; who took them stays with the moderators.
  const moderation = await db()
    .select({ action: auditLog.action, reason: auditLog.reason, at: auditLog.createdAt })
    .from(auditLog)
    .where(eq(auditLog.targetUserId, id))
    .orderBy(asc(auditLog.createdAt));

  const withoutKeys = <T extends Record<string, unknown>>(row: T | undefined, ...keys: string[]) =>
    row ? Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key))) : null;

  return {
    exportedAt: new Date().toISOString(),
    about: "Everything Alongside holds about you. Your password is stored only as an argon2id hash, which is not included.",
    account,
    needsProfile: needs
      ? { ...withoutKeys(needs, "userId", "avoidTopicIds"), avoidTopics: (await topicNames(needs.avoidTopicIds)).map((t) => t.name), topics: needsTopics }
      : null,
    friendProfile: withoutKeys(friend, "userId"),
    mentorProfile: mentor
      ? {
          ...withoutKeys(mentor, "userId", "avoidTopicIds", "decidedById"),
          avoidTopics: (await topicNames(mentor.avoidTopicIds)).map((t) => t.name),
          topics: mentorTopicRows.map((t) => t.topic),
        }
      : null,
    acknowledgments: acks,
    moderationDecisions: moderation,
    spaces: await exportMySpaces(),
  };
}

export class WrongPasswordError extends DomainError {
  constructor() {
    super("That password is not right. Your account has not been deleted.", "invalid");
  }
}

/**
 * "Delete my account": the password is asked again, then in one transaction
 * every profile and personal field is erased and the account row is turned
 * into an anonymous tombstone ("A former member") that signs in nowhere. The
 * row stays because audit entries (and, later, the other person's thread)
 * refer to it. docs/privacy.md says exactly what remains.
 */
export async function deleteMyAccount(input: unknown) {
  const viewer = await requireViewer();
  const { password } = deleteAccountSchema.parse(input);
  await consumeAttempt(db(), rules.signInAccount(), viewer.email);
  const [row] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, viewer.id));
  if (!(await verifyPassword(row?.passwordHash, password))) throw new WrongPasswordError();

  const ended = await transaction(async (tx) => {
    // Nobody is left mid-relationship without a word: each active relationship ends (no fault) and the other person is told.
    const active = await tx
      .select({ id: relationships.id, seekerId: relationships.seekerId, partnerId: relationships.partnerId })
      .from(relationships)
      .where(and(eq(relationships.status, "active"), or(eq(relationships.seekerId, viewer.id), eq(relationships.partnerId, viewer.id))))
      .for("update");
    for (const r of active) {
      await closeRelationship(tx, r.id, { endedById: viewer.id, reason: "life-changed", reflection: null, at: now(), endingAfter: null });
    }
    await tx.delete(needsProfiles).where(eq(needsProfiles.userId, viewer.id));
    await tx.delete(friendProfiles).where(eq(friendProfiles.userId, viewer.id));
    await tx.delete(mentorProfiles).where(eq(mentorProfiles.userId, viewer.id));
    await tx.delete(acknowledgments).where(eq(acknowledgments.userId, viewer.id));
    await forgetSpacesOf(tx, viewer.id);
    await tx.delete(emailTokens).where(eq(emailTokens.userId, viewer.id));
    await tx.delete(authAccounts).where(eq(authAccounts.userId, viewer.id));
    await tx
      .update(users)
      .set({
        name: "A former member",
        email: `deleted-${viewer.id}@deleted.invalid`,
        emailVerified: null,
        image: null,
        passwordHash: null,
        roles: ["seeker"],
        status: "deleted",
        statusReason: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, viewer.id));
    await recordAudit(tx, { actorId: viewer.id, action: "account.delete", targetUserId: viewer.id });
    return active.map((r) => ({ id: r.id, otherId: r.seekerId === viewer.id ? r.partnerId : r.seekerId }));
  });
  for (const r of ended) {
    await notify(db(), {
      userId: r.otherId,
      relationshipId: r.id,
      kind: "relationship-ended",
      dedupeKey: `relationship-ended:${r.id}`,
      title: "Your relationship has closed",
      body: "The person you were walking alongside has left Alongside, so your relationship has closed. Nobody is at fault. Your thread stays readable, and new suggestions are waiting for you.",
      href: `/relationships/${r.id}#ending`,
      email: true,
    });
  }
  if (ended.length > 0) invalidateMentorPool();
}
