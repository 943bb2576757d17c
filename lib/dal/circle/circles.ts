import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { db, prepared, transaction } from "@/db/client";
import { circleAttendance, circleFacilitators, circleJoinRequests, circleMembers, circleSeekers, circleSessions, circles, mentorProfiles, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { circleRecord, describeRecord, gradeCircleTraining, nextSession, reachOutOpenings, sessionWindow, type AttendanceStatus } from "@/lib/circles";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { prepareRound, sessionTimeIn, explainPlacement, type CircleForPlacement } from "@/lib/matching/circles";
import { initialsOf } from "@/lib/profiles/initials";
import { contexts, unseal } from "@/lib/privacy/encryption";
import { proposeCircleSchema } from "@/lib/validation/circles";
import { requireViewer } from "@/lib/dal/account/viewer";
import { activeMentorshipCount } from "@/lib/dal/matching/requests";
import { timezoneOf } from "@/lib/dal/relationship/access";
import { getSettings } from "@/lib/dal/staff/settings";
import { blockedAmong } from "@/lib/dal/safety/block-filters";
import { accessCircle, rhythmOf } from "./access";
import { loadCircleCohort } from "./pool";
import { openPrompt } from "./sessions";
import { reflectionsOf, renewalOf, RENEWAL_WINDOW_SESSIONS } from "./ending";
import { dateFormat } from "@/lib/time/format";

function openSealed(ciphertext: string | null, keyId: string | null, circleId: string): string | null {
  if (!ciphertext || !keyId) return null;
  try {
    return unseal({ ciphertext, keyId }, contexts.circleMessage(circleId));
  } catch {
    return null;
  }
}

/**
 * Circles as their people see them: the facilitation module, proposing a
 * circle, opting in to "a small group", suggestions, and the circle page.
 */

async function approvedMentor(userId: string) {
  const [row] = await db()
    .select({ status: mentorProfiles.status, capacity: mentorProfiles.capacity, timezone: mentorProfiles.timezone, languages: mentorProfiles.languages })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, userId));
  return row?.status === "approved" ? row : null;
}

/** Where the viewer stands with facilitating: not a mentor, module to take, or ready. */
export async function myFacilitation() {
  const viewer = await requireViewer();
  const mentor = await approvedMentor(viewer.id);
  if (!mentor) return { kind: "not-mentor" as const };
  const [row] = await db().select({ passedAt: circleFacilitators.passedAt }).from(circleFacilitators).where(eq(circleFacilitators.userId, viewer.id));
  return row?.passedAt ? { kind: "ready" as const, languages: mentor.languages } : { kind: "training" as const };
}

/** Grades the group-scenarios module; passing lets an approved mentor propose circles. */
export async function submitCircleTraining(answers: Record<string, string | undefined>) {
  const viewer = await requireViewer();
  if (!(await approvedMentor(viewer.id))) throw new ForbiddenError("The facilitation module is for approved mentors.");
  const grade = gradeCircleTraining(answers);
  const clean = Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === "string"));
  const at = now();
  await db()
    .insert(circleFacilitators)
    .values({ userId: viewer.id, answers: clean, passedAt: grade.passed ? at : null })
    .onConflictDoUpdate({ target: circleFacilitators.userId, set: { answers: clean, passedAt: grade.passed ? at : null, updatedAt: at } });
  return grade;
}

/**
 * Proposes a circle. The mentor must be approved, have passed the module,
 * and have room: their mentorships plus `circlePlaces` per circle they hold
 * (this one included) stay within their capacity. The mentor's row is locked
 * so two proposals at once cannot both squeeze in.
 */
export async function proposeCircle(input: unknown): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const data = proposeCircleSchema.parse(input);
  const settings = await getSettings();
  return transaction(async (tx) => {
    const [mentor] = await tx
      .select({ status: mentorProfiles.status, capacity: mentorProfiles.capacity, timezone: mentorProfiles.timezone })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, viewer.id))
      .for("update");
    if (mentor?.status !== "approved") throw new ForbiddenError("Only approved mentors can hold a circle.");
    const [trained] = await tx.select({ passedAt: circleFacilitators.passedAt }).from(circleFacilitators).where(eq(circleFacilitators.userId, viewer.id));
    if (!trained?.passedAt) throw new ForbiddenError("Take the short facilitation module first — it's four scenarios.");
    // Mentorships plus the places of the circles they already hold (activeMentorshipCount counts both).
    const used = await activeMentorshipCount(viewer.id);
    if (used + settings.circlePlaces > (mentor.capacity ?? 0)) {
      throw new ConflictError(
        `A circle takes ${settings.circlePlaces} of your places, and you have ${Math.max(0, (mentor.capacity ?? 0) - used)} free. You can raise your capacity on the Volunteering page.`,
      );
    }
    const [hh, mm] = data.startTime.split(":").map(Number) as [number, number];
    const [row] = await tx
      .insert(circles)
      .values({
        facilitatorId: viewer.id,
        title: data.title,
        focusTopicIds: data.focusTopicIds,
        language: data.language,
        targetSize: data.targetSize,
        maxSize: data.maxSize,
        cadence: data.cadence,
        day: data.day,
        startMinute: hh * 60 + mm,
        durationMinutes: data.durationMinutes,
        timezone: mentor.timezone ?? "UTC",
        startsOn: data.startsOn,
        lengthSessions: data.lengthSessions,
      })
      .returning({ id: circles.id });
    return { id: row!.id };
  });
}

/**
 * "A small group", asked in the needs profile's looking-for step (saved by
 * lib/dal/profiles/needs-profiles.ts in its transaction): the person starts
 * or stops waiting for a circle. Starting again keeps when they first began
 * waiting; stopping never creates a row.
 */
export async function setWaitingForGroup(userId: string, active: boolean) {
  const at = now();
  if (!active) {
    await db().update(circleSeekers).set({ active: false, updatedAt: at }).where(eq(circleSeekers.userId, userId));
    return;
  }
  await db()
    .insert(circleSeekers)
    .values({ userId, active: true, waitingSince: at })
    .onConflictDoUpdate({ target: circleSeekers.userId, set: { active: true, updatedAt: at } });
}

export async function isWaitingForGroup(userId: string): Promise<boolean> {
  const [row] = await db().select({ active: circleSeekers.active }).from(circleSeekers).where(eq(circleSeekers.userId, userId));
  return row?.active ?? false;
}

export async function amILookingForCircle(): Promise<boolean> {
  const viewer = await requireViewer();
  return isWaitingForGroup(viewer.id);
}

export interface CircleListItem {
  id: string;
  title: string;
  role: "facilitator" | "member";
  status: string;
  when: string;
}

/** The circles the viewer holds or sits in (not ended). */
export async function myCircles(): Promise<CircleListItem[]> {
  const viewer = await requireViewer();
  const rows = await db()
    .selectDistinct({ circle: circles })
    .from(circles)
    .leftJoin(circleMembers, and(eq(circleMembers.circleId, circles.id), eq(circleMembers.userId, viewer.id), isNull(circleMembers.leftAt)))
    .where(
      and(
        or(and(eq(circles.facilitatorId, viewer.id), eq(circles.facilitatorAway, false)), eq(circleMembers.userId, viewer.id)),
        inArray(circles.status, ["proposed", "open", "active"]),
      ),
    )
    .orderBy(asc(circles.createdAt));
  const zone = await timezoneOf(viewer.id);
  const referenceDate = now().toISOString().slice(0, 10);
  return rows.map(({ circle }) => ({
    id: circle.id,
    title: circle.title,
    role: circle.facilitatorId === viewer.id ? "facilitator" : "member",
    status: circle.status,
    when: `${circle.cadence === "weekly" ? "Weekly" : "Every two weeks"}, ${sessionTimeIn(asPlacement(circle), zone, referenceDate)}`,
  }));
}

function asPlacement(circle: typeof circles.$inferSelect): CircleForPlacement {
  return {
    id: circle.id,
    facilitator: { id: circle.facilitatorId, topicIds: [], avoidTopicIds: [], listenStyle: null, tone: null, messageLength: null, ageBand: null },
    focusTopicIds: circle.focusTopicIds,
    language: circle.language,
    targetSize: circle.targetSize,
    maxSize: circle.maxSize,
    cadence: circle.cadence,
    day: circle.day as CircleForPlacement["day"],
    startMinute: circle.startMinute,
    durationMinutes: circle.durationMinutes,
    timezone: circle.timezone,
    sessionsHeld: 0,
    lengthSessions: circle.lengthSessions,
    members: [],
    status: "proposed",
  };
}

export interface CircleSuggestion {
  id: string;
  title: string;
  score: number;
  reasons: string[];
  seatsLeft: number;
  requested: boolean;
}

/** Circles the viewer could ask to join: the same filters and fit as a round, with reasons. */
export async function suggestedCircles(limit = 5): Promise<CircleSuggestion[]> {
  const viewer = await requireViewer();
  const cohort = await loadCircleCohort({ seekerIds: [viewer.id] });
  if (cohort.seekers.length === 0) return [];
  // On demand the facilitator may accept people up to the circle's most, not only its hoped-for size.
  cohort.circles = cohort.circles.map((c) => ({ ...c, targetSize: c.maxSize }));
  const round = prepareRound(cohort, limit);
  const open = await db()
    .select({ circleId: circleJoinRequests.circleId })
    .from(circleJoinRequests)
    .where(and(eq(circleJoinRequests.userId, viewer.id), eq(circleJoinRequests.status, "open")));
  const requested = new Set(open.map((r) => r.circleId));
  const seeker = round.seekers[0]!;
  return Array.from(round.edgeCircle, (c, e) => {
    const circle = round.circles[c]!;
    return {
      id: circle.circle.id,
      title: circle.circle.title ?? "A circle",
      score: round.edgeScore[e]!,
      reasons: explainPlacement(seeker, circle, round.context, circle.members),
      seatsLeft: circle.seats,
      requested: requested.has(circle.circle.id),
    };
  });
}

export interface CirclePage {
  id: string;
  title: string;
  status: string;
  role: "facilitator" | "member";
  viewerId: string;
  rhythm: string;
  facilitatorAway: boolean;
  people: { id: string; name: string; initials: string; facilitator: boolean }[];
  next: { number: number; startsAt: string; when: string } | null;
  openSession: { number: number; prompt: string; endsAt: string } | null;
  sessionsHeld: number;
  lengthSessions: number;
  /** The viewer's own record (a member), or each member's (the facilitator). Never shown to anyone else. */
  records: { userId: string; name: string; text: string }[];
  /** Facilitator only: members missed at a session without notice and not yet reached, with openings to edit. */
  toReach: { userId: string; name: string; sessionNumber: number; openings: string[] }[];
  /** Facilitator only: the words sent in the last day, so sending one is confirmed on the page rather than just vanishing. */
  reachedRecently: { userId: string; name: string; sessionNumber: number }[];
  joinRequests: { id: string; name: string; reasons: string[] }[];
  excusedAhead: number[];
  /** The last session is the closing one: opened, it invites a reflection from everyone. */
  closingSessionOpened: boolean;
  nextIsClosing: boolean;
  reflections: { userId: string; name: string; body: string }[];
  /** Words left by those who stepped back from the circle. */
  farewells: { name: string; words: string }[];
  /** The facilitator's words on stepping back, if any, while the circle waits for another. */
  awayWords: string | null;
  renewal: Awaited<ReturnType<typeof renewalOf>>;
  /** Facilitator only: whether renewing may be proposed now (near the end, none open). */
  mayProposeRenewal: boolean;
  maxExtraSessions: number;
  endReason: string | null;
}

/*
 * The circle page's reads that do not depend on who is looking, built once
 * per connection (db/client.ts#prepared): every view of a circle makes them.
 */
const circleIdParam = sql.placeholder("circleId");
const seatedMembers = prepared("circle_seated_members", (executor) =>
  executor
    .select({ userId: circleMembers.userId, name: users.name, seat: circleMembers.seat })
    .from(circleMembers)
    .innerJoin(users, eq(users.id, circleMembers.userId))
    .where(and(eq(circleMembers.circleId, circleIdParam), isNull(circleMembers.leftAt)))
    .orderBy(asc(circleMembers.seat)),
);
const sessionsOf = prepared("circle_sessions", (executor) =>
  executor.select().from(circleSessions).where(eq(circleSessions.circleId, circleIdParam)).orderBy(asc(circleSessions.number)),
);
const nameOf = prepared("circle_person_name", (executor) => executor.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder("userId"))));
const farewellRows = prepared("circle_farewells", (executor) =>
  executor
    .select({ name: users.name, words: circleMembers.closingWords, keyId: circleMembers.closingWordsKeyId })
    .from(circleMembers)
    .innerJoin(users, eq(users.id, circleMembers.userId))
    .where(and(eq(circleMembers.circleId, circleIdParam), eq(circleMembers.leftReason, "left"), isNotNull(circleMembers.closingWords)))
    .orderBy(asc(circleMembers.leftAt)),
);

/** Everything on /circles/[id], for the facilitator and members only (others: not found). */
export async function getCirclePage(circleId: unknown): Promise<CirclePage> {
  const { viewer, circle, role } = await accessCircle(circleId);
  const [allMemberRows, sessionRows, attendance, requests, facilitator, zone, reflections, renewal, leavers] = await Promise.all([
    seatedMembers({ circleId: circle.id }),
    sessionsOf({ circleId: circle.id }),
    db()
      .select()
      .from(circleAttendance)
      .where(and(eq(circleAttendance.circleId, circle.id), role === "facilitator" ? undefined : eq(circleAttendance.userId, viewer.id))),
    role === "facilitator"
      ? db()
          .select({ id: circleJoinRequests.id, name: users.name, reasons: circleJoinRequests.reasons })
          .from(circleJoinRequests)
          .innerJoin(users, eq(users.id, circleJoinRequests.userId))
          .where(and(eq(circleJoinRequests.circleId, circle.id), eq(circleJoinRequests.status, "open")))
      : Promise.resolve([]),
    nameOf({ userId: circle.facilitatorId }),
    timezoneOf(viewer.id),
    reflectionsOf(circle.id),
    renewalOf(circle.id, viewer.id),
    farewellRows({ circleId: circle.id }),
  ]);
  // A block hides the two from each other in the circle (whoever made it): the list, the records, the thread.
  const hidden = await blockedAmong(viewer.id, [circle.facilitatorId, ...allMemberRows.map((m) => m.userId)]);
  const memberRows = allMemberRows.filter((m) => !hidden.has(m.userId));
  const at = now();
  const rhythm = rhythmOf(circle);
  const next = nextSession(rhythm, at);
  const open = sessionRows.find((s) => s.status === "open");
  const prompt = open ? openPrompt(open) : "";
  const people = [
    ...(hidden.has(circle.facilitatorId) ? [] : [{ id: circle.facilitatorId, name: facilitator[0]?.name ?? "Facilitator", initials: initialsOf(facilitator[0]?.name ?? "F"), facilitator: true }]),
    ...memberRows.map((m) => ({ id: m.userId, name: m.name, initials: initialsOf(m.name), facilitator: false })),
  ];
  const statusesOf = (userId: string) =>
    attendance
      .filter((a) => a.userId === userId && sessionRows.some((s) => s.number === a.sessionNumber && s.status === "closed"))
      .sort((a, b) => a.sessionNumber - b.sessionNumber)
      .map((a) => a.status as AttendanceStatus);
  const recordFor = role === "facilitator" ? memberRows : memberRows.filter((m) => m.userId === viewer.id);
  const records = recordFor.map((m) => ({ userId: m.userId, name: m.name, text: describeRecord(circleRecord(statusesOf(m.userId))) }));
  const toReach =
    role === "facilitator"
      ? attendance
          .filter((a) => a.status === "missed" && !a.reachedOutAt)
          .flatMap((a) => {
            const m = memberRows.find((r) => r.userId === a.userId);
            return m ? [{ userId: m.userId, name: m.name, sessionNumber: a.sessionNumber, openings: reachOutOpenings(m.name.split(" ")[0]!, circle.title) }] : [];
          })
      : [];
  const dayAgo = at.getTime() - 24 * 3_600_000;
  const reachedRecently =
    role === "facilitator"
      ? attendance
          .filter((a) => a.status === "missed" && a.reachedOutAt && a.reachedOutAt.getTime() > dayAgo)
          .flatMap((a) => {
            const m = memberRows.find((r) => r.userId === a.userId);
            return m ? [{ userId: m.userId, name: m.name, sessionNumber: a.sessionNumber }] : [];
          })
      : [];
  const formatter = dateFormat({ timeZone: zone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return {
    id: circle.id,
    title: circle.title,
    status: circle.status,
    role,
    viewerId: viewer.id,
    rhythm: `${circle.cadence === "weekly" ? "Weekly" : "Every two weeks"}, ${sessionTimeIn(asPlacement(circle), zone, at.toISOString().slice(0, 10))} your time`,
    facilitatorAway: circle.facilitatorAway,
    people,
    next: next ? { number: next.number, startsAt: next.startsAt.toISOString(), when: formatter.format(next.startsAt) } : null,
    openSession: open ? { number: open.number, prompt, endsAt: open.endsAt.toISOString() } : null,
    sessionsHeld: sessionRows.length,
    lengthSessions: circle.lengthSessions,
    records,
    toReach,
    reachedRecently,
    joinRequests: requests.map((r) => ({ id: r.id, name: r.name, reasons: r.reasons })),
    closingSessionOpened: sessionRows.some((s) => s.number === circle.lengthSessions),
    nextIsClosing: next?.number === circle.lengthSessions,
    // A blocked person never sees the one who blocked them in the circle again (nor the other way).
    reflections: reflections.filter((r) => !hidden.has(r.userId)),
    farewells: leavers.flatMap((l) => {
      const words = openSealed(l.words, l.keyId, circle.id);
      return words ? [{ name: l.name, words }] : [];
    }),
    awayWords: circle.facilitatorAway ? circle.facilitatorAwayWords : null,
    renewal,
    mayProposeRenewal:
      role === "facilitator" &&
      circle.status === "active" &&
      !circle.facilitatorAway &&
      renewal?.status !== "open" &&
      circle.lengthSessions < 24 &&
      circle.lengthSessions - sessionRows.length <= RENEWAL_WINDOW_SESSIONS &&
      sessionRows.filter((s) => s.status === "closed").length < circle.lengthSessions,
    maxExtraSessions: Math.min(12, 24 - circle.lengthSessions),
    endReason: circle.endReason,
    excusedAhead: attendance.filter((a) => a.userId === viewer.id && a.status === "excused" && !sessionRows.some((s) => s.number === a.sessionNumber && s.status === "closed")).map((a) => a.sessionNumber),
  };
}

export { sessionWindow };
