import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  circleAttendance,
  circleFacilitators,
  circleFeltOff,
  circleJoinRequests,
  circleMembers,
  circleMessages,
  circleReflections,
  circleRenewalVotes,
  circleRenewals,
  circleSeekers,
  circles,
} from "@/db/schema";
import { contexts, unseal } from "@/lib/privacy/encryption";
import { requireViewer } from "@/lib/dal/account/viewer";

function opened(ciphertext: string | null, keyId: string | null, circleId: string): string | null {
  if (!ciphertext || !keyId) return null;
  try {
    return unseal({ ciphertext, keyId }, contexts.circleMessage(circleId));
  } catch {
    return "(could not be opened)";
  }
}

/**
 * The viewer's own part of circles, opened, for "download my data": whether
 * they wait for a group, their facilitation module, the circles they hold,
 * their seats (with their closing words), requests to join, their record in
 * sessions, their own circle messages, closing reflections, renewal
 * answers and what they told a facilitator privately ("something felt off"). Never anyone else's words.
 */
export async function exportMyCircles() {
  const viewer = await requireViewer();
  const id = viewer.id;
  const [waiting, facilitation, held, seats, requests, attendance, messages, reflections, proposed, votes, feltOff] = await Promise.all([
    db().select({ active: circleSeekers.active, waitingSince: circleSeekers.waitingSince }).from(circleSeekers).where(eq(circleSeekers.userId, id)),
    db().select({ answers: circleFacilitators.answers, passedAt: circleFacilitators.passedAt }).from(circleFacilitators).where(eq(circleFacilitators.userId, id)),
    db().select().from(circles).where(eq(circles.facilitatorId, id)).orderBy(asc(circles.createdAt)),
    db()
      .select({ member: circleMembers, title: circles.title })
      .from(circleMembers)
      .innerJoin(circles, eq(circles.id, circleMembers.circleId))
      .where(eq(circleMembers.userId, id))
      .orderBy(asc(circleMembers.joinedAt)),
    db()
      .select({ circle: circles.title, status: circleJoinRequests.status, reasons: circleJoinRequests.reasons, askedAt: circleJoinRequests.createdAt, decidedAt: circleJoinRequests.decidedAt })
      .from(circleJoinRequests)
      .innerJoin(circles, eq(circles.id, circleJoinRequests.circleId))
      .where(eq(circleJoinRequests.userId, id)),
    db()
      .select({ circle: circles.title, session: circleAttendance.sessionNumber, status: circleAttendance.status, markedAt: circleAttendance.markedAt, facilitatorReachedOutAt: circleAttendance.reachedOutAt })
      .from(circleAttendance)
      .innerJoin(circles, eq(circles.id, circleAttendance.circleId))
      .where(eq(circleAttendance.userId, id))
      .orderBy(asc(circleAttendance.markedAt)),
    db()
      .select({ circleId: circleMessages.circleId, circle: circles.title, body: circleMessages.body, keyId: circleMessages.keyId, session: circleMessages.sessionNumber, at: circleMessages.createdAt, removedAt: circleMessages.removedAt })
      .from(circleMessages)
      .innerJoin(circles, eq(circles.id, circleMessages.circleId))
      .where(eq(circleMessages.authorId, id))
      .orderBy(asc(circleMessages.createdAt)),
    db()
      .select({ circle: circles.title, reflection: circleReflections.body, at: circleReflections.updatedAt })
      .from(circleReflections)
      .innerJoin(circles, eq(circles.id, circleReflections.circleId))
      .where(eq(circleReflections.userId, id)),
    db()
      .select({ circle: circles.title, extraSessions: circleRenewals.extraSessions, status: circleRenewals.status, proposedAt: circleRenewals.createdAt })
      .from(circleRenewals)
      .innerJoin(circles, eq(circles.id, circleRenewals.circleId))
      .where(eq(circleRenewals.proposedById, id)),
    db()
      .select({ circle: circles.title, extraSessions: circleRenewals.extraSessions, agreed: circleRenewalVotes.agree, at: circleRenewalVotes.at })
      .from(circleRenewalVotes)
      .innerJoin(circleRenewals, eq(circleRenewals.id, circleRenewalVotes.renewalId))
      .innerJoin(circles, eq(circles.id, circleRenewals.circleId))
      .where(eq(circleRenewalVotes.userId, id)),
    // What the person told a facilitator privately (the notes others sent to them as facilitator are theirs, not this person's).
    db()
      .select({ circle: circles.title, words: circleFeltOff.words, at: circleFeltOff.createdAt, talkedThroughAt: circleFeltOff.settledAt })
      .from(circleFeltOff)
      .innerJoin(circles, eq(circles.id, circleFeltOff.circleId))
      .where(eq(circleFeltOff.userId, id))
      .orderBy(asc(circleFeltOff.createdAt)),
  ]);
  return {
    waitingForAGroup: waiting[0] ?? null,
    facilitationModule: facilitation[0] ?? null,
    circlesYouHold: held.map((c) => ({
      title: c.title,
      status: c.status,
      language: c.language,
      cadence: c.cadence,
      day: c.day,
      startMinute: c.startMinute,
      durationMinutes: c.durationMinutes,
      timezone: c.timezone,
      startsOn: c.startsOn,
      lengthSessions: c.lengthSessions,
      endedAt: c.endedAt,
      endReason: c.endReason,
      yourWordsOnSteppingBack: c.facilitatorAway ? c.facilitatorAwayWords : null,
    })),
    seats: seats.map(({ member: m, title }) => ({
      circle: title,
      joinedAt: m.joinedAt,
      leftAt: m.leftAt,
      leftReason: m.leftReason,
      whyYouWerePlaced: m.placementReasons,
      yourClosingWords: opened(m.closingWords, m.closingWordsKeyId, m.circleId),
      removalNote: m.removalNote,
    })),
    requestsToJoin: requests,
    sessions: attendance,
    yourMessages: messages.map((m) => ({ circle: m.circle, body: opened(m.body, m.keyId, m.circleId), session: m.session, at: m.at, removedAt: m.removedAt })),
    closingReflections: reflections,
    renewalsYouProposed: proposed,
    renewalAnswers: votes,
    somethingFeltOff: feltOff,
  };
}
