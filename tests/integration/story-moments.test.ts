import { afterEach, describe, expect, it, vi } from "vitest";
import { finishPlannedEndingIfDue } from "@/lib/dal/relationship/lifecycle";
import { getTimeline, storySummary } from "@/lib/dal/relationship/timeline";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { actAs } from "../support/factories";
import { agreeRhythm, makePair, resetNow } from "./check-ins-fixtures";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
// The story's moments start by settling a due planned ending: counting those calls counts how often the moments are gathered.
vi.mock("@/lib/dal/relationship/lifecycle", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/dal/relationship/lifecycle")>();
  return { ...actual, finishPlannedEndingIfDue: vi.fn(actual.finishPlannedEndingIfDue) };
});

afterEach(() => resetNow());

describe("the story fold", () => {
  it("gathers and sorts its moments once per request when its summary and the open story both ask", async () => {
    const pair = await makePair();
    await agreeRhythm(pair, { cadence: "weekly", day: "tue", part: "evening" }, "2025-01-06T12:00:00Z");
    await actAs(pair.seeker);
    const calls = vi.mocked(finishPlannedEndingIfDue);
    calls.mockClear();
    const [summary, story] = await withRequestScope(() => Promise.all([storySummary(pair.relationshipId), getTimeline(pair.relationshipId)]));
    expect(calls).toHaveBeenCalledTimes(1);
    // The summary and the story tell the same moments.
    expect(summary.moments).toBe(story.events.length);
    expect(summary.latest).toEqual(story.events.at(-1)?.at);
  });
});
