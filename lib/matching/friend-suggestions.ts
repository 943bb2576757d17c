/**
 * On-demand peer-friend suggestions: one person against the friend pool,
 * with the same two-sided filters and score as friendship rounds. Pure.
 */
import type { MatchingContext } from "./context";
import { explainFriendPair, friendFilter, friendScore } from "./friends";
import { prepareFriend } from "./prepare";
import { hashPair } from "./random";
import type { FriendForMatching } from "./types";
import { overlapHours } from "./windows";

export interface FriendSuggestion {
  friendId: string;
  score: number;
  reasons: string[];
  /** The same pair in the other person's terms, for the request they read. */
  theirReasons: string[];
}

export type FriendPairCheck = { admissible: true; score: number; reasons: string[]; theirReasons: string[] } | { admissible: false; filter: string };

/** Checks and explains one pair from `me`'s side (for a request). */
export function checkFriendPair(me: FriendForMatching, other: FriendForMatching, context: MatchingContext): FriendPairCheck {
  const a = prepareFriend(me, context, 0);
  const b = prepareFriend(other, context, 1);
  const hours = overlapHours(a.week, b.week);
  const filter = friendFilter(a, b, context, { hours });
  if (filter !== null) return { admissible: false, filter };
  return { admissible: true, score: friendScore(a, b, hours), reasons: explainFriendPair(a, b, context), theirReasons: explainFriendPair(b, a, context) };
}

/** The best `limit` peer friends for `me`, highest score first, seeded ties. */
export function rankFriends(me: FriendForMatching, pool: readonly FriendForMatching[], context: MatchingContext, limit = 3): FriendSuggestion[] {
  const a = prepareFriend(me, context, 0);
  const ranked: { other: ReturnType<typeof prepareFriend>; score: number; tie: number; hours: number }[] = [];
  pool.forEach((other, i) => {
    if (other.id === me.id) return;
    const b = prepareFriend(other, context, i + 1);
    const hours = overlapHours(a.week, b.week);
    if (friendFilter(a, b, context, { hours }) !== null) return;
    ranked.push({ other: b, score: friendScore(a, b, hours), tie: hashPair(a.hash, b.hash), hours });
  });
  ranked.sort((x, y) => y.score - x.score || y.tie - x.tie);
  return ranked.slice(0, limit).map(({ other, score }) => ({
    friendId: other.id,
    score,
    reasons: explainFriendPair(a, other, context),
    theirReasons: explainFriendPair(other, a, context),
  }));
}
