import "server-only";
import { now } from "@/lib/clock";
import { notify } from "@/lib/dal/notifications/bell";
import { getSettings } from "@/lib/dal/staff/settings";
import { circlePlacesHeld } from "@/lib/dal/circle/capacity";
import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { matchRequests, mentorProfiles, relationships, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { declineTemplates, requestIdSchema, respondSchema } from "@/lib/validation/requests";
import { forSuggested } from "@/lib/profiles/visibility";
import { blockedRequestPair } from "@/lib/dal/safety/block-filters";
import { loadNeedsProfileSource } from "@/lib/dal/profiles/seeker";
import { invalidateMentorPool } from "./mentor-pool";
import { invalidateCongestion } from "./congestion";
import { announceFreedMentors } from "./saved";
import { requireViewer } from "@/lib/dal/account/viewer";
import { perRequest } from "@/lib/dal/system/request-scope";

export const pairOf = (a: string, b: string) => (a < b ? { pairLow: a, pairHigh: b } : { pairLow: b, pairHigh: a });

/**
 * Marks open requests past their expiry (by the app's clock) as lapsed and
 * tells each sender, with a way to fresh suggestions, in the same
 * transaction. Called before requests are read and by the sweep.
 * Idempotent: only rows still open are updated, and each is told once.
 * Usually nothing has lapsed: one indexed read says so (the partial index
 * on open requests' expiry), and nothing is written or locked; a page that
 * asks twice in one request reads once.
 */
export async function expireRequests() {
  const at = now();
  if (!(await anyLapsed())) return 0;
  const lapsedMentors: string[] = [];
  const count = await transaction(async () => {
    const lapsed = await db()
      .update(matchRequests)
      .set({ status: "expired" })
      .where(and(eq(matchRequests.status, "open"), lt(matchRequests.expiresAt, at)))
      .returning({ id: matchRequests.id, fromId: matchRequests.fromId, toId: matchRequests.toId, kind: matchRequests.kind, roundId: matchRequests.roundId });
    for (const r of lapsed) {
      if (r.kind === "mentorship") lapsedMentors.push(r.toId);
      // On-demand requests: the sender waited. Round proposals: neither was waiting on the other.
      if (r.roundId !== null) continue;
      const them = (await namesOf([r.toId])).get(r.toId);
      await notify({
        userId: r.fromId,
        kind: "request-lapsed",
        dedupeKey: `request-lapsed:${r.id}`,
        title: "Your request closed without an answer",
        body: `${them ?? "They"} didn't get to answer in time. That says nothing about you; people get busy. There are fresh suggestions waiting for you.`,
        href: "/suggestions",
      });
    }
    return lapsed.length;
  });
  if (lapsedMentors.length > 0) {
    // A lapsed request frees the place it spoke for: whoever saved the mentor hears so.
    invalidateCongestion();
    await announceFreedMentors([...new Set(lapsedMentors)]);
  }
  return count;
}

/** Whether any open request has passed its expiry by the app's clock: once per request (lib/dal/system/request-scope). */
const anyLapsed = perRequest("lapsed-requests", async () => {
  const [row] = await db()
    .select({ id: matchRequests.id })
    .from(matchRequests)
    .where(and(eq(matchRequests.status, "open"), lt(matchRequests.expiresAt, now())))
    .limit(1);
  return row !== undefined;
});

/** Active mentorships of a mentor, plus the places the circles they hold take (a setting), for capacity. */
export async function activeMentorshipCount(mentorId: string) {
  const [row] = await db()
    .select({ n: count() })
    .from(relationships)
    .where(and(eq(relationships.partnerId, mentorId), eq(relationships.kind, "mentorship"), eq(relationships.status, "active")));
  const { circlePlaces } = await getSettings();
  const held = (await circlePlacesHeld([mentorId], circlePlaces)).get(mentorId) ?? 0;
  return (row?.n ?? 0) + held;
}

/**
 * Answers a request or a round's proposal. Saying yes to the last missing
 * agreement creates the relationship, in one transaction that:
 *  - locks the request (two clicks, two tabs: one answer wins);
 *  - for a mentorship, locks the mentor's profile row and counts their active
 *    mentorships, so concurrent accepts can never pass capacity;
 *  - relies on the partial unique index for one active relationship per pair.
 */
export async function respondToRequest(input: unknown) {
  const viewer = await requireViewer();
  const { requestId, decision, template, note } = respondSchema.parse(input);
  await expireRequests();
  let freed: string | null = null;
  const result = await transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(matchRequests)
      .where(and(eq(matchRequests.id, requestId), or(eq(matchRequests.toId, viewer.id), eq(matchRequests.fromId, viewer.id)), sql`not ${blockedRequestPair}`))
      .for("update");
    // A request that is not theirs, or between two people a block stands between, is for them one that does not exist.
    if (!request) throw new NotFoundError("We couldn't find that request.");
    if (request.status !== "open") throw new ConflictError(closedMessage(request.status));
    const isRecipient = request.toId === viewer.id;
    // The sender of an on-demand request agreed when sending; only round proposals ask them again.
    if (!isRecipient && request.roundId === null) throw new NotFoundError("We couldn't find that request.");

    if (decision === "decline") {
      const templateText = declineTemplates.find((t) => t.value === template)?.text ?? null;
      await tx
        .update(matchRequests)
        .set({ status: "declined", responseTemplate: templateText, responseNote: note, respondedAt: now() })
        .where(eq(matchRequests.id, request.id));
      if (isRecipient || request.roundId !== null) {
        const otherId = isRecipient ? request.fromId : request.toId;
        const kindWords = templateText ?? "They can't take this on right now.";
        await notify({
          userId: otherId,
          kind: "request-declined",
          dedupeKey: `request-declined:${request.id}`,
          title: `${viewer.name} can't say yes this time`,
          body: `${kindWords}${note ? ` They added: “${note}”` : ""} Thank you for reaching out; there are other people who may fit well.`,
          href: "/suggestions",
        });
      }
      if (request.kind === "mentorship") freed = request.toId;
      return { outcome: "declined" as const, relationshipId: null };
    }

    const agreed = {
      fromAgreedAt: isRecipient ? request.fromAgreedAt : new Date(),
      toAgreedAt: isRecipient ? new Date() : request.toAgreedAt,
    };
    if (!agreed.fromAgreedAt || !agreed.toAgreedAt) {
      await tx.update(matchRequests).set(agreed).where(eq(matchRequests.id, request.id));
      return { outcome: "waiting" as const, relationshipId: null };
    }

    const seekerId = request.fromId;
    const partnerId = request.toId;
    if (request.kind === "mentorship") {
      const [mentor] = await tx
        .select({ capacity: mentorProfiles.capacity, status: mentorProfiles.status, pausedUntil: mentorProfiles.pausedUntil })
        .from(mentorProfiles)
        .where(eq(mentorProfiles.userId, partnerId))
        .for("update");
      if (!mentor || mentor.status !== "approved") throw new ConflictError("This mentor can't take on anyone right now.");
      const active = await activeMentorshipCount(partnerId);
      if (active >= (mentor.capacity ?? 0)) {
        throw new ConflictError(
          isRecipient
            ? "All your places are taken, so this request can't be accepted. You can raise your capacity on the Volunteering page, or decline kindly."
            : "This mentor's places filled up in the meantime. We'll show you other people who fit.",
        );
      }
    }
    const [created] = await tx
      .insert(relationships)
      .values({ kind: request.kind, seekerId, partnerId, ...pairOf(seekerId, partnerId), requestId: request.id, score: request.score })
      .onConflictDoNothing()
      .returning({ id: relationships.id });
    if (!created) throw new ConflictError("You two already have a relationship together.");
    await tx
      .update(matchRequests)
      .set({ ...agreed, status: "accepted", respondedAt: now(), responseNote: note })
      .where(eq(matchRequests.id, request.id));
    await notify({
      userId: isRecipient ? request.fromId : request.toId,
      relationshipId: created.id,
      kind: "request-accepted",
      dedupeKey: `request-accepted:${request.id}`,
      title: `${viewer.name} said yes`,
      body: request.kind === "mentorship" ? "Your mentorship has begun. A good first step: say hello and agree a rhythm for check-ins." : "You are now friends on Alongside. Say hello when you are ready.",
      href: `/relationships/${created.id}`,
    });
    invalidateMentorPool();
    return { outcome: "accepted" as const, relationshipId: created.id };
  });
  if (result.outcome !== "waiting") invalidateCongestion();
  // A declined request frees the place it spoke for: whoever saved the mentor hears so.
  if (freed) await announceFreedMentors([freed]);
  return result;
}

function closedMessage(status: string) {
  if (status === "accepted") return "This request was already accepted.";
  if (status === "declined") return "This request was already answered.";
  if (status === "expired") return "This request expired without an answer.";
  return "This request was withdrawn.";
}

/** The sender takes back an open request. */
export async function withdrawRequest(input: unknown) {
  const viewer = await requireViewer();
  const { requestId } = requestIdSchema.parse(input);
  const [row] = await db()
    .update(matchRequests)
    .set({ status: "withdrawn", outcomeSeenAt: sql`now()` })
    .where(and(eq(matchRequests.id, requestId), eq(matchRequests.fromId, viewer.id), eq(matchRequests.status, "open")))
    .returning({ id: matchRequests.id, toId: matchRequests.toId, kind: matchRequests.kind });
  if (!row) throw new NotFoundError("That request is no longer open.");
  if (row.kind === "mentorship") {
    invalidateCongestion();
    await announceFreedMentors([row.toId]);
  }
}

/** Names of people, for listing requests and relationships. Only display names: nothing private. */
export async function namesOf(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The viewer's requests: sent (any status, newest first) and received (open). Never one with a person a block stands between. */
export async function listMyRequests() {
  const viewer = await requireViewer();
  await expireRequests();
  const rows = await db()
    .select()
    .from(matchRequests)
    .where(and(or(eq(matchRequests.fromId, viewer.id), and(eq(matchRequests.toId, viewer.id), eq(matchRequests.status, "open"))), sql`not ${blockedRequestPair}`))
    .orderBy(desc(matchRequests.createdAt))
    .limit(100);
  const names = await namesOf([...new Set(rows.flatMap((r) => [r.fromId, r.toId]))]);
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    note: r.note,
    score: r.score,
    reasons: r.reasons,
    fromRound: r.roundId !== null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    responseTemplate: r.responseTemplate,
    responseNote: r.responseNote,
    youAgreed: r.fromId === viewer.id ? r.fromAgreedAt !== null : r.toAgreedAt !== null,
    otherId: r.fromId === viewer.id ? r.toId : r.fromId,
    otherName: names.get(r.fromId === viewer.id ? r.toId : r.fromId) ?? "Someone",
  });
  const received = await Promise.all(
    rows
      .filter((r) => r.toId === viewer.id)
      .map(async (r) => {
        // The recipient sees the asker's shareable profile and the reasons from their own side.
        const source = await loadNeedsProfileSource(r.fromId);
        return { ...view(r), reasons: r.recipientReasons, profile: source ? forSuggested(source) : null };
      }),
  );
  return { sent: rows.filter((r) => r.fromId === viewer.id).map(view), received };
}

/**
 * How many requests wait for the viewer's answer, for the home page: open
 * requests to them they have not agreed to, and open round proposals they
 * sent and have not agreed to yet — the same rule as listMyRequests, counted
 * in one statement instead of read with every asker's profile (the home page
 * shows only the number).
 */
export async function countRequestsWaitingForMe() {
  const viewer = await requireViewer();
  await expireRequests();
  const [row] = await db()
    .select({ n: count() })
    .from(matchRequests)
    .where(
      and(
        eq(matchRequests.status, "open"),
        or(
          and(eq(matchRequests.toId, viewer.id), isNull(matchRequests.toAgreedAt)),
          and(eq(matchRequests.fromId, viewer.id), isNotNull(matchRequests.roundId), isNull(matchRequests.fromAgreedAt)),
        ),
        sql`not ${blockedRequestPair}`,
      ),
    );
  return row?.n ?? 0;
}

/**
 * Declined and expired requests the sender has not been shown yet; shown
 * once, then marked seen. One read (with the other person's name); a write
 * only when there is news not marked yet, so an ordinary view of the page
 * writes nothing.
 */
export async function takeUnseenOutcomes() {
  const viewer = await requireViewer();
  await expireRequests();
  const rows = await db()
    .select({
      id: matchRequests.id,
      toId: matchRequests.toId,
      status: matchRequests.status,
      responseTemplate: matchRequests.responseTemplate,
      responseNote: matchRequests.responseNote,
      seenAt: matchRequests.outcomeSeenAt,
      otherName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${matchRequests.toId})`,
    })
    .from(matchRequests)
    .where(
      and(
        eq(matchRequests.fromId, viewer.id),
        inArray(matchRequests.status, ["declined", "expired"]),
        // Kept in view for ten minutes after it was first shown: a live refresh of an open page (or a
        // second tab) must not swallow the news before the person has read it.
        sql`(${matchRequests.outcomeSeenAt} is null or ${matchRequests.outcomeSeenAt} > now() - interval '10 minutes')`,
        sql`not ${blockedRequestPair}`,
      ),
    );
  const unseen = rows.filter((r) => r.seenAt === null).map((r) => r.id);
  if (unseen.length > 0) {
    await db()
      .update(matchRequests)
      .set({ outcomeSeenAt: sql`now()` })
      .where(and(inArray(matchRequests.id, unseen), eq(matchRequests.fromId, viewer.id), isNull(matchRequests.outcomeSeenAt)));
  }
  return rows.map((r) => ({ toId: r.toId, status: r.status, responseTemplate: r.responseTemplate, responseNote: r.responseNote, otherName: r.otherName ?? "Someone" }));
}
