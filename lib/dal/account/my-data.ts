import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import {
  absences,
  acknowledgments,
  appeals,
  auditLog,
  auditReasons,
  blocks,
  checkInEntries,
  fitChecks,
  matchRequests,
  messages,
  moderationActions,
  notifications,
  pulses,
  reports,
  rhythms,
  ruptures,
  savedMentors,
  threadReads,
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
  notificationPreferences,
  notificationSettings,
} from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { log } from "@/lib/log";
import { contexts, unseal, unsealJson } from "@/lib/privacy/encryption";
import { consumeAttempt, rules } from "@/lib/dal/account/throttle";
import { DomainError } from "@/lib/errors";
import { deleteAccountSchema } from "@/lib/validation/account";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/dal/system/audit";
import { invalidateFriendPool } from "@/lib/dal/matching/friend-pool";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { notify } from "@/lib/dal/notifications/bell";
import { closeRelationship } from "@/lib/dal/relationship/lifecycle";
import { requireViewer } from "./viewer";
import { exportMySpaces, forgetSpacesOf } from "@/lib/dal/space/my-words";
import { exportMyCircles } from "@/lib/dal/circle/my-words";

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
    .select({ action: auditLog.action, reason: auditReasons.reason, at: auditLog.createdAt })
    .from(auditLog)
    .leftJoin(auditReasons, eq(auditReasons.auditId, auditLog.id))
    .where(eq(auditLog.targetUserId, id))
    .orderBy(asc(auditLog.createdAt));

  const withoutKeys = <T extends Record<string, unknown>>(row: T | undefined, ...keys: string[]) =>
    row ? Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key))) : null;
  const life = await relationshipsOf(id);
  const activity = await activityOf(id);

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
    relationships: life,
    ...activity,
    moderationDecisions: { auditLog: moderation, actions: activity.moderationActions },
    spaces: await exportMySpaces(),
    circles: await exportMyCircles(),
    notificationChoices: {
      perKind: await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, id)),
      settings: await db().select().from(notificationSettings).where(eq(notificationSettings.userId, id)),
    },
  };
}

const you = "you";
const them = "the other person";

/** Opens a sealed value for the export; an unreadable one is marked, never guessed. */
function open<T>(read: () => T): T | { unreadable: true } {
  try {
    return read();
  } catch (error) {
    log.error("my_data.unreadable_value", error);
    return { unreadable: true };
  }
}

/**
 * Every relationship the person was in, with the thread they can read (both
 * sides, each message marked), their own check-in entries, pulses, fit
 * checks, absences, rhythms and their own rupture notes.
 */
async function relationshipsOf(id: string) {
  const mine = await db()
    .select()
    .from(relationships)
    .where(or(eq(relationships.seekerId, id), eq(relationships.partnerId, id)))
    .orderBy(asc(relationships.startedAt));
  const out = [];
  for (const r of mine) {
    const otherId = r.seekerId === id ? r.partnerId : r.seekerId;
    const [other] = await db().select({ name: users.name }).from(users).where(eq(users.id, otherId));
    const thread = await db().select().from(messages).where(eq(messages.relationshipId, r.id)).orderBy(asc(messages.createdAt), asc(messages.id));
    const entries = await db()
      .select()
      .from(checkInEntries)
      .where(and(eq(checkInEntries.relationshipId, r.id), eq(checkInEntries.authorId, id)))
      .orderBy(asc(checkInEntries.createdAt));
    const rupturesHere = await db().select().from(ruptures).where(eq(ruptures.relationshipId, r.id)).orderBy(asc(ruptures.openedAt));
    out.push({
      id: r.id,
      yourRole: r.seekerId === id ? "seeker" : "mentor or friend",
      with: other?.name ?? "A former member",
      kind: r.kind,
      status: r.status,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      endedBy: r.endedById === null ? null : r.endedById === id ? you : them,
      endReason: r.endReason,
      yourEndReflection: r.endedById === id ? r.endReflection : null,
      messages: thread.map((m) => ({
        from: m.authorId === id ? you : them,
        at: m.createdAt,
        text: m.removedAt ? null : open(() => unseal({ ciphertext: m.body, keyId: m.keyId }, contexts.message(r.id))),
        removedByModerator: m.removedAt !== null,
      })),
      yourCheckInEntries: entries.map((e) => ({
        at: e.createdAt,
        answers: e.removedAt ? null : open(() => unsealJson({ ciphertext: e.content, keyId: e.keyId }, contexts.checkInEntry(r.id))),
      })),
      yourPulses: await db()
        .select({ feltUnderstood: pulses.feltUnderstood, feltJudged: pulses.feltJudged, at: pulses.createdAt })
        .from(pulses)
        .where(and(eq(pulses.relationshipId, r.id), eq(pulses.seekerId, id))),
      yourFitChecks: await db()
        .select({ stage: fitChecks.stage, answer: fitChecks.answer, at: fitChecks.createdAt })
        .from(fitChecks)
        .where(and(eq(fitChecks.relationshipId, r.id), eq(fitChecks.userId, id))),
      yourAbsences: await db()
        .select({ startsAt: absences.startsAt, returnsAt: absences.returnsAt, announcedAt: absences.announcedAt, cancelledAt: absences.cancelledAt })
        .from(absences)
        .where(and(eq(absences.relationshipId, r.id), eq(absences.userId, id))),
      rhythms: (await db().select().from(rhythms).where(eq(rhythms.relationshipId, r.id))).map((x) => ({
        day: x.day,
        part: x.part,
        timezone: x.timezone,
        status: x.status,
        proposedBy: x.proposedById === id ? you : x.proposedById ? them : null,
        effectiveFrom: x.effectiveFrom,
      })),
      lastReadAt: (await db().select({ at: threadReads.lastReadAt }).from(threadReads).where(and(eq(threadReads.relationshipId, r.id), eq(threadReads.userId, id))))[0]?.at ?? null,
      somethingFeltOff: rupturesHere.map((x) => {
        const opener = x.openedById === id;
        const note = opener
          ? open(() => unsealJson({ ciphertext: x.openerNote, keyId: x.openerKeyId }, contexts.ruptureNote(r.id)))
          : x.responderNote && x.responderKeyId
            ? open(() => unsealJson({ ciphertext: x.responderNote!, keyId: x.responderKeyId! }, contexts.ruptureNote(r.id)))
            : null;
        return { openedBy: opener ? you : them, openedAt: x.openedAt, resolvedAt: x.resolvedAt, yourNote: note };
      }),
    });
  }
  return out;
}

/** Requests, reports, blocks, appeals, decisions, notifications and where the person was shown as a suggestion. */
async function activityOf(id: string) {
  const requests = await db()
    .select()
    .from(matchRequests)
    .where(or(eq(matchRequests.fromId, id), eq(matchRequests.toId, id)))
    .orderBy(asc(matchRequests.createdAt));
  const names = async (ids: string[]) =>
    new Map(ids.length ? (await db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]) : []);
  const requestNames = await names([...new Set(requests.map((r) => (r.fromId === id ? r.toId : r.fromId)))]);
  const blocked = await db().select({ blockedId: blocks.blockedId, at: blocks.createdAt }).from(blocks).where(eq(blocks.blockerId, id));
  const blockedNames = await names(blocked.map((b) => b.blockedId));
  return {
    matchRequests: requests.map((r) => {
      const sent = r.fromId === id;
      return {
        direction: sent ? "sent by you" : "sent to you",
        with: requestNames.get(sent ? r.toId : r.fromId) ?? "A former member",
        status: r.status,
        at: r.createdAt,
        note: r.note === null ? null : { by: sent ? you : them, text: r.note },
        response: r.respondedAt
          ? { by: sent ? them : you, template: r.responseTemplate, note: r.responseNote, at: r.respondedAt }
          : null,
      };
    }),
    reportsMade: await db()
      .select({ category: reports.category, about: reports.targetKind, note: reports.note, status: reports.status, at: reports.createdAt })
      .from(reports)
      .where(eq(reports.reporterId, id)),
    blocks: blocked.map((b) => ({ blocked: blockedNames.get(b.blockedId) ?? "A former member", at: b.at })),
    appeals: await db()
      .select({ text: appeals.text, status: appeals.status, decision: appeals.decision, at: appeals.createdAt, decidedAt: appeals.decidedAt })
      .from(appeals)
      .where(eq(appeals.userId, id)),
    moderationActions: await db()
      .select({ action: moderationActions.action, reason: moderationActions.reason, at: moderationActions.createdAt })
      .from(moderationActions)
      .where(eq(moderationActions.subjectId, id)),
    notifications: await db()
      .select({ title: notifications.title, body: notifications.body, at: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.userId, id))
      .orderBy(asc(notifications.createdAt)),
    // Mentors the person saved for later (whom someone saved stays that seeker's private choice).
    savedMentors: await db()
      .select({ mentor: users.name, savedAt: savedMentors.savedAt, heldSince: savedMentors.heldSince })
      .from(savedMentors)
      .innerJoin(users, eq(users.id, savedMentors.mentorId))
      .where(eq(savedMentors.seekerId, id))
      .orderBy(asc(savedMentors.savedAt)),
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
  const { password, removeSpaceWords } = deleteAccountSchema.parse(input);
  await consumeAttempt(rules.signInAccount(), viewer.email);
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
      await closeRelationship(r.id, { endedById: viewer.id, reason: "life-changed", reflection: null, at: now(), endingAfter: null });
    }
    await tx.delete(needsProfiles).where(eq(needsProfiles.userId, viewer.id));
    await tx.delete(friendProfiles).where(eq(friendProfiles.userId, viewer.id));
    await tx.delete(mentorProfiles).where(eq(mentorProfiles.userId, viewer.id));
    await tx.delete(acknowledgments).where(eq(acknowledgments.userId, viewer.id));
    await forgetSpacesOf(viewer.id, { removeWords: removeSpaceWords === "on" });
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
    await recordAudit({ actorId: viewer.id, action: "account.delete", targetUserId: viewer.id });
    return active.map((r) => ({ id: r.id, otherId: r.seekerId === viewer.id ? r.partnerId : r.seekerId }));
  });
  for (const r of ended) {
    await notify({
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
  invalidateFriendPool();
}
