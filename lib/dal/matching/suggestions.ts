import "server-only";
import { now } from "@/lib/clock";
import { notify } from "@/lib/dal/notifications/bell";
import { and, count, eq, inArray } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { initialsOf } from "@/lib/profiles/initials";
import { friendProfiles, matchRequests, mentorProfiles, mentorTopics, needsProfiles, topics, users } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createContext, type MatchingContext, PairSet } from "@/lib/matching/context";
import { checkFriendPair, rankFriends } from "@/lib/matching/friend-suggestions";
import { isHeld } from "@/lib/matching/exposure";
import { explainPair, rankSuggestionsDetailed, whatNarrowsSuggestions } from "@/lib/matching/suggestions";
import type { SeekerForMatching } from "@/lib/matching/types";
import { type MentorCard, mentorCard } from "@/lib/profiles/mentor-card";
import { sendRequestSchema } from "@/lib/validation/requests";
import { isBlockedBetween, NO_SUCH_PERSON } from "@/lib/dal/safety/block-filters";
import { expireRequests, pairOf } from "./requests";
import { mentorPool } from "./mentor-pool";
import { friendPool } from "./friend-pool";
import { congestion, invalidateCongestion } from "./congestion";
import { markHeld, markHeldAfterRequest, openRequestCounts, savesOf } from "./saved";
import { loadFriends, loadMentors, loadPairs, loadSeekers, referenceDate, topicLabels } from "./pool";
import { getSettings } from "@/lib/dal/staff/settings";
import { perRequest } from "@/lib/dal/system/request-scope";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";

const SUGGESTION_LIMIT = 5;

/** The seeker's own settings that can narrow suggestions, in their words, with where to change them. */
export const NARROWING_WORDS: Record<string, { words: string; section: string }> = {
  language: { words: "the languages you speak", section: "about-you" },
  cadence: { words: "how often you'd like to check in", section: "rhythm" },
  windows: { words: "the times that suit you", section: "rhythm" },
  timezone: { words: "your timezone", section: "rhythm" },
  dealbreaker: { words: "your dealbreakers", section: "boundaries" },
  "preferred-gender": { words: "your preference about the other person's gender", section: "about-you" },
  "preferred-age": { words: "your preference about the other person's age", section: "about-you" },
  "seeker-avoided-topic": { words: "the topics you'd rather not have raised", section: "boundaries" },
};

/** Why a request cannot be sent, in words that don't expose the other person's private settings. */
const REFUSAL_WORDS: Partial<Record<string, string>> = {
  "mentor-full": "This mentor's places are all taken right now.",
  "mentor-paused": "This mentor is taking a break right now.",
  "past-pair": "You two have been matched before, so we won't suggest each other again.",
  blocked: "We couldn't find that person.",
};

async function requireWaitingSeeker(viewer: Viewer) {
  if (!viewer.roles.includes("seeker")) throw new ForbiddenError("Suggestions are for people looking for support.");
  const [seeker] = await loadSeekers({ userIds: [viewer.id] });
  return seeker ?? null;
}

async function contextFor(seekerId: string) {
  const [labels, pairs] = await Promise.all([topicLabels(), loadPairs(seekerId)]);
  return createContext({
    referenceDate: referenceDate(),
    topics: labels,
    pastPairs: pairs.past,
    requestedPairs: pairs.requested,
    blockedPairs: pairs.blocked,
    excludeRequested: true,
  });
}

/** A person's pairs (past, requested, blocked), read fresh once per request: the mentor and the friend suggestions both need them. */
const pairsOf = perRequest("suggestion-pairs", (personId: string) => loadPairs(personId));

/** The cached pool seen through one seeker's pairs (past, requested, blocked — read fresh), sharing its numbering of topics. */
async function poolFor(seekerId: string) {
  const [{ pool }, pairs] = await Promise.all([mentorPool(), pairsOf(seekerId)]);
  const context: MatchingContext = {
    ...pool.context,
    past: new PairSet(pairs.past),
    requested: new PairSet(pairs.requested),
    blocked: new PairSet(pairs.blocked),
    excludeRequested: true,
  };
  return { ...pool, context };
}

/** Where a saved mentor stands for the seeker: free to ask, asked already, held by others' requests, or taking nobody new. */
export type SavedStatus = "open" | "asked" | "held" | "away";

export type SuggestionsResult =
  | { kind: "profile-needed" }
  | {
      kind: "ready";
      suggestions: (MentorCard & { score: number; reasons: string[]; weakest: string | null; bestFit: boolean; saved: boolean })[];
      /** Strong fits left out for now because other people's requests speak for all their places. */
      held: number;
      saved: (MentorCard & { status: SavedStatus })[];
      narrowing: { words: string; section: string; mentors: number }[];
      openRequests: number;
      friends: FriendSuggestionCard[];
    };

/**
 * A seeker's top mentors right now, with explanations. Nobody blocked, paused,
 * full, previously matched, declined or already asked. Ranked by score minus
 * each mentor's congestion price (from real interest: requests and saves —
 * never from looks); the seeker's own best fit always stays in the list. A
 * mentor whose free places are all spoken for by other people's requests is
 * held: left out, and counted in `held` so the page can say so. Also the
 * seeker's saved mentors, each with where they stand. When few remain, says
 * which of the seeker's own settings narrow it most.
 */
export async function getSuggestions(): Promise<SuggestionsResult> {
  const viewer = await requireViewer();
  const seeker = await requireWaitingSeeker(viewer);
  if (!seeker) return { kind: "profile-needed" };
  await expireRequests();
  const [profile] = await db().select({ lookingFor: needsProfiles.lookingFor }).from(needsProfiles).where(eq(needsProfiles.userId, viewer.id));
  return suggestionsFor(seeker, { mentors: profile?.lookingFor !== "friend" });
}

/** The ranking itself, for one seeker already known to be waiting (also what the benchmark times). */
export async function suggestionsFor(seeker: SeekerForMatching, want = { mentors: true }): Promise<Extract<SuggestionsResult, { kind: "ready" }>> {
  const [pool, { pending, asked }, prices, saves, [mine]] = await Promise.all([
    poolFor(seeker.id),
    openRequestCounts(seeker.id),
    congestion(),
    savesOf(seeker.id),
    db().select({ n: count() }).from(matchRequests).where(and(eq(matchRequests.fromId, seeker.id), eq(matchRequests.status, "open"))),
  ]);
  const savedIds = saves.map((s) => s.mentorId);
  const { suggestions: ranked, held } = want.mentors
    ? rankSuggestionsDetailed(seeker, pool, { pending, prices, unpriced: new Set(savedIds), limit: SUGGESTION_LIMIT })
    : { suggestions: [], held: [] };

  // Saved mentors: where each stands now, from the same pool and the same fresh requests.
  const statusOf = (mentorId: string): SavedStatus => {
    if (asked.has(mentorId)) return "asked";
    const i = pool.byId.get(mentorId);
    const free = i === undefined ? 0 : pool.mentors[i]!.freePlaces;
    if (free === 0) return "away";
    return isHeld(free, pending.get(mentorId) ?? 0) ? "held" : "open";
  };
  const savedStatus = new Map(savedIds.map((id) => [id, statusOf(id)]));
  // So the seeker hears when a held mentor they saved is free again.
  await markHeld(
    seeker.id,
    saves.filter((s) => s.heldSince === null && savedStatus.get(s.mentorId) === "held").map((s) => s.mentorId),
  );

  const cards = await mentorCards([...new Set([...ranked.map((s) => s.mentorId), ...savedIds])]);
  const narrowing =
    want.mentors && ranked.length < SUGGESTION_LIMIT
      ? whatNarrowsSuggestions(seeker, pool)
          .slice(0, 3)
          .map((n) => ({ ...NARROWING_WORDS[n.filter]!, mentors: n.mentors }))
      : [];
  return {
    kind: "ready",
    suggestions: ranked.flatMap((s) => {
      const card = cards.get(s.mentorId);
      return card ? [{ ...card, score: s.score, reasons: s.reasons, weakest: s.weakest, bestFit: s.bestFit, saved: savedStatus.has(s.mentorId) }] : [];
    }),
    held: held.length,
    saved: savedIds.flatMap((id) => {
      const card = cards.get(id);
      return card ? [{ ...card, status: savedStatus.get(id)! }] : [];
    }),
    narrowing,
    openRequests: mine?.n ?? 0,
    friends: await friendSuggestionsFor(seeker.id),
  };
}

const FRIEND_LIMIT = 3;

/**
 * Peer friends for someone in the friend pool: the same two-sided checks as a
 * friendship round; anyone they were paired with, asked or were asked by is
 * left out. Empty when friendship is off.
 */
async function friendSuggestionsFor(personId: string): Promise<FriendSuggestionCard[]> {
  // The viewer as they are now (most seekers are not in the friend pool: then nothing more is read).
  const [me] = await loadFriends({ userIds: [personId] });
  if (!me) return [];
  const [{ friends, labels }, pairs] = await Promise.all([friendPool(), pairsOf(personId)]);
  const context = createContext({ referenceDate: referenceDate(), topics: labels, pastPairs: [...pairs.past, ...pairs.requested], blockedPairs: pairs.blocked });
  // The shared pool may be a little old: rank a few spares, and show only people still in the pool with an active account.
  const ranked = rankFriends(me, friends, context, FRIEND_LIMIT * 2);
  const names = await friendNamesNow(ranked.map((r) => r.friendId));
  return ranked
    .filter((r) => names.has(r.friendId))
    .slice(0, FRIEND_LIMIT)
    .map((r) => {
      const name = names.get(r.friendId)!;
      return { id: r.friendId, name, initials: initialsOf(name), score: r.score, reasons: r.reasons };
    });
}

/** The names of those of these people who are in the friend pool right now, with an active account. */
async function friendNamesNow(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(friendProfiles, eq(friendProfiles.userId, users.id))
    .where(and(inArray(users.id, ids), eq(users.status, "active"), eq(friendProfiles.active, true)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface FriendSuggestionCard {
  id: string;
  name: string;
  initials: string;
  score: number;
  reasons: string[];
}

/** The shareable side of some mentors (never their private or moderator-only fields). */
async function mentorCards(ids: string[]) {
  if (ids.length === 0) return new Map<string, MentorCard>();
  // Places taken come from the shared pool the ranking used (./mentor-pool.ts), so a card says what the ranking saw.
  const [rows, topicRows, { mentors }] = await Promise.all([
    db()
      .select({ id: users.id, name: users.name, profile: mentorProfiles })
      .from(mentorProfiles)
      .innerJoin(users, eq(users.id, mentorProfiles.userId))
      .where(inArray(mentorProfiles.userId, ids)),
    db()
      .select({ userId: mentorTopics.userId, name: topics.name })
      .from(mentorTopics)
      .innerJoin(topics, eq(topics.id, mentorTopics.topicId))
      .where(inArray(mentorTopics.userId, ids)),
    mentorPool(),
  ]);
  const wanted = new Set(ids);
  const activeBy = new Map(mentors.filter((m) => wanted.has(m.id)).map((m) => [m.id, m.activeCount]));
  return new Map(
    rows.map((r) => [
      r.id,
      mentorCard(
        { id: r.id, name: r.name },
        r.profile,
        topicRows.filter((t) => t.userId === r.id).map((t) => t.name),
        activeBy.get(r.id) ?? 0,
      ),
    ]),
  );
}

/**
 * A seeker asks a mentor. The pair must pass every hard filter now (the
 * server recomputes; nothing about the match comes from the form). At most 3
 * open requests: counted under a lock on the seeker's own row, so parallel
 * submits cannot pass it. A double submit finds the open request of the pair
 * and returns it, so it makes one request.
 */
export async function sendRequest(input: unknown) {
  const viewer = await requireViewer();
  const { toId, kind, note } = sendRequestSchema.parse(input);
  const seeker = await requireWaitingSeeker(viewer);
  if (!seeker) throw new ConflictError("Please finish your needs profile first, so we can tell them what you hope for.");
  await expireRequests();
  // A block is never revealed: the person simply can't be found.
  if (await isBlockedBetween(viewer.id, toId)) throw new NotFoundError(NO_SUCH_PERSON);
  const check = kind === "mentorship" ? await checkMentorRequest(seeker, toId) : await checkFriendRequest(viewer.id, toId);
  // Read before the transaction: PGlite's one connection belongs to the transaction once it opens.
  const { maxOpenRequests, requestExpiryDays } = await getSettings();

  const result = await transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, viewer.id)).for("update");
    // Again under the lock: a block made since the check above still wins.
    if (await isBlockedBetween(viewer.id, toId)) throw new NotFoundError(NO_SUCH_PERSON);
    const [existing] = await tx
      .select({ id: matchRequests.id, fromId: matchRequests.fromId })
      .from(matchRequests)
      .where(and(eq(matchRequests.status, "open"), eq(matchRequests.pairLow, pairOf(viewer.id, toId).pairLow), eq(matchRequests.pairHigh, pairOf(viewer.id, toId).pairHigh)));
    if (existing) {
      if (existing.fromId === viewer.id) return { requestId: existing.id, alreadySent: true };
      throw new ConflictError("This person has already asked you. Look under Requests to answer.");
    }
    const [open] = await tx
      .select({ n: count() })
      .from(matchRequests)
      .where(and(eq(matchRequests.fromId, viewer.id), eq(matchRequests.status, "open")));
    if ((open?.n ?? 0) >= maxOpenRequests) {
      throw new ConflictError(`You already have ${maxOpenRequests} requests waiting for an answer. You can withdraw one, or wait: each gets an answer or expires within ${requestExpiryDays} days.`);
    }
    const [created] = await tx
      .insert(matchRequests)
      .values({
        kind,
        fromId: viewer.id,
        toId,
        ...pairOf(viewer.id, toId),
        note,
        score: check.score,
        reasons: check.reasons,
        recipientReasons: check.theirReasons,
        fromAgreedAt: now(),
        // The app's clock, like everything about time here: a moved clock (demo, tests) lapses it too.
        expiresAt: new Date(now().getTime() + requestExpiryDays * 86_400_000),
      })
      .onConflictDoNothing()
      .returning({ id: matchRequests.id });
    if (!created) throw new ConflictError("A request between you two was just sent. Look under Requests.");
    await notify({
      userId: toId,
      kind: "request-received",
      dedupeKey: `request-received:${created.id}`,
      title: kind === "mentorship" ? `${viewer.name} would like you as their mentor` : `${viewer.name} would like to be friends on Alongside`,
      body: `They are waiting for your answer. It closes by itself after ${requestExpiryDays} days if you don't get to it.`,
      href: "/requests",
    });
    return { requestId: created.id, alreadySent: false };
  });
  if (!result.alreadySent && kind === "mentorship") {
    // A request is real interest: prices move, and others who saved this mentor may now find them held.
    invalidateCongestion();
    await markHeldAfterRequest(toId);
  }
  return result;
}

/** The pair must pass every hard filter now; nothing about the match comes from the form. */
async function checkMentorRequest(seeker: SeekerForMatching, mentorId: string) {
  const [mentor] = await loadMentors({ userIds: [mentorId] });
  if (!mentor) throw new NotFoundError("We couldn't find that mentor.");
  const context = await contextFor(seeker.id);
  const check = explainPair(seeker, mentor, { ...context, excludeRequested: false });
  if (!check.admissible) {
    throw new ConflictError(REFUSAL_WORDS[check.filter] ?? "This mentor isn't a fit for what you asked for, so we can't send this request.");
  }
  return { score: check.score, reasons: check.reasons, theirReasons: check.mentorReasons };
}

async function checkFriendRequest(personId: string, friendId: string) {
  const pool = await loadFriends({ userIds: [personId, friendId] });
  const me = pool.find((f) => f.id === personId);
  const other = pool.find((f) => f.id === friendId);
  if (!me) throw new ConflictError("Switch peer friendship on in your profile first.");
  if (!other) throw new NotFoundError("We couldn't find that person.");
  const [labels, pairs] = await Promise.all([topicLabels(), loadPairs(personId)]);
  const check = checkFriendPair(me, other, createContext({ referenceDate: referenceDate(), topics: labels, pastPairs: pairs.past, blockedPairs: pairs.blocked }));
  if (!check.admissible) throw new ConflictError(REFUSAL_WORDS[check.filter] ?? "You two aren't a fit for what each of you asked for, so we can't send this request.");
  return check;
}
