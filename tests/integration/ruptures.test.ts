import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db, rowsOf } from "@/db/client";
import { notifications, ruptures } from "@/db/schema";
import { readSession } from "@/lib/dal/account/session";
import { setClockOffset } from "@/lib/clock";
import {
  answerRupture,
  askModeratorHelp,
  closeOpenRuptures,
  listUnrepairedRuptures,
  nameRupture,
  ruptureHistory,
  ruptureState,
  sayWereGood,
} from "@/lib/dal/relationship/ruptures";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, unsealJson } from "@/lib/privacy/encryption";
import { block, endRelationshipRow, mentorship, rejection } from "../support/care";
import { actAs, makeUser, navigationDigest } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const HOUR = 3_600_000;
const WORDS = {
  whatHappened: "When I talked about my sister you moved on quickly",
  whatINeeded: "A moment to stay with it",
  whatIHeard: "That I rushed past something that mattered",
  whatINeedNow: "To know it's fine to ask you to slow down",
};

afterEach(() => setClockOffset(0));

async function named() {
  const pair = await mentorship();
  await actAs(pair.seeker);
  const { ruptureId } = await nameRupture({ relationshipId: pair.relationshipId, whatHappened: WORDS.whatHappened, whatINeeded: WORDS.whatINeeded });
  return { ...pair, ruptureId };
}

/** The next two DAL calls run as these two people, in this order (each call reads the session once, synchronously). */
function asTwo(first: { id: string }, second: { id: string }) {
  vi.mocked(readSession)
    .mockResolvedValueOnce({ userId: first.id, sessionVersion: 1 })
    .mockResolvedValueOnce({ userId: second.id, sessionVersion: 1 });
}

describe("something felt off → heard → we're good, both → repaired", () => {
  it("walks the whole flow, each seeing the other's words, and the other told without any of them", async () => {
    const { relationshipId, ruptureId, seeker, mentor } = await named();

    const mine = await ruptureState(relationshipId);
    expect(mine).toMatchObject({ canName: false, repairs: 0, open: { id: ruptureId, viewerIsOpener: true, responderAnswered: false, viewerSaidGood: false } });
    expect(mine.open?.openerNote).toEqual({ whatHappened: WORDS.whatHappened, whatINeeded: WORDS.whatINeeded });

    // The mentor is told gently; nothing of what was written is in the bell.
    const [bell] = await db().select().from(notifications).where(and(eq(notifications.userId, mentor.id), eq(notifications.kind, "rupture-named")));
    expect(bell).toMatchObject({ relationshipId, href: `/relationships/${relationshipId}#repair` });
    for (const text of Object.values(WORDS)) expect(`${bell!.title} ${bell!.body}`).not.toContain(text.slice(0, 12));

    await actAs(mentor);
    const theirs = await ruptureState(relationshipId);
    expect(theirs.open).toMatchObject({ viewerIsOpener: false, openerNote: { whatHappened: WORDS.whatHappened }, responderNote: null });
    // The opener cannot answer their own; the other answers once.
    await answerRupture({ relationshipId, ruptureId, whatIHeard: WORDS.whatIHeard, whatINeedNow: WORDS.whatINeedNow });
    expect(await rejection(answerRupture({ relationshipId, ruptureId, whatIHeard: "again", whatINeedNow: "" }))).toBeInstanceOf(ConflictError);
    await actAs(seeker);
    expect(await rejection(answerRupture({ relationshipId, ruptureId, whatIHeard: "mine", whatINeedNow: "" }))).toBeInstanceOf(ConflictError);
    expect((await ruptureState(relationshipId)).open?.responderNote).toEqual({ whatIHeard: WORDS.whatIHeard, whatINeedNow: WORDS.whatINeedNow });

    // One "we're good" is not yet a repair.
    expect(await sayWereGood({ relationshipId, ruptureId })).toEqual({ repaired: false });
    expect((await ruptureState(relationshipId)).open).toMatchObject({ viewerSaidGood: true, otherSaidGood: false });
    await actAs(mentor);
    expect((await ruptureState(relationshipId)).open).toMatchObject({ viewerSaidGood: false, otherSaidGood: true });
    expect(await sayWereGood({ relationshipId, ruptureId })).toEqual({ repaired: true });

    const after = await ruptureState(relationshipId);
    expect(after).toMatchObject({ open: null, repairs: 1, canName: true });
    expect(after.lastRepairedAt).toBeInstanceOf(Date);
    const history = await ruptureHistory(relationshipId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: ruptureId, status: "repaired" });
    expect(history[0]!.repairedAt).toBeInstanceOf(Date);
    expect(Object.keys(history[0]!).sort()).toEqual(["id", "namedAt", "repairedAt", "status"]);
    const kinds = await db().select({ kind: notifications.kind, userId: notifications.userId }).from(notifications).where(eq(notifications.relationshipId, relationshipId));
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: "rupture-named", userId: mentor.id },
        { kind: "rupture-answered", userId: seeker.id },
        { kind: "rupture-good", userId: mentor.id },
        { kind: "rupture-repaired", userId: seeker.id },
      ]),
    );
    expect(kinds).toHaveLength(4);
  });

  it("one open rupture at a time: naming again, or both naming at once, gives the open one", async () => {
    const { relationshipId, ruptureId, seeker, mentor } = await named();
    await actAs(seeker);
    expect(await nameRupture({ relationshipId, whatHappened: "again", whatINeeded: "" })).toEqual({ ruptureId, created: false });

    const other = await mentorship();
    asTwo(other.seeker, other.mentor);
    const both = await Promise.all([
      nameRupture({ relationshipId: other.relationshipId, whatHappened: "first", whatINeeded: "" }),
      nameRupture({ relationshipId: other.relationshipId, whatHappened: "second", whatINeeded: "" }),
    ]);
    expect(both.map((b) => b.created).sort()).toEqual([false, true]);
    expect(both[0]!.ruptureId).toBe(both[1]!.ruptureId);
    expect(await db().$count(ruptures, eq(ruptures.relationshipId, other.relationshipId))).toBe(1);
    expect(await db().$count(ruptures, eq(ruptures.relationshipId, relationshipId))).toBe(1);
    void mentor;
  });

  it("'we're good' from both at the same moment repairs it exactly once", async () => {
    for (let round = 0; round < 5; round++) {
      const { relationshipId, ruptureId, seeker, mentor } = await named();
      asTwo(round % 2 ? seeker : mentor, round % 2 ? mentor : seeker);
      const results = await Promise.all([sayWereGood({ relationshipId, ruptureId }), sayWereGood({ relationshipId, ruptureId })]);
      expect(results.map((r) => r.repaired).sort()).toEqual([false, true]);
      const [row] = await db().select().from(ruptures).where(eq(ruptures.id, ruptureId));
      expect(row).toMatchObject({ status: "repaired" });
      expect(row!.openerGoodAt).not.toBeNull();
      expect(row!.responderGoodAt).not.toBeNull();
      expect(await db().$count(notifications, and(eq(notifications.relationshipId, relationshipId), eq(notifications.kind, "rupture-repaired")))).toBe(1);
    }
  });

  it("the same person clicking 'we're good' several times at once leaves it open, waiting for the other", async () => {
    const { relationshipId, ruptureId, seeker, mentor } = await named();
    await actAs(seeker);
    await Promise.all(Array.from({ length: 4 }, () => sayWereGood({ relationshipId, ruptureId })));
    const [row] = await db().select().from(ruptures).where(eq(ruptures.id, ruptureId));
    expect(row).toMatchObject({ status: "open", responderGoodAt: null });
    expect(await db().$count(notifications, and(eq(notifications.userId, mentor.id), eq(notifications.kind, "rupture-good")))).toBe(1);
  });
});

describe("privacy and access", () => {
  it("stores the notes sealed: the raw columns hold no words, and only this relationship's context opens them", async () => {
    const { relationshipId, ruptureId, mentor } = await named();
    await actAs(mentor);
    await answerRupture({ relationshipId, ruptureId, whatIHeard: WORDS.whatIHeard, whatINeedNow: WORDS.whatINeedNow });
    const [row = {}] = await rowsOf<Record<string, string>>(sql`select opener_note, opener_key_id, responder_note, responder_key_id from ruptures where id = ${ruptureId}`);
    for (const text of Object.values(WORDS)) {
      expect(row.opener_note).not.toContain(text);
      expect(row.responder_note).not.toContain(text);
    }
    expect(Buffer.from(row.opener_note!, "base64").toString("utf8")).not.toContain("sister");
    expect(unsealJson({ ciphertext: row.opener_note!, keyId: row.opener_key_id! }, contexts.ruptureNote(relationshipId))).toEqual({
      whatHappened: WORDS.whatHappened,
      whatINeeded: WORDS.whatINeeded,
    });
    const elsewhere = await mentorship();
    expect(() => unsealJson({ ciphertext: row.responder_note!, keyId: row.responder_key_id! }, contexts.ruptureNote(elsewhere.relationshipId))).toThrow();
  });

  it("a third person, and the two once a block stands between them, get 'not found' from everything", async () => {
    const { relationshipId, ruptureId, seeker, mentor } = await named();
    // One call at a time: each is started only when it is awaited.
    const calls = [
      () => ruptureState(relationshipId),
      () => ruptureHistory(relationshipId),
      () => nameRupture({ relationshipId, whatHappened: "x", whatINeeded: "" }),
      () => answerRupture({ relationshipId, ruptureId, whatIHeard: "x", whatINeedNow: "" }),
      () => sayWereGood({ relationshipId, ruptureId }),
      () => askModeratorHelp({ relationshipId, ruptureId }),
    ];
    await actAs(await makeUser());
    for (const call of calls) expect(await rejection(call())).toBeInstanceOf(NotFoundError);

    // Someone else's rupture id, through their own relationship: not found.
    const other = await mentorship();
    await actAs(other.seeker);
    expect(await rejection(sayWereGood({ relationshipId: other.relationshipId, ruptureId }))).toBeInstanceOf(NotFoundError);

    await block(seeker.id, mentor.id);
    for (const person of [seeker, mentor]) {
      await actAs(person);
      for (const call of calls) expect(await rejection(call())).toBeInstanceOf(NotFoundError);
    }
    const [row] = await db().select().from(ruptures).where(eq(ruptures.id, ruptureId));
    expect(row).toMatchObject({ status: "open", responderNote: null, openerGoodAt: null, helpRequestedAt: null });
  });

  it("when the relationship ends, the open rupture is closed and nothing more can be written", async () => {
    const { relationshipId, ruptureId, seeker } = await named();
    await endRelationshipRow(relationshipId);
    expect(await closeOpenRuptures(relationshipId, new Date())).toBe(1);
    expect(await closeOpenRuptures(relationshipId, new Date())).toBe(0);
    await actAs(seeker);
    expect(await ruptureState(relationshipId)).toMatchObject({ open: null, canName: false });
    expect(await rejection(sayWereGood({ relationshipId, ruptureId }))).toBeInstanceOf(ConflictError);
    expect(await rejection(nameRupture({ relationshipId, whatHappened: "x", whatINeeded: "" }))).toBeInstanceOf(ConflictError);
    expect((await ruptureHistory(relationshipId))[0]).toMatchObject({ status: "closed", repairedAt: null });
  });
});

describe("moderators: unrepaired for 7 days, by the app's clock", () => {
  it("shows a rupture once it has been open 7 days, with names and days only, and one where help was asked at once", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const quiet = await named();
    const helped = await named();
    await actAs(helped.mentor);
    await askModeratorHelp({ relationshipId: helped.relationshipId, ruptureId: helped.ruptureId });
    await askModeratorHelp({ relationshipId: helped.relationshipId, ruptureId: helped.ruptureId });

    await actAs(moderator);
    let list = await listUnrepairedRuptures();
    expect(list.map((r) => r.ruptureId)).toContain(helped.ruptureId);
    expect(list.map((r) => r.ruptureId)).not.toContain(quiet.ruptureId);

    setClockOffset(7 * 24 * HOUR - HOUR);
    list = await listUnrepairedRuptures();
    expect(list.map((r) => r.ruptureId)).not.toContain(quiet.ruptureId);

    setClockOffset(7 * 24 * HOUR + HOUR);
    list = await listUnrepairedRuptures();
    const item = list.find((r) => r.ruptureId === quiet.ruptureId);
    expect(item).toEqual({ ruptureId: quiet.ruptureId, relationshipId: quiet.relationshipId, names: [quiet.seeker.name, quiet.mentor.name], daysOpen: 7, helpRequested: false });
    expect(list.find((r) => r.ruptureId === helped.ruptureId)).toMatchObject({ helpRequested: true, daysOpen: 7 });
    for (const text of Object.values(WORDS)) expect(JSON.stringify(list)).not.toContain(text);

    // Repaired ones leave the list.
    asTwo(quiet.seeker, quiet.mentor);
    await Promise.all([sayWereGood(quiet), sayWereGood(quiet)]);
    await actAs(moderator);
    expect((await listUnrepairedRuptures()).map((r) => r.ruptureId)).not.toContain(quiet.ruptureId);
  });

  it("answers 404 to everyone who is not staff", async () => {
    const { seeker, mentor } = await named();
    for (const person of [seeker, mentor, await makeUser({ roles: ["mentor", "seeker"] })]) {
      await actAs(person);
      expect(navigationDigest(await rejection(listUnrepairedRuptures()))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
  });
});
