import "server-only";
import { desc, eq } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { circleRounds, circles } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { firstComeFirstServedCircles, greedyCircles, prepareRound, runCircleRound, totalsOf } from "@/lib/matching/circles";
import { uuid } from "@/lib/validation/fields";
import { requireStaff } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { recordAudit } from "@/lib/dal/system/audit";
import { seatInLockedCircle, joiningAllowed } from "./membership";
import { loadCircleCohort } from "./pool";

/**
 * Circle rounds, run by moderators from /admin/rounds: a preview (the
 * placements with their reasons and the totals against greedy and
 * first-come-first-served) until committed, when each placement becomes a
 * seat — re-checked under the circle's row lock, so a seat taken since the
 * preview is never exceeded.
 */
export async function previewCircleRound() {
  const staff = await requireStaff();
  const cohort = await loadCircleCohort();
  const result = runCircleRound(cohort);
  const round = prepareRound(cohort);
  const candidates = Array.from(round.edgeSeeker, (s, e) => ({ seekerId: round.seekers[s]!.profile.id, circleId: round.circles[round.edgeCircle[e]!]!.circle.id, score: round.edgeScore[e]! }));
  const totals = {
    round: result.totals,
    assignmentObjective: result.assignment.objective,
    greedy: totalsOf(cohort, round, greedyCircles(round), candidates, result.groupWeight),
    firstComeFirstServed: totalsOf(cohort, round, firstComeFirstServedCircles(round), candidates, result.groupWeight),
  };
  const [row] = await db()
    .insert(circleRounds)
    .values({ totals, placements: result.final, closedCircleIds: result.closedCircleIds, createdById: staff.id })
    .returning({ id: circleRounds.id });
  return { id: row!.id, placements: result.final, totals, closed: result.closedCircleIds };
}

export async function latestCircleRounds(limit = 5) {
  await requireStaff();
  return db().select().from(circleRounds).orderBy(desc(circleRounds.createdAt)).limit(limit);
}

export async function commitCircleRound(roundId: unknown) {
  const staff = await requireStaff();
  const parsed = uuid.safeParse(roundId);
  if (!parsed.success) throw new NotFoundError("We couldn't find that round.");
  return transaction(async (tx) => {
    const [round] = await tx.select().from(circleRounds).where(eq(circleRounds.id, parsed.data)).for("update");
    if (!round) throw new NotFoundError("We couldn't find that round.");
    if (round.status !== "preview") throw new ConflictError("This round has already been committed or set aside.");
    let seated = 0;
    const skipped: string[] = [];
    for (const p of [...round.placements].sort((a, b) => (a.circleId < b.circleId ? -1 : 1))) {
      const [circle] = await tx.select().from(circles).where(eq(circles.id, p.circleId)).for("update");
      if (!circle || circle.status === "ended" || circle.facilitatorAway) {
        skipped.push(p.seekerId);
        continue;
      }
      // Joining only between sessions and before half the length, as when a facilitator accepts someone.
      const ok = (await joiningAllowed(circle)).ok && (await seatInLockedCircle(circle.id, p.seekerId, circle.maxSize, p.reasons));
      if (!ok) {
        skipped.push(p.seekerId);
        continue;
      }
      seated++;
      await notify({
        userId: p.seekerId,
        kind: "circle-placed",
        dedupeKey: `circle-placed:${circle.id}`,
        title: `You have a seat in ${circle.title}`,
        body: p.reasons[0] ?? "A circle that fits what you asked for has a seat for you.",
        href: `/circles/${circle.id}`,
      });
      await notify({
        userId: circle.facilitatorId,
        kind: "circle-filled",
        dedupeKey: `circle-round:${round.id}:${circle.id}`,
        title: `New members for ${circle.title}`,
        body: "A circle round placed people in your circle. Their names and why they were placed are on the circle page.",
        href: `/circles/${circle.id}`,
      });
    }
    await tx.update(circleRounds).set({ status: "committed", committedAt: now() }).where(eq(circleRounds.id, round.id));
    await recordAudit({ actorId: staff.id, action: "circle_round.commit", details: { roundId: round.id, seated, skipped: skipped.length } });
    return { seated, skipped: skipped.length };
  });
}
