import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { circleMembers, circles } from "@/db/schema";
import { getCirclePage } from "@/lib/dal/circle/circles";
import { circleSafetyPanel } from "@/lib/dal/circle/safety";
import { openCircleThread, sendCircleMessage } from "@/lib/dal/circle/thread";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { actAs, makeUser } from "../support/factories";
import { changedTables, fingerprint, statementsDuring } from "../support/statements";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const DAY = 86_400_000;

/** An active circle with a facilitator, four members and a thread they have all written in. */
async function livedInCircle() {
  const facilitator = await makeUser({ roles: ["mentor"] });
  const members = await Promise.all(Array.from({ length: 4 }, () => makeUser({ roles: ["seeker"] })));
  const startsOn = new Date(Date.now() - 15 * DAY).toISOString().slice(0, 10);
  const [circle] = await db()
    .insert(circles)
    .values({
      facilitatorId: facilitator.id,
      title: `Thursday evenings ${randomUUID().slice(0, 4)}`,
      language: "en",
      targetSize: 4,
      maxSize: 6,
      cadence: "weekly",
      day: "thu",
      startMinute: 19 * 60,
      durationMinutes: 90,
      timezone: "Europe/London",
      startsOn,
      lengthSessions: 8,
      status: "active",
    })
    .returning({ id: circles.id });
  const circleId = circle!.id;
  await db()
    .insert(circleMembers)
    .values(members.map((m, i) => ({ circleId, userId: m.id, seat: i + 1, joinedAt: new Date(Date.now() - 20 * DAY) })));
  for (const person of [facilitator, ...members, ...members]) {
    await actAs(person);
    await sendCircleMessage({ circleId, body: "Good to see everyone this week.", clientKey: randomUUID() });
  }
  return { circleId, facilitator, members };
}

/** What rendering /circles/[id] asks of the data layer (app/(app)/circles/[id]/page.tsx). */
function renderCirclePage(circleId: string) {
  return Promise.all([getCirclePage(circleId), openCircleThread(circleId), circleSafetyPanel(circleId)]);
}

describe("rendering a circle's page", () => {
  it("reads the viewer and the circle once per request, and writes nothing, for a member and the facilitator", async () => {
    const { circleId, facilitator, members } = await livedInCircle();
    const isAccessQuery = (text: string) => /from "circles"/.test(text) && /"circle_members"/.test(text) && /"facilitator_away_words"/.test(text);
    const isViewerQuery = (text: string) => /"session_version"/.test(text) && /from "users"/.test(text);
    for (const person of [members[0]!, facilitator]) {
      await actAs(person);
      const before = await fingerprint();
      let page: Awaited<ReturnType<typeof renderCirclePage>> | undefined;
      const statements = await statementsDuring(async () => {
        page = await withRequestScope(() => renderCirclePage(circleId));
      });
      expect(changedTables(before, await fingerprint())).toEqual([]);
      expect(statements.filter(isAccessQuery)).toHaveLength(1);
      expect(statements.filter(isViewerQuery)).toHaveLength(1);
      // A budget for the whole page, so a part that starts repeating reads is caught.
      expect(statements.length).toBeLessThanOrEqual(16);
      const [view, thread] = page!;
      expect(view.people).toHaveLength(5);
      expect(thread.messages).toHaveLength(9);
    }
  });

  it("still tells anyone else the circle does not exist", async () => {
    const { circleId } = await livedInCircle();
    await actAs(await makeUser({ roles: ["seeker"] }));
    await expect(withRequestScope(() => renderCirclePage(circleId))).rejects.toThrow("We couldn't find that circle.");
  });
});
