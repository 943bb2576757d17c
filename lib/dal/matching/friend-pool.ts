import "server-only";
import type { FriendForMatching, TopicLabel } from "@/lib/matching/types";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { loadFriends, referenceDate, topicLabels } from "./pool";

/**
 * Everyone in the peer-friend pool, as matching reads them, shared by the
 * requests of one instance like the mentor pool (./mentor-pool.ts): every
 * view of the suggestions page by someone in the pool ranks all of it, and
 * reading and opening it (each person's sealed preferences) was the largest
 * cost of the page. Fresh for 30 s; in production up to two minutes old while
 * the next one loads. What a stale pool could get wrong is checked fresh:
 * the viewer's own answers and pairs (past, requested, blocked) are read on
 * every view, the people shown are checked to still be in the pool with an
 * active account, and asking re-checks both people in full. Writes to a
 * needs or friend profile in this process drop it (invalidateFriendPool).
 */
const shared = sharedValue<{ friends: FriendForMatching[]; labels: TopicLabel[] }>("friend-pool", { freshMs: 30_000, staleMs: 120_000 });

export function friendPool() {
  return shared.get(referenceDate(), async () => {
    const [friends, labels] = await Promise.all([loadFriends(), topicLabels()]);
    return { friends, labels };
  });
}

/** After a write to someone's needs profile, friend profile or topics. */
export function invalidateFriendPool() {
  shared.invalidate();
}
