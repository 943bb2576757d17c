import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { circleAttendance, circleMembers, circleSessions, circles, type CircleSession } from "@/db/schema";
import { now } from "@/lib/clock";
import { mayOpen, nextSession, sessionWindow } from "@/lib/circles";
import { ConflictError } from "@/lib/errors";
import { contexts, seal, unseal } from "@/lib/privacy/encryption";
import { excuseSchema, openSessionSchema, reachOutSchema } from "@/lib/validation/circles";
import { notify } from "@/lib/dal/notifications/bell";
import { accessAsFacilitator, accessCircle, rhythmOf } from "./access";
import { recordFacilitatorThere } from "./presence";

/**
 * Sessions: the facilitator opens the session's window with a prompt; a
 * member who writes in the circle while it is open is there (see thread.ts);
 * a member can say ahead they'll miss one (excused); the sweep marks the
 * rest missed once the window has closed (sweep.ts).
 */

export function openPrompt(session: Pick<CircleSession, "prompt" | "promptKeyId" | "circleId">): string {
  try {
    return unseal({ ciphertext: session.prompt, keyId: session.promptKeyId }, contexts.circleMessage(session.circleId));
  } catch {
    return "";
  }
}

/** Opens the next session (from an hour before its window until it ends), with the facilitator's prompt. */
export async function openSession(input: unknown) {
  const { circleId, prompt } = openSessionSchema.parse(input);
  const { circle } = await accessAsFacilitator(circleId);
  return transaction(async (tx) => {
    const [locked] = await tx.select().from(circles).where(eq(circles.id, circle.id)).for("update");
    if (!locked || locked.status === "ended" || locked.status === "proposed") throw new ConflictError("Sessions start once the circle has at least four members.");
    if (locked.facilitatorAway) throw new ConflictError("Sessions are paused while the circle waits for a facilitator.");
    const at = now();
    const next = nextSession(rhythmOf(locked), at);
    if (!next || !mayOpen(next, at)) throw new ConflictError("A session can be opened from an hour before its time until it ends.");
    const sealed = seal(prompt, contexts.circleMessage(circle.id));
    const [row] = await tx
      .insert(circleSessions)
      .values({ circleId: circle.id, number: next.number, startsAt: next.startsAt, endsAt: next.endsAt, prompt: sealed.ciphertext, promptKeyId: sealed.keyId, openedAt: at })
      .onConflictDoNothing()
      .returning({ id: circleSessions.id, number: circleSessions.number });
    if (!row) throw new ConflictError("This session is already open.");
    await recordFacilitatorThere(circle.id, row.number);
    if (locked.status === "open") await tx.update(circles).set({ status: "active" }).where(eq(circles.id, circle.id));
    return row;
  });
}

/** The session open right now in a circle (its window has not ended), if any. */
export async function currentSession(circleId: string) {
  const [row] = await db()
    .select({ number: circleSessions.number, endsAt: circleSessions.endsAt })
    .from(circleSessions)
    .where(and(eq(circleSessions.circleId, circleId), eq(circleSessions.status, "open")));
  return row && row.endsAt.getTime() > now().getTime() ? row : null;
}

/** A member says ahead they'll miss session n: it counts as excused, never as missed. */
export async function excuseAhead(input: unknown) {
  const { circleId, sessionNumber } = excuseSchema.parse(input);
  const { viewer, circle, role } = await accessCircle(circleId);
  if (role !== "member") throw new ConflictError("Only members say ahead that they'll miss a session.");
  if (sessionNumber > circle.lengthSessions) throw new ConflictError("That session isn't part of this circle.");
  const window = sessionWindow(rhythmOf(circle), sessionNumber);
  if (window.startsAt.getTime() <= now().getTime()) throw new ConflictError("That session has already started; you can still write in the circle if you'd like.");
  await db()
    .insert(circleAttendance)
    .values({ circleId: circle.id, sessionNumber, userId: viewer.id, status: "excused", markedAt: now() })
    .onConflictDoUpdate({ target: [circleAttendance.circleId, circleAttendance.sessionNumber, circleAttendance.userId], set: { status: "excused", markedAt: now() } });
}

/** Marks the viewer there for the session open now, if any (called when they write in the circle). */
export async function markThere(circleId: string, userId: string): Promise<number | null> {
  const session = await currentSession(circleId);
  if (!session) return null;
  await db()
    .insert(circleAttendance)
    .values({ circleId, sessionNumber: session.number, userId, status: "there", markedAt: now() })
    .onConflictDoUpdate({ target: [circleAttendance.circleId, circleAttendance.sessionNumber, circleAttendance.userId], set: { status: "there", markedAt: now() } });
  return session.number;
}

/**
 * The facilitator's word to a member who was missed: delivered to the
 * member's bell as written, and the time recorded (program health reads
 * "time from a miss to a word").
 */
export async function reachOut(input: unknown) {
  const { circleId, memberId, sessionNumber, words } = reachOutSchema.parse(input);
  const { circle, viewer } = await accessAsFacilitator(circleId);
  return transaction(async (tx) => {
    const [seat] = await tx
      .select({ id: circleMembers.id })
      .from(circleMembers)
      .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.userId, memberId), isNull(circleMembers.leftAt)));
    if (!seat) throw new ConflictError("That person isn't in the circle now.");
    const updated = await tx
      .update(circleAttendance)
      .set({ reachedOutAt: now() })
      .where(and(eq(circleAttendance.circleId, circle.id), eq(circleAttendance.userId, memberId), eq(circleAttendance.sessionNumber, sessionNumber), eq(circleAttendance.status, "missed"), isNull(circleAttendance.reachedOutAt)))
      .returning({ userId: circleAttendance.userId });
    if (updated.length === 0) throw new ConflictError("You've already reached out about that session.");
    await notify({
      userId: memberId,
      kind: "circle-reach-out",
      dedupeKey: `circle-reach-out:${circle.id}:${sessionNumber}`,
      title: `A word from ${viewer.name.split(" ")[0]}, your circle's facilitator`,
      body: words,
      href: `/circles/${circle.id}`,
    });
  });
}
