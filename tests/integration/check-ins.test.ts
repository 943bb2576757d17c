import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { checkInEntries, checkIns, relationships } from "@/db/schema";
import { announceAbsence, cancelAbsence, listAbsences } from "@/lib/dal/relationship/absences";
import { getCheckInsView, saveCheckInEntry, syncCheckIns } from "@/lib/dal/relationship/check-ins";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, unsealJson } from "@/lib/privacy/encryption";
import { actAs, makeUser } from "../support/factories";
import { agreeRhythm, makePair, resetNow, sendMessageAt, setNow } from "./check-ins-fixtures";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => resetNow());

// Weekly, Tuesday evening in London (UTC in January), agreed on Monday 6 January 2025:
// slots start 7, 14, 21 and 28 January and 4 February at 17:00Z, and close at 22:00Z the next day.
const T0 = "2025-01-06T12:00:00Z";
const weeklyTueEvening = { cadence: "weekly", day: "tue", part: "evening" } as const;

async function pairWithRhythm() {
  const pair = await makePair();
  await agreeRhythm(pair, weeklyTueEvening, T0);
  return pair;
}

const entry = (relationshipId: string, checkInId: string, words: Partial<Record<"arriving" | "onMind" | "wouldHelp", string>>) =>
  saveCheckInEntry({ relationshipId, checkInId, arriving: "", onMind: "", wouldHelp: "", ...words });

const rowsOf = (relationshipId: string) =>
  db().select({ id: checkIns.id, startsAt: checkIns.startsAt, status: checkIns.status }).from(checkIns).where(eq(checkIns.relationshipId, relationshipId)).orderBy(checkIns.startsAt);

describe("check-in slots", () => {
  it("writes every due slot and the next one, the same rows however often and however concurrently it runs", async () => {
    const pair = await pairWithRhythm();
    const at = new Date("2025-01-30T00:00:00Z");
    await syncCheckIns(pair.relationshipId, at);
    await syncCheckIns(pair.relationshipId, at);
    await Promise.all(Array.from({ length: 5 }, () => syncCheckIns(pair.relationshipId, at)));
    const rows = await rowsOf(pair.relationshipId);
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      "2025-01-07T17:00:00.000Z",
      "2025-01-14T17:00:00.000Z",
      "2025-01-21T17:00:00.000Z",
      "2025-01-28T17:00:00.000Z",
      "2025-02-04T17:00:00.000Z",
    ]);
    expect(rows.map((r) => r.status)).toEqual(["missed", "missed", "missed", "missed", "scheduled"]);
    // Syncing an earlier moment again never unsettles the past.
    await syncCheckIns(pair.relationshipId, new Date("2025-01-30T00:00:00Z"));
    expect((await rowsOf(pair.relationshipId)).length).toBe(5);
  });

  it("writes each slot once when many requests are the first to need it at the same moment", async () => {
    // A slot's id is derived from the relationship and its time: requests racing to write it collide on the primary key too.
    for (let round = 0; round < 25; round++) {
      const pair = await pairWithRhythm();
      await Promise.all(Array.from({ length: 8 }, () => syncCheckIns(pair.relationshipId, new Date("2025-01-30T00:00:00Z"))));
      expect((await rowsOf(pair.relationshipId)).length).toBe(5);
    }
  });

  it("settles kept, missed and excused from entries, messages and planned absences as the clock moves", async () => {
    const pair = await pairWithRhythm();
    const { relationshipId, seeker, partner } = pair;

    // 7 January: both write an entry while it is open. Kept at once, before the window closes.
    setNow("2025-01-07T18:00:00Z");
    await actAs(seeker);
    const first = (await getCheckInsView(relationshipId)).current!;
    expect(first).toMatchObject({ inWindow: true, viewerShowedUp: false, otherShowedUp: false });
    expect(first.slot.label).toBe("Tuesday 7 January, 17:00–22:00");
    expect((await entry(relationshipId, first.slot.id, { arriving: "tired but here" })).kept).toBe(false);
    await actAs(partner);
    expect((await getCheckInsView(relationshipId)).current).toMatchObject({ viewerShowedUp: false, otherShowedUp: true });
    expect((await entry(relationshipId, first.slot.id, { wouldHelp: "just talk" })).kept).toBe(true);
    expect((await getCheckInsView(relationshipId)).record.sentence).toBe("Kept 1 of 1 check-in");

    // 14 January: the seeker writes; the mentor answers with a message the next morning, within the day of grace.
    setNow("2025-01-14T19:00:00Z");
    await actAs(seeker);
    const second = (await getCheckInsView(relationshipId)).current!;
    await entry(relationshipId, second.slot.id, { onMind: "a hard week" });
    await sendMessageAt(relationshipId, partner.id, "2025-01-15T10:00:00Z");
    setNow("2025-01-15T11:00:00Z");
    const graced = await getCheckInsView(relationshipId);
    expect(graced.current).toMatchObject({ inWindow: false, viewerShowedUp: true, otherShowedUp: true });
    expect(graced.history.map((s) => s.status)).toEqual(["kept", "kept"]);

    // 16 January: the mentor says ahead they'll be away 20–22 January, which excuses the 21st.
    setNow("2025-01-16T09:00:00Z");
    await actAs(partner);
    await announceAbsence({ relationshipId, startDate: "2025-01-20", returnDate: "2025-01-22" });
    await actAs(seeker);
    const [away] = await listAbsences(relationshipId);
    expect(away).toMatchObject({ byViewer: false, firstDay: "Monday 20 January", backOn: "Wednesday 22 January", excuses: ["Tuesday 21 January, 17:00–22:00"], cancellable: false });
    expect((await getCheckInsView(relationshipId)).next).toMatchObject({ status: "excused" });

    // 28 January: a message before the window opens doesn't count, and time away said once it has started doesn't excuse it.
    await sendMessageAt(relationshipId, partner.id, "2025-01-28T16:00:00Z");
    setNow("2025-01-28T18:00:00Z");
    await actAs(seeker);
    await announceAbsence({ relationshipId, startDate: "2025-01-28", returnDate: "2025-01-30" });

    setNow("2025-01-30T00:00:00Z");
    const view = await getCheckInsView(relationshipId);
    expect(view.history.map((s) => s.status)).toEqual(["kept", "kept", "excused", "missed"]);
    expect(view.record.sentence).toBe("Kept 2 of 3 check-ins · 1 excused");
    expect(view.current).toBeNull();
    expect(view.next?.label).toBe("Tuesday 4 February, 17:00–22:00");
    // The page wrote nothing down; the sweep stores exactly what it showed.
    await syncCheckIns(relationshipId, new Date("2025-01-30T00:00:00Z"));
    expect((await rowsOf(relationshipId)).map((r) => r.status)).toEqual(["kept", "kept", "excused", "missed", "scheduled"]);
    expect((await getCheckInsView(relationshipId)).history).toEqual(view.history);
    // Both people see the same record.
    await actAs(partner);
    expect((await getCheckInsView(relationshipId)).record.sentence).toBe("Kept 2 of 3 check-ins · 1 excused");
  });

  it("cancelling time away that hasn't started puts its check-ins back; time away already begun stays", async () => {
    const pair = await pairWithRhythm();
    setNow("2025-01-08T09:00:00Z");
    await actAs(pair.seeker);
    const { absenceId } = await announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-13", returnDate: "2025-01-20" });
    // The same dates again (a double click) keep one; overlapping dates are refused.
    expect((await announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-13", returnDate: "2025-01-20" })).absenceId).toBe(absenceId);
    await expect(announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-15", returnDate: "2025-01-25" })).rejects.toBeInstanceOf(ConflictError);
    expect((await getCheckInsView(pair.relationshipId)).next).toMatchObject({ status: "excused" });
    // The other person can't cancel it.
    await actAs(pair.partner);
    await expect(cancelAbsence({ relationshipId: pair.relationshipId, absenceId })).rejects.toBeInstanceOf(NotFoundError);
    await actAs(pair.seeker);
    await cancelAbsence({ relationshipId: pair.relationshipId, absenceId });
    await cancelAbsence({ relationshipId: pair.relationshipId, absenceId });
    expect((await getCheckInsView(pair.relationshipId)).next).toMatchObject({ status: "upcoming" });
    expect(await listAbsences(pair.relationshipId)).toEqual([]);

    const { absenceId: started } = await announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-08", returnDate: "2025-01-10" });
    await expect(cancelAbsence({ relationshipId: pair.relationshipId, absenceId: started })).rejects.toThrow(/already begun/);
  });

  it("checks the dates of time away: from today, back after, at most twelve weeks", async () => {
    const pair = await pairWithRhythm();
    setNow("2025-01-08T09:00:00Z");
    await actAs(pair.seeker);
    await expect(announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-07", returnDate: "2025-01-10" })).rejects.toBeInstanceOf(z.ZodError);
    await expect(announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-10", returnDate: "2025-01-10" })).rejects.toBeInstanceOf(z.ZodError);
    await expect(announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-01-10", returnDate: "2025-04-10" })).rejects.toBeInstanceOf(z.ZodError);
    await expect(announceAbsence({ relationshipId: pair.relationshipId, startDate: "2025-02-30", returnDate: "2025-03-10" })).rejects.toBeInstanceOf(z.ZodError);
  });
});

describe("check-in entries", () => {
  it("are encrypted at rest, one per person per slot (concurrent saves too), and editable while open", async () => {
    const pair = await pairWithRhythm();
    setNow("2025-01-07T18:00:00Z");
    await actAs(pair.seeker);
    const slotId = (await getCheckInsView(pair.relationshipId)).current!.slot.id;
    await Promise.all(["first draft", "second draft", "third draft"].map((onMind) => entry(pair.relationshipId, slotId, { arriving: "unsteady", onMind })));
    await entry(pair.relationshipId, slotId, { arriving: "steadier now", onMind: "my sister's visit" });

    const rows = await db().select().from(checkInEntries).where(eq(checkInEntries.checkInId, slotId));
    expect(rows).toHaveLength(1);
    const raw = rows[0]!;
    for (const word of ["steadier", "sister", "unsteady", "draft"]) expect(raw.content).not.toContain(word);
    expect(raw.keyId).toBeTruthy();
    expect(unsealJson({ ciphertext: raw.content, keyId: raw.keyId }, contexts.checkInEntry(pair.relationshipId))).toEqual({
      arriving: "steadier now",
      onMind: "my sister's visit",
      wouldHelp: null,
    });
    // Bound to its relationship: copied elsewhere it doesn't open.
    expect(() => unsealJson({ ciphertext: raw.content, keyId: raw.keyId }, contexts.checkInEntry(pair.partner.id))).toThrow();

    // Both see both.
    await actAs(pair.partner);
    await entry(pair.relationshipId, slotId, { wouldHelp: "a walk" });
    const seen = (await getCheckInsView(pair.relationshipId)).current!;
    expect(seen.theirs).toEqual({ arriving: "steadier now", onMind: "my sister's visit", wouldHelp: null });
    expect(seen.mine).toEqual({ arriving: null, onMind: null, wouldHelp: "a walk" });
    await actAs(pair.seeker);
    expect((await getCheckInsView(pair.relationshipId)).current!.theirs?.wouldHelp).toBe("a walk");
  });

  it("are refused outside the open window, for a third person, empty, or too long", async () => {
    const pair = await pairWithRhythm();
    setNow("2025-01-07T18:00:00Z");
    await actAs(pair.seeker);
    const view = await getCheckInsView(pair.relationshipId);
    const open = view.current!.slot.id;
    const later = view.next!.id;
    await expect(entry(pair.relationshipId, later, { arriving: "early" })).rejects.toThrow(/hasn't opened yet/);
    await expect(entry(pair.relationshipId, open, {})).rejects.toBeInstanceOf(z.ZodError);
    await expect(entry(pair.relationshipId, open, { onMind: "x".repeat(501) })).rejects.toBeInstanceOf(z.ZodError);
    const outsider = await makeUser();
    await actAs(outsider);
    await expect(entry(pair.relationshipId, open, { arriving: "hello" })).rejects.toBeInstanceOf(NotFoundError);
    // A check-in of another relationship is not found under this one.
    const other = await pairWithRhythm();
    setNow("2025-01-07T18:00:00Z");
    await actAs(other.seeker);
    await expect(entry(other.relationshipId, open, { arriving: "hello" })).rejects.toBeInstanceOf(NotFoundError);

    setNow("2025-01-08T22:00:00Z");
    await actAs(pair.seeker);
    await expect(entry(pair.relationshipId, open, { arriving: "late" })).rejects.toThrow(/has closed/);
    expect(await db().$count(checkInEntries, eq(checkInEntries.relationshipId, pair.relationshipId))).toBe(0);
  });

  it("an ended relationship keeps its record but takes no entries, and its last unheld slot is not counted", async () => {
    const pair = await pairWithRhythm();
    setNow("2025-01-07T18:00:00Z");
    await actAs(pair.seeker);
    const open = (await getCheckInsView(pair.relationshipId)).current!.slot.id;
    await entry(pair.relationshipId, open, { arriving: "here" });
    await actAs(pair.partner);
    await entry(pair.relationshipId, open, { arriving: "here too" });
    setNow("2025-01-10T09:00:00Z");
    await getCheckInsView(pair.relationshipId); // writes the 14 January slot
    await db().update(relationships).set({ status: "ended", endedAt: new Date("2025-01-10T09:00:00Z") }).where(eq(relationships.id, pair.relationshipId));
    setNow("2025-03-01T09:00:00Z");
    const view = await getCheckInsView(pair.relationshipId);
    expect(view).toMatchObject({ active: false, current: null, next: null });
    expect(view.record.sentence).toBe("Kept 1 of 1 check-in");
    await expect(entry(pair.relationshipId, open, { arriving: "again" })).rejects.toThrow(/read-only archive/);
    expect(await db().$count(checkIns, and(eq(checkIns.relationshipId, pair.relationshipId), eq(checkIns.status, "missed")))).toBe(0);
  });
});
