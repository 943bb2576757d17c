import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { acknowledgments, mentorProfiles, mentorTopics, topics } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { completedSteps, firstIncompleteStep } from "@/lib/mentoring/completeness";
import { PLEDGE_VERSION } from "@/lib/mentoring/pledges";
import { stepTitle } from "@/lib/mentoring/steps";
import { gradeTraining, type TrainingGrade, trainingField, trainingQuestions } from "@/lib/mentoring/training";
import { type AnswerStep, applicationStepForms, validAnswersOf } from "@/lib/validation/mentor-application";
import { fieldError } from "@/lib/validation/field-error";
import { requireMentor } from "./mentor-profiles";
import { topicsOffered } from "@/lib/dal/staff/topics";

/**
 * A volunteer's own mentor application: read it, save it step by step, send
 * it, and revise it after a decline. Every function works on the viewer's
 * own row only (the viewer comes from the session), and only while the
 * application is a draft — what a moderator is reading cannot change under them.
 */

/** The whole application as its owner sees it (null before they start). */
export async function getOwnApplication() {
  const viewer = await requireMentor();
  return readApplication(viewer.id);
}
export type OwnApplication = NonNullable<Awaited<ReturnType<typeof getOwnApplication>>>;

async function readApplication(userId: string) {
  const [row] = await db()
    .select({
      status: mentorProfiles.status,
      step: mentorProfiles.step,
      capacity: mentorProfiles.capacity,
      cadences: mentorProfiles.cadences,
      windows: mentorProfiles.windows,
      timezone: mentorProfiles.timezone,
      languages: mentorProfiles.languages,
      listenStyle: mentorProfiles.listenStyle,
      tone: mentorProfiles.tone,
      messageLength: mentorProfiles.messageLength,
      ageBand: mentorProfiles.ageBand,
      gender: mentorProfiles.gender,
      intro: mentorProfiles.intro,
      motivation: mentorProfiles.motivation,
      avoidTopicIds: mentorProfiles.avoidTopicIds,
      pledgedAt: mentorProfiles.pledgedAt,
      pledgeVersion: mentorProfiles.pledgeVersion,
      trainingPassedAt: mentorProfiles.trainingPassedAt,
      trainingAnswers: mentorProfiles.trainingAnswers,
      submittedAt: mentorProfiles.submittedAt,
      decidedAt: mentorProfiles.decidedAt,
      decisionReason: mentorProfiles.decisionReason,
    })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, userId));
  if (!row) return null;
  const answers = { ...row, topicIds: await chosenTopicIds(userId) };
  return { ...answers, completed: completedSteps(answers), nextIncompleteStep: firstIncompleteStep(answers) };
}

/**
 * Topics to choose from: every active topic, plus retired ones this mentor
 * already chose (retiring a topic never breaks a profile).
 */
export async function topicChoices() {
  const viewer = await requireMentor();
  const [mine] = await db().select({ avoid: mentorProfiles.avoidTopicIds }).from(mentorProfiles).where(eq(mentorProfiles.userId, viewer.id));
  const kept = [...(await chosenTopicIds(viewer.id)), ...(mine?.avoid ?? [])];
  return topicsOffered(kept);
}

async function chosenTopicIds(userId: string) {
  const rows = await db()
    .select({ topicId: mentorTopics.topicId })
    .from(mentorTopics)
    .where(eq(mentorTopics.userId, userId))
    .orderBy(asc(mentorTopics.createdAt), asc(mentorTopics.topicId));
  return rows.map((r) => r.topicId);
}


/** Creates the draft on first save and locks it; refuses once it has been sent. */
async function openDraft(userId: string) {
  await db().insert(mentorProfiles).values({ userId }).onConflictDoNothing();
  const [row] = await db()
    .select({ status: mentorProfiles.status, avoidTopicIds: mentorProfiles.avoidTopicIds, trainingPassedAt: mentorProfiles.trainingPassedAt })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, userId))
    .for("update");
  if (row!.status === "submitted") throw new ConflictError("Your application is with the moderators now, so it can't be changed. We'll let you know when it has been read.");
  if (row!.status === "approved") throw new ConflictError("Your application has already been approved.");
  if (row!.status === "declined") throw new ConflictError("Choose “Revise my application” on your volunteering page to change your answers.");
  return row!;
}

/** Topic ids must be active topics, or ones this person had already chosen. */
async function checkTopics(field: string, ids: readonly string[], alreadyChosen: readonly string[]) {
  if (ids.length === 0) return;
  const found = await db().select({ id: topics.id, retiredAt: topics.retiredAt }).from(topics).where(inArray(topics.id, [...ids]));
  const usable = new Set(found.filter((t) => t.retiredAt === null || alreadyChosen.includes(t.id)).map((t) => t.id));
  if (ids.some((id) => !usable.has(id))) throw fieldError(field, "One of those topics is no longer on the list. Please choose again.");
}

type Mode = "continue" | "back";

const isBlank = (data: Answers) => Object.values(data).every((v) => v === null || v === "" || (Array.isArray(v) && v.length === 0));

async function hasApplication(userId: string) {
  const [row] = await db().select({ userId: mentorProfiles.userId }).from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  return Boolean(row);
}
type Answers = Record<string, unknown>;

/**
 * Saves one step. "continue" needs the whole step to be valid and moves the
 * resume point on; "back" keeps whatever answers are valid on their own and
 * moves nothing, so going back never loses an answer. The training step
 * returns its grade (it only moves on when passed).
 */
export async function saveApplicationStep(step: AnswerStep, input: unknown, mode: Mode): Promise<{ grade?: TrainingGrade }> {
  const viewer = await requireMentor();
  const { schema } = applicationStepForms[step];
  const data: Answers = mode === "continue" ? schema.parse(input) : validAnswersOf(schema, (input ?? {}) as Answers);
  return transaction(async (tx) => {
    // "Back" from an application not yet started, with nothing chosen, starts nothing.
    if (mode === "back" && isBlank(data) && !(await hasApplication(viewer.id))) return {};
    const draft = await openDraft(viewer.id);
    const advance = mode === "continue" ? { step: sql`greatest(${mentorProfiles.step}, ${step + 1})` } : {};
    const where = eq(mentorProfiles.userId, viewer.id);
    switch (step) {
      case 1: {
        const previous = await chosenTopicIds(viewer.id);
        const topicIds = data.topicIds as string[] | undefined;
        const avoidTopicIds = data.avoidTopicIds as string[] | undefined;
        if (topicIds) await checkTopics("topicIds", topicIds, previous);
        if (avoidTopicIds) await checkTopics("avoidTopicIds", avoidTopicIds, draft.avoidTopicIds);
        // On "back", a topic in both lists would break the rule: keep the lived-experience list only.
        const avoid = avoidTopicIds?.filter((id) => !(topicIds ?? previous).includes(id));
        if (topicIds) {
          await tx.delete(mentorTopics).where(eq(mentorTopics.userId, viewer.id));
          await tx.insert(mentorTopics).values(topicIds.map((topicId) => ({ userId: viewer.id, topicId })));
        }
        await tx.update(mentorProfiles).set({ ...(avoid ? { avoidTopicIds: avoid } : {}), ...advance, updatedAt: new Date() }).where(where);
        return {};
      }
      case 2:
      case 3:
      case 4:
        await tx.update(mentorProfiles).set({ ...data, ...advance, updatedAt: new Date() }).where(where);
        return {};
      case 5: {
        // Pledges are all or nothing: "back" with a pledge unticked keeps what was pledged before.
        const all = Object.keys(data).length === Object.keys(schema.shape).length;
        if (all) {
          await tx
            .update(mentorProfiles)
            .set({
              pledgedAt: sql`case when ${mentorProfiles.pledgeVersion} = ${PLEDGE_VERSION} then coalesce(${mentorProfiles.pledgedAt}, now()) else now() end`,
              pledgeVersion: PLEDGE_VERSION,
            })
            .where(where);
          await tx.insert(acknowledgments).values({ userId: viewer.id, kind: "mentor_pledge", version: PLEDGE_VERSION }).onConflictDoNothing();
        }
        if (mode === "continue") await tx.update(mentorProfiles).set(advance).where(where);
        return {};
      }
      case 6: {
        const answers: Record<string, string> = {};
        for (const q of trainingQuestions) {
          const answer = data[trainingField(q.id)];
          if (typeof answer === "string") answers[q.id] = answer;
        }
        const grade = gradeTraining(answers);
        await tx
          .update(mentorProfiles)
          .set({
            trainingAnswers: answers,
            // A pass keeps its first date while the answers still pass; a changed answer can undo it.
            trainingPassedAt: grade.passed ? sql`coalesce(${mentorProfiles.trainingPassedAt}, now())` : null,
            ...(grade.passed ? advance : {}),
          })
          .where(where);
        return { grade };
      }
    }
  });
}

/**
 * Sends the application to the moderators. Sending twice is one submission:
 * the second call finds it already sent and changes nothing.
 */
export async function submitApplication(): Promise<{ alreadySubmitted: boolean }> {
  const viewer = await requireMentor();
  return transaction(async (tx) => {
    const [row] = await tx.select({ status: mentorProfiles.status }).from(mentorProfiles).where(eq(mentorProfiles.userId, viewer.id)).for("update");
    if (!row) throw new ConflictError("Start your application first.");
    if (row.status === "submitted") return { alreadySubmitted: true };
    if (row.status !== "draft") throw new ConflictError("This application has already been decided.");
    // Read under the lock, so what is checked is what is sent.
    const current = await readApplication(viewer.id);
    const missing = current ? firstIncompleteStep(current) : 1;
    if (missing) throw new ConflictError(`Please finish step ${missing}, “${stepTitle(missing)}”, before sending.`);
    const [sent] = await tx
      .update(mentorProfiles)
      .set({ status: "submitted", submittedAt: new Date(), decidedAt: null, decidedById: null, decisionReason: null })
      .where(and(eq(mentorProfiles.userId, viewer.id), eq(mentorProfiles.status, "draft")))
      .returning({ userId: mentorProfiles.userId });
    return { alreadySubmitted: !sent };
  });
}

/** After a decline: back to a draft with every answer kept, to change and send again. */
export async function reviseApplication() {
  const viewer = await requireMentor();
  const [row] = await db()
    .update(mentorProfiles)
    .set({ status: "draft" })
    .where(and(eq(mentorProfiles.userId, viewer.id), eq(mentorProfiles.status, "declined")))
    .returning({ step: mentorProfiles.step });
  if (row) return;
  const [current] = await db().select({ status: mentorProfiles.status }).from(mentorProfiles).where(eq(mentorProfiles.userId, viewer.id));
  if (current?.status !== "draft") throw new ConflictError("There is no declined application to revise.");
}
