import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { fitChecks } from "@/db/schema";
import { answerFitCheck, fitCheckState } from "@/lib/dal/relationship/fit-checks";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { block, checkIn, endRelationshipRow, friendship, mentorship, rejection } from "../support/care";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const fit = (relationshipId: string, stage: number | string, answer: string) => answerFitCheck({ relationshipId, stage: String(stage), answer });

describe("the fit check: after the first and the third kept check-ins, privately", () => {
  it("is not asked before the first kept check-in, and cannot be answered early", async () => {
    const { relationshipId, seeker } = await mentorship();
    await checkIn(relationshipId, "missed", 3);
    await checkIn(relationshipId, "excused", 2);
    await actAs(seeker);
    expect(await fitCheckState(relationshipId)).toEqual({ ask: null, latest: null, offerEnding: false });
    expect(await rejection(fit(relationshipId, 1, "good_fit"))).toBeInstanceOf(ConflictError);
    expect(await rejection(fit(relationshipId, 2, "good_fit"))).toBeInstanceOf(Error);
  });

  it("asks each person at stage 1, then stage 3; one answer per stage; the other person never sees it", async () => {
    const { relationshipId, seeker, mentor } = await mentorship();
    await checkIn(relationshipId, "kept", 10);

    await actAs(seeker);
    expect((await fitCheckState(relationshipId)).ask).toBe(1);
    expect(await fit(relationshipId, 1, "not_a_fit")).toEqual({ recorded: true, answer: "not_a_fit" });
    // A second answer (another tab, a double click) keeps the first.
    expect(await Promise.all([fit(relationshipId, 1, "good_fit"), fit(relationshipId, 1, "still_deciding")])).toEqual([
      { recorded: false, answer: "not_a_fit" },
      { recorded: false, answer: "not_a_fit" },
    ]);
    expect(await fitCheckState(relationshipId)).toEqual({ ask: null, latest: { stage: 1, answer: "not_a_fit" }, offerEnding: true });
    expect(await rejection(fit(relationshipId, 3, "good_fit"))).toBeInstanceOf(ConflictError);

    // The mentor is still asked, and learns nothing of the seeker's answer.
    await actAs(mentor);
    expect(await fitCheckState(relationshipId)).toEqual({ ask: 1, latest: null, offerEnding: false });
    await fit(relationshipId, 1, "good_fit");
    expect(await fitCheckState(relationshipId)).toEqual({ ask: null, latest: { stage: 1, answer: "good_fit" }, offerEnding: false });

    await checkIn(relationshipId, "kept", 5);
    await checkIn(relationshipId, "kept", 1);
    expect((await fitCheckState(relationshipId)).ask).toBe(3);
    await fit(relationshipId, 3, "still_deciding");
    expect(await fitCheckState(relationshipId)).toEqual({ ask: null, latest: { stage: 3, answer: "still_deciding" }, offerEnding: false });

    await actAs(seeker);
    expect(await fitCheckState(relationshipId)).toMatchObject({ ask: 3, latest: { stage: 1, answer: "not_a_fit" }, offerEnding: true });
    await fit(relationshipId, 3, "good_fit");
    expect(await fitCheckState(relationshipId)).toEqual({ ask: null, latest: { stage: 3, answer: "good_fit" }, offerEnding: false });
    expect(await db().$count(fitChecks, eq(fitChecks.relationshipId, relationshipId))).toBe(4);
  });

  it("someone who let stage 1 pass is asked stage 3 only, once three check-ins are kept; friends are asked too", async () => {
    const { relationshipId, a, b } = await friendship();
    for (const days of [9, 6, 3]) await checkIn(relationshipId, "kept", days);
    await actAs(a);
    expect((await fitCheckState(relationshipId)).ask).toBe(3);
    await fit(relationshipId, 3, "not_a_fit");
    expect((await fitCheckState(relationshipId)).offerEnding).toBe(true);
    await actAs(b);
    expect(await fitCheckState(relationshipId)).toEqual({ ask: 3, latest: null, offerEnding: false });
  });

  it("a third person and a blocked pair get 'not found'; an ended relationship asks nothing and takes nothing", async () => {
    const { relationshipId, seeker, mentor } = await mentorship();
    await checkIn(relationshipId, "kept", 1);
    await actAs(await makeUser());
    expect(await rejection(fitCheckState(relationshipId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(fit(relationshipId, 1, "good_fit"))).toBeInstanceOf(NotFoundError);

    await actAs(seeker);
    await fit(relationshipId, 1, "not_a_fit");
    await endRelationshipRow(relationshipId);
    expect(await fitCheckState(relationshipId)).toEqual({ ask: null, latest: { stage: 1, answer: "not_a_fit" }, offerEnding: false });
    await actAs(mentor);
    expect(await rejection(fit(relationshipId, 1, "good_fit"))).toBeInstanceOf(ConflictError);

    const other = await mentorship();
    await checkIn(other.relationshipId, "kept", 1);
    await block(other.seeker.id, other.mentor.id);
    await actAs(other.mentor);
    expect(await rejection(fitCheckState(other.relationshipId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(fit(other.relationshipId, 1, "good_fit"))).toBeInstanceOf(NotFoundError);
    expect(await db().$count(fitChecks, and(eq(fitChecks.relationshipId, other.relationshipId)))).toBe(0);
  });
});
