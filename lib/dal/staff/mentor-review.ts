import "server-only";
import { safePage } from "@/lib/validation/search-params";
import { now } from "@/lib/clock";
import { notify } from "@/lib/dal/notifications/bell";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { and, arrayContains, asc, count, desc, eq, inArray, like, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { auditLog, auditReasons, type MentorStatus, mentorProfiles, mentorStatusEnum, mentorTopics, topics, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { gradeTraining } from "@/lib/mentoring/training";
import type { Language } from "@/lib/profiles/options";
import { uuid } from "@/lib/validation/fields";
import { approveApplicationSchema, declineApplicationSchema } from "@/lib/validation/mentor-application";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";

/**
 * The moderators' queue of mentor applications. Staff only: every function
 * starts with requireStaff(), so anyone else gets a 404. What a moderator
 * reads excludes what stays between the mentor and matching (the topics they
 * would rather not take on, their own age band and gender).
 */

export const APPLICATIONS_PAGE_SIZE = 25;

export interface ApplicationFilter {
  status?: MentorStatus;
  topicId?: string;
  language?: Language;
  page?: number;
}

/** How many applications are in each status. */
export async function applicationCounts(): Promise<Record<MentorStatus, number>> {
  await requireStaff();
  const rows = await db().select({ status: mentorProfiles.status, n: count() }).from(mentorProfiles).groupBy(mentorProfiles.status);
  const counts = Object.fromEntries(mentorStatusEnum.enumValues.map((s) => [s, 0])) as Record<MentorStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Topics to filter by, retired ones included (older applications may name them). */
export async function applicationTopicFilter() {
  await requireStaff();
  return db()
    .select({ id: topics.id, name: topics.name, retired: sql<boolean>`${topics.retiredAt} is not null` })
    .from(topics)
    .orderBy(asc(topics.name));
}

/** Applications in one status (default: waiting for a decision), oldest submitted first. */
export async function listApplications(filter: ApplicationFilter) {
  const viewer = await requireStaff();
  const status = filter.status ?? "submitted";
  const page = safePage(filter.page);
  const where = and(
    eq(mentorProfiles.status, status),
    filter.topicId
      ? sql`exists (select 1 from ${mentorTopics} where ${mentorTopics.userId} = ${mentorProfiles.userId} and ${mentorTopics.topicId} = ${filter.topicId})`
      : undefined,
    filter.language ? arrayContains(mentorProfiles.languages, [filter.language]) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db()
      .select({
        userId: mentorProfiles.userId,
        name: users.name,
        roles: users.roles,
        status: mentorProfiles.status,
        capacity: mentorProfiles.capacity,
        languages: mentorProfiles.languages,
        submittedAt: mentorProfiles.submittedAt,
        decidedAt: mentorProfiles.decidedAt,
        updatedAt: mentorProfiles.updatedAt,
      })
      .from(mentorProfiles)
      .innerJoin(users, eq(users.id, mentorProfiles.userId))
      .where(where)
      .orderBy(sql`${mentorProfiles.submittedAt} asc nulls last`, asc(mentorProfiles.createdAt), asc(mentorProfiles.userId))
      .limit(APPLICATIONS_PAGE_SIZE)
      .offset((page - 1) * APPLICATIONS_PAGE_SIZE),
    db().select({ n: count() }).from(mentorProfiles).where(where),
  ]);
  const names = await topicNamesOf(rows.map((r) => r.userId));
  return {
    status,
    page,
    total: total?.n ?? 0,
    pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / APPLICATIONS_PAGE_SIZE)),
    applications: rows.map(({ roles, ...row }) => ({
      ...row,
      topics: names.get(row.userId) ?? [],
      isOwn: row.userId === viewer.id,
      mayDecide: status === "submitted" && decisionBlock(viewer, { id: row.userId, roles }) === null,
    })),
  };
}

async function topicNamesOf(userIds: string[]) {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db()
    .select({ userId: mentorTopics.userId, name: topics.name })
    .from(mentorTopics)
    .innerJoin(topics, eq(topics.id, mentorTopics.topicId))
    .where(inArray(mentorTopics.userId, userIds))
    .orderBy(asc(topics.name));
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.name]);
  return byUser;
}

/**
 * Why this moderator may not decide this application, or null when they may.
 * Nobody decides their own; applications from staff go to an admin (the same
 * rule as every other moderation: lib/auth/roles.ts#canModerate).
 */
function decisionBlock(actor: Viewer, applicant: { id: string; roles: Viewer["roles"] }) {
  if (actor.id === applicant.id) return "You can't decide your own application. Another moderator will.";
  if (!canModerate(actor, applicant)) return "Applications from moderators and admins are decided by an admin.";
  return null;
}

/** One application, with everything a moderator may read about it. */
export async function getApplicationForReview(userId: string) {
  const viewer = await requireStaff();
  if (!uuid.safeParse(userId).success) return null;
  const [row] = await db()
    .select({
      userId: mentorProfiles.userId,
      name: users.name,
      email: users.email,
      roles: users.roles,
      accountStatus: users.status,
      status: mentorProfiles.status,
      capacity: mentorProfiles.capacity,
      cadences: mentorProfiles.cadences,
      windows: mentorProfiles.windows,
      timezone: mentorProfiles.timezone,
      languages: mentorProfiles.languages,
      listenStyle: mentorProfiles.listenStyle,
      tone: mentorProfiles.tone,
      messageLength: mentorProfiles.messageLength,
      intro: mentorProfiles.intro,
      motivation: mentorProfiles.motivation,
      pledgedAt: mentorProfiles.pledgedAt,
      pledgeVersion: mentorProfiles.pledgeVersion,
      trainingPassedAt: mentorProfiles.trainingPassedAt,
      trainingAnswers: mentorProfiles.trainingAnswers,
      submittedAt: mentorProfiles.submittedAt,
      decidedAt: mentorProfiles.decidedAt,
      decisionReason: mentorProfiles.decisionReason,
      pausedUntil: mentorProfiles.pausedUntil,
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(eq(mentorProfiles.userId, userId));
  if (!row) return null;
  const history = await db()
    .select({ action: auditLog.action, reason: auditReasons.reason, createdAt: auditLog.createdAt, actorName: users.name })
    .from(auditLog)
    .leftJoin(auditReasons, eq(auditReasons.auditId, auditLog.id))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.targetUserId, userId), like(auditLog.action, "mentor_application.%")))
    .orderBy(desc(auditLog.createdAt))
    .limit(20);
  const { roles, trainingAnswers, ...rest } = row;
  const block = decisionBlock(viewer, { id: row.userId, roles });
  return {
    ...rest,
    topics: (await topicNamesOf([userId])).get(userId) ?? [],
    trainingAnswers: trainingAnswers ?? {},
    training: gradeTraining(trainingAnswers ?? {}),
    history,
    mayDecide: row.status === "submitted" && block === null,
    decisionBlock: row.status === "submitted" ? block : null,
  };
}
export type ApplicationForReview = NonNullable<Awaited<ReturnType<typeof getApplicationForReview>>>;

type Decision = "approved" | "declined";

/**
 * Approves or declines a submitted application. One conditional UPDATE
 * (`where status = 'submitted'`) decides it, so when two moderators decide at
 * once exactly one wins and the other is told it was already decided; the
 * audit-log row is written in the same transaction.
 */
async function decideApplication(decision: Decision, userId: string, reason: string | null) {
  const actor = await requireStaff();
  return transaction(async (tx) => {
    const [applicant] = await tx
      .select({ id: users.id, name: users.name, roles: users.roles, accountStatus: users.status })
      .from(users)
      .where(eq(users.id, userId));
    if (!applicant || applicant.accountStatus === "deleted") throw new NotFoundError("That application no longer exists.");
    const block = decisionBlock(actor, applicant);
    if (block) throw new ForbiddenError(block);
    const [decided] = await tx
      .update(mentorProfiles)
      .set({ status: decision, decidedAt: now(), decidedById: actor.id, decisionReason: reason })
      .where(and(eq(mentorProfiles.userId, userId), eq(mentorProfiles.status, "submitted")))
      .returning({ userId: mentorProfiles.userId });
    if (!decided) {
      const [current] = await tx.select({ status: mentorProfiles.status }).from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
      if (!current) throw new NotFoundError("That application no longer exists.");
      throw new ConflictError(
        current.status === "draft"
          ? `${applicant.name} is revising their application; it isn't waiting for a decision.`
          : `This application was already decided (${current.status}), perhaps by another moderator. Reload to see the decision.`,
      );
    }
    await recordAudit({
      actorId: actor.id,
      action: decision === "approved" ? "mentor_application.approve" : "mentor_application.decline",
      targetUserId: userId,
      ...(reason ? { reason } : {}),
      details: { from: "submitted", to: decision },
    });
    await notify({
      userId,
      kind: decision === "approved" ? "application-approved" : "application-declined",
      dedupeKey: `application-${decision}:${userId}:${decided.userId}:${now().toISOString()}`,
      title: decision === "approved" ? "You're approved as a mentor — welcome" : "About your mentor application",
      body:
        decision === "approved"
          ? `Thank you for offering your time. Seekers can now find you.${reason ? ` A note from the team: “${reason}”` : ""}`
          : `Thank you for applying. This time we can't approve it. The reason: “${reason ?? ""}” You are welcome on Alongside in every other way.`,
      href: "/volunteer",
    });
    return { name: applicant.name };
  });
}

/** Approves, with an optional note the applicant reads. */
export async function approveApplication(input: unknown) {
  await requireStaff();
  invalidateMentorPool();
  const { userId, note } = approveApplicationSchema.parse(input);
  return decideApplication("approved", userId, note);
}

/** Declines, with the reason the applicant reads (required). */
export async function declineApplication(input: unknown) {
  await requireStaff();
  invalidateMentorPool();
  const { userId, reason } = declineApplicationSchema.parse(input);
  return decideApplication("declined", userId, reason);
}
