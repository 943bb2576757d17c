import "server-only";
import { now } from "@/lib/clock";
import { notify } from "@/lib/dal/notifications/bell";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db, rowsOf, transaction } from "@/db/client";
import { matchingRounds, matchRequests, needsProfileTopics, relationships, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createContext } from "@/lib/matching/context";
import { runFriendRound } from "@/lib/matching/friends";
import { runRound, type RoundTotals } from "@/lib/matching/round";
import { AGING_POINTS_PER_DAY, LOAD_SPREADING_POINTS, roundIdSchema, roundPreviewSchema } from "@/lib/validation/rounds";
import { recordAudit } from "@/lib/dal/system/audit";
import { isBlockedBetween } from "@/lib/dal/safety/block-filters";
import { pairOf } from "./requests";
import { loadFriends, loadMentors, loadPairs, loadSeekers, referenceDate, topicLabels } from "./pool";
import { getSettings } from "@/lib/dal/staff/settings";
import { requireStaff } from "@/lib/dal/account/viewer";

/** A friendship round's totals: pairs within one pool, local search over greedy (docs/matching.md). */
export interface FriendRoundSummary {
  kind: "friendship";
  people: number;
  matched: number;
  shareMatched: number;
  objective: number;
  greedyObjective: number;
  candidates: number;
}

export interface RoundSummary {
  kind?: "mentorship";
  seekersInCohort: number;
  excludedByFilter: Record<string, number>;
  solver: RoundTotals;
  firstComeFirstServed: RoundTotals | null;
  greedy: RoundTotals | null;
  candidates: number;
  timings: Record<string, number>;
}

/**
 * Seekers waiting for a mentor: a finished profile asking for a mentor, no
 * active mentorship and no open request. Optionally only those who named a
 * topic or speak a language.
 */
async function waitingSeekerIds(filter: { topicId: string | null; language: string | null }) {
  const rows = await rowsOf<{ id: string }>(sql`
    select np.user_id as id from needs_profiles np
    join users u on u.id = np.user_id and u.status = 'active'
    where np.completed_at is not null and np.looking_for in ('mentor', 'both')
      and not exists (select 1 from ${relationships} r where r.seeker_id = np.user_id and r.kind = 'mentorship' and r.status = 'active')
      and not exists (select 1 from ${matchRequests} q where q.from_id = np.user_id and q.kind = 'mentorship' and q.status = 'open')
      ${filter.language ? sql`and ${filter.language} = any(np.languages)` : sql``}
      ${filter.topicId ? sql`and exists (select 1 from ${needsProfileTopics} t where t.user_id = np.user_id and t.topic_id = ${filter.topicId})` : sql``}
  `);
  return rows.map((r) => r.id);
}

/**
 * Solves a round for a cohort and keeps it as a preview: the proposed pairs
 * with reasons, and the totals of the exact solve beside first-come-first-
 * served and greedy on the same candidates. Nothing is proposed to anyone yet.
 */
export async function previewRound(input: unknown) {
  const moderator = await requireStaff();
  const options = roundPreviewSchema.parse(input);
  if (options.kind === "friendship") return previewFriendRound(moderator.id, options);
  const ids = await waitingSeekerIds(options);
  const [seekers, mentors, labels, pairs] = await Promise.all([
    ids.length ? loadSeekers({ userIds: ids }) : Promise.resolve([]),
    loadMentors(),
    topicLabels(),
    loadPairs(),
  ]);
  const context = createContext({ referenceDate: referenceDate(), topics: labels, pastPairs: pairs.past, blockedPairs: pairs.blocked, seed: 1 });
  const result = runRound(
    { seekers, mentors, context },
    { mode: options.mode, loadSpreading: options.loadSpreading ? LOAD_SPREADING_POINTS : 0, aging: options.aging ? AGING_POINTS_PER_DAY : 0 },
  );
  const totals: RoundSummary = {
    seekersInCohort: seekers.length,
    excludedByFilter: result.stats.excluded,
    solver: result.solver.totals,
    firstComeFirstServed: result.firstComeFirstServed?.totals ?? null,
    greedy: result.greedy?.totals ?? null,
    candidates: result.graph.size,
    timings: result.timings,
  };
  const [round] = await db()
    .insert(matchingRounds)
    .values({
      kind: "mentorship",
      options,
      totals: totals as unknown as Record<string, unknown>,
      pairs: result.solver.pairs.map((p) => ({ fromId: p.seekerId, toId: p.mentorId, score: p.score, reasons: p.reasons, recipientReasons: p.mentorReasons })),
      createdById: moderator.id,
    })
    .returning({ id: matchingRounds.id });
  return { roundId: round!.id };
}

/**
 * People in the friend pool who have no active friendship and no open
 * friendship request, paired with each other.
 */
async function previewFriendRound(moderatorId: string, options: { topicId: string | null; language: string | null }) {
  const [pool, labels, pairs, busy] = await Promise.all([
    loadFriends(),
    topicLabels(),
    loadPairs(),
    rowsOf<{ id: string }>(sql`
      select seeker_id as id from ${relationships} where kind = 'friendship' and status = 'active'
      union select partner_id from ${relationships} where kind = 'friendship' and status = 'active'
      union select from_id from ${matchRequests} where kind = 'friendship' and status = 'open'
      union select to_id from ${matchRequests} where kind = 'friendship' and status = 'open'`),
  ]);
  const busyIds = new Set(busy.map((r) => r.id));
  const cohort = pool.filter(
    (f) => !busyIds.has(f.id) && (!options.language || f.languages.includes(options.language)) && (!options.topicId || f.topicIds.includes(options.topicId)),
  );
  const context = createContext({ referenceDate: referenceDate(), topics: labels, pastPairs: pairs.past, blockedPairs: pairs.blocked, seed: 1 });
  const result = runFriendRound(cohort, context);
  const totals: FriendRoundSummary = {
    kind: "friendship",
    people: result.people,
    matched: result.pairs.length * 2,
    shareMatched: result.shareMatched,
    objective: result.objective,
    greedyObjective: result.greedyObjective,
    candidates: result.candidates,
  };
  const [round] = await db()
    .insert(matchingRounds)
    .values({
      kind: "friendship",
      options,
      totals: totals as unknown as Record<string, unknown>,
      pairs: result.pairs.map((p) => ({ fromId: p.a, toId: p.b, score: p.score, reasons: p.reasonsForA, recipientReasons: p.reasonsForB })),
      createdById: moderatorId,
    })
    .returning({ id: matchingRounds.id });
  return { roundId: round!.id };
}

export async function listRounds() {
  await requireStaff();
  return db()
    .select({ id: matchingRounds.id, kind: matchingRounds.kind, status: matchingRounds.status, createdAt: matchingRounds.createdAt, committedAt: matchingRounds.committedAt, totals: matchingRounds.totals })
    .from(matchingRounds)
    .orderBy(desc(matchingRounds.createdAt))
    .limit(20);
}

/** A round with the names of the people in it, for its preview page. */
export async function getRound(roundId: string) {
  await requireStaff();
  const parsed = roundIdSchema.safeParse({ roundId });
  if (!parsed.success) throw new NotFoundError("We couldn't find that round.");
  const [round] = await db().select().from(matchingRounds).where(eq(matchingRounds.id, parsed.data.roundId));
  if (!round) throw new NotFoundError("We couldn't find that round.");
  const ids = [...new Set(round.pairs.flatMap((p) => [p.fromId, p.toId]))];
  const names = new Map(
    ids.length ? (await db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]) : [],
  );
  return {
    ...round,
    totals: round.totals as unknown as RoundSummary | FriendRoundSummary,
    pairs: round.pairs.map((p) => ({ ...p, seekerName: names.get(p.fromId) ?? "?", mentorName: names.get(p.toId) ?? "?" })),
  };
}

/**
 * Sends each pair of a previewed round a proposal that both must confirm;
 * nothing is assigned silently. One transaction, with the audit row; a pair
 * that meanwhile has an open request, or a block between them, is skipped
 * (and counted).
 */
export async function commitRound(input: unknown) {
  const moderator = await requireStaff();
  const { roundId } = roundIdSchema.parse(input);
  const { requestExpiryDays } = await getSettings();
  return transaction(async (tx) => {
    const [round] = await tx
      .update(matchingRounds)
      .set({ status: "committed", committedById: moderator.id, committedAt: sql`now()` })
      .where(and(eq(matchingRounds.id, roundId), eq(matchingRounds.status, "preview")))
      .returning();
    if (!round) throw new ConflictError("This round was already committed or discarded.");
    let proposed = 0;
    for (const pair of round.pairs) {
      // A block made after the preview still wins: that pair is skipped.
      if (await isBlockedBetween(pair.fromId, pair.toId)) continue;
      const [created] = await tx
        .insert(matchRequests)
        .values({
          kind: round.kind,
          fromId: pair.fromId,
          toId: pair.toId,
          ...pairOf(pair.fromId, pair.toId),
          roundId: round.id,
          score: pair.score,
          reasons: pair.reasons,
          recipientReasons: pair.recipientReasons,
          expiresAt: new Date(now().getTime() + requestExpiryDays * 86_400_000),
        })
        .onConflictDoNothing()
        .returning({ id: matchRequests.id });
      if (!created) continue;
      proposed++;
      // A round's proposal asks both people; each hears of it.
      for (const userId of [pair.fromId, pair.toId]) {
        await notify({
          userId,
          kind: "request-received",
          dedupeKey: `request-received:${created.id}:${userId}`,
          title: round.kind === "mentorship" ? "A possible mentorship match for you" : "A possible friendship match for you",
          body: "Our matching suggested you two. Have a look and say yes or no; either is fine.",
          href: "/requests",
        });
      }
    }
    await recordAudit({
      actorId: moderator.id,
      action: "matching_round.commit",
      details: { roundId: round.id, pairs: round.pairs.length, proposed, skipped: round.pairs.length - proposed },
    });
    return { proposed, skipped: round.pairs.length - proposed };
  });
}
