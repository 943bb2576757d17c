import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { circleMessages } from "@/db/schema";
import { getCirclePage } from "@/lib/dal/circle/circles";
import { circleSafetyPanel } from "@/lib/dal/circle/safety";
import { CIRCLE_THREAD_FIRST_PAGE, earlierCircleMessages, openCircleThread, sendCircleMessage } from "@/lib/dal/circle/thread";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { RISK_DETECTOR_VERSION } from "@/lib/safety/assess-risk";
import { activeCircle } from "../support/circles";
import { actAs, makeUser } from "../support/factories";
import { changedTables, fingerprint, statementsDuring } from "../support/statements";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/** An active circle with a facilitator, four members and a thread they have all written in. */
async function livedInCircle() {
  const { circleId, facilitator, members } = await activeCircle();
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

describe("paging back through a long circle thread", () => {
  it("sends the newest messages with the page and the rest a page at a time, each once, in order, to members only", async () => {
    const { circleId, facilitator, members } = await activeCircle();
    const sent: string[] = [];
    for (let i = 0; i < 65; i++) {
      await actAs(i % 3 === 0 ? facilitator : members[i % members.length]!);
      sent.push((await sendCircleMessage({ circleId, body: `Message number ${i}`, clientKey: randomUUID() })).id);
    }
    await actAs(members[0]!);
    const first = await openCircleThread(circleId);
    expect(first.messages.map((m) => m.id)).toEqual(sent.slice(-CIRCLE_THREAD_FIRST_PAGE));
    expect(first.timezone).toBeTruthy();
    const seen = [...first.messages.map((m) => m.id)];
    let earlier = first.earlier;
    let pages = 0;
    while (earlier) {
      const page = await earlierCircleMessages(circleId, earlier);
      seen.unshift(...page.messages.map((m) => m.id));
      earlier = page.earlier;
      pages++;
    }
    expect(seen).toEqual(sent);
    expect(pages).toBe(2);
    // Someone outside the circle learns nothing, not even that the place exists; a made-up place is refused.
    await actAs(await makeUser({ roles: ["seeker"] }));
    await expect(earlierCircleMessages(circleId, first.earlier)).rejects.toThrow("We couldn't find that circle.");
    await actAs(members[0]!);
    await expect(earlierCircleMessages(circleId, "yesterday_nobody")).rejects.toThrow("That place in the thread is not valid.");
  });
});

describe("the circle thread's risk answer", () => {
  const storedOf = async (id: string) =>
    (
      await db()
        .select({ level: circleMessages.riskLevel, category: circleMessages.riskCategory, version: circleMessages.riskVersion })
        .from(circleMessages)
        .where(eq(circleMessages.id, id))
    )[0]!;

  it("is stored with the message when it is sent", async () => {
    const { circleId, members } = await activeCircle();
    await actAs(members[0]!);
    const crisis = await sendCircleMessage({ circleId, body: "I took all my pills an hour ago.", clientKey: randomUUID() });
    const everyday = await sendCircleMessage({ circleId, body: "Dinner was nice, see you Thursday.", clientKey: randomUUID() });
    expect(crisis.risk).toBe("crisis");
    expect(await storedOf(crisis.id)).toEqual({ level: "crisis", category: "attempt", version: RISK_DETECTOR_VERSION });
    expect(await storedOf(everyday.id)).toEqual({ level: "none", category: "none", version: RISK_DETECTOR_VERSION });
  });

  it("is read from storage, not worked out again, by the author and the facilitator (and never shown to others)", async () => {
    const { circleId, facilitator, members } = await activeCircle();
    await actAs(members[0]!);
    const sent = await sendCircleMessage({ circleId, body: "Dinner was nice, see you Thursday.", clientKey: randomUUID() });
    // Only the stored column changes: a read that re-ran the detector would still say none.
    await db().update(circleMessages).set({ riskLevel: "crisis", riskCategory: "plan" }).where(eq(circleMessages.id, sent.id));
    const levelFor = async (person: { id: string }) => {
      await actAs(person);
      return (await openCircleThread(circleId)).messages.find((m) => m.id === sent.id)?.risk;
    };
    expect(await levelFor(members[0]!)).toBe("crisis");
    expect(await levelFor(facilitator)).toBe("crisis");
    expect(await levelFor(members[1]!)).toBe("none");
    // A row from before the columns existed (version 0) is still assessed when read.
    await db().update(circleMessages).set({ riskLevel: "none", riskVersion: 0 }).where(eq(circleMessages.id, sent.id));
    expect(await levelFor(members[0]!)).toBe("none");
  });
});
