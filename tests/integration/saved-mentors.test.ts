import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { notifications, savedMentors } from "@/db/schema";
import { exportMyData } from "@/lib/dal/account/my-data";
import { invalidateCongestion } from "@/lib/dal/matching/congestion";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { respondToRequest, withdrawRequest } from "@/lib/dal/matching/requests";
import { announceFreedMentors, saveMentor, unsaveMentor } from "@/lib/dal/matching/saved";
import { getSuggestions, sendRequest } from "@/lib/dal/matching/suggestions";
import { blockPerson } from "@/lib/dal/safety/blocks";
import { actAs, makeUser } from "../support/factories";
import { makeMentor, makeSeeker } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

beforeEach(() => {
  invalidateMentorPool();
  invalidateCongestion();
});

async function view(seeker: { id: string }) {
  await actAs(seeker);
  const result = await getSuggestions();
  if (result.kind !== "ready") throw new Error("expected suggestions");
  return result;
}

const savesOf = (seekerId: string) => db().select().from(savedMentors).where(eq(savedMentors.seekerId, seekerId));

describe("save for later", () => {
  it("a seeker saves a suggested mentor once however often they click, sees them in their saved list, and can take them off", async () => {
    const mentor = await makeMentor({ languages: ["da"] });
    const seeker = await makeSeeker({ languages: ["da"] });
    expect((await view(seeker)).suggestions.find((s) => s.id === mentor.id)?.saved).toBe(false);

    await actAs(seeker);
    const twice = await Promise.all([saveMentor({ mentorId: mentor.id }), saveMentor({ mentorId: mentor.id })]);
    expect(twice.filter((t) => !t.alreadySaved)).toHaveLength(1);
    expect(await savesOf(seeker.id)).toHaveLength(1);

    const after = await view(seeker);
    expect(after.suggestions.find((s) => s.id === mentor.id)?.saved).toBe(true);
    expect(after.saved.map((s) => [s.id, s.status])).toEqual([[mentor.id, "open"]]);

    await actAs(seeker);
    expect(await unsaveMentor({ mentorId: mentor.id })).toEqual({ removed: true });
    expect(await unsaveMentor({ mentorId: mentor.id })).toEqual({ removed: false });
    expect((await view(seeker)).saved).toEqual([]);
  });

  it("only a seeker saves, only a mentor can be saved, and only the seeker who saved can unsave", async () => {
    const mentor = await makeMentor({ languages: ["no"] });
    const seeker = await makeSeeker({ languages: ["no"] });
    const otherSeeker = await makeSeeker({ languages: ["no"] });

    // A mentor (not a seeker) cannot save anyone.
    await actAs(await makeMentor({ languages: ["no"] }));
    await expect(saveMentor({ mentorId: mentor.id })).rejects.toThrow(/for people looking for support/);
    // Someone who is not a mentor cannot be saved; nor can oneself.
    await actAs(seeker);
    await expect(saveMentor({ mentorId: otherSeeker.id })).rejects.toThrow(/couldn't find that mentor/);
    await expect(saveMentor({ mentorId: seeker.id })).rejects.toThrow(/couldn't find that person/);
    // Input is validated.
    await expect(saveMentor({ mentorId: "not-an-id" })).rejects.toThrow();

    await saveMentor({ mentorId: mentor.id });
    // Another seeker's unsave touches only their own saves.
    await actAs(otherSeeker);
    expect(await unsaveMentor({ mentorId: mentor.id })).toEqual({ removed: false });
    expect(await savesOf(seeker.id)).toHaveLength(1);
    // And their view never shows someone else's saves.
    expect((await view(otherSeeker)).saved).toEqual([]);
  });

  it("a mentor the seeker does not fit cannot be saved", async () => {
    const mentor = await makeMentor({ languages: ["ja"] });
    await actAs(await makeSeeker({ languages: ["is"] }));
    await expect(saveMentor({ mentorId: mentor.id })).rejects.toThrow(/isn't a fit/);
  });

  it("a saved mentor whose place is spoken for shows as held, and the seeker is told once when the place is free again", async () => {
    const mentor = await makeMentor({ capacity: 1, languages: ["fi"] });
    const saver = await makeSeeker({ languages: ["fi"] });
    const asker = await makeSeeker({ languages: ["fi"] });
    await actAs(saver);
    await saveMentor({ mentorId: mentor.id });

    await actAs(asker);
    const { requestId } = await sendRequest({ toId: mentor.id, kind: "mentorship", note: "" });
    const [save] = await savesOf(saver.id);
    expect(save!.heldSince).not.toBeNull();

    const held = await view(saver);
    expect(held.saved.map((s) => s.status)).toEqual(["held"]);
    expect(held.suggestions.map((s) => s.id)).not.toContain(mentor.id);
    expect(held.held).toBe(1);

    // The mentor says no to the other person: their one place is free again.
    await actAs(mentor);
    await respondToRequest({ requestId, decision: "decline", template: "", note: "" });
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, saver.id), eq(notifications.kind, "saved-mentor-free")));
    expect(told).toHaveLength(1);
    expect(told[0]!.href).toBe("/suggestions#saved");
    expect((await savesOf(saver.id))[0]!.heldSince).toBeNull();
    // Told once: running the check again (as the sweep does) says nothing more.
    expect(await announceFreedMentors()).toBe(0);
    const free = await view(saver);
    expect(free.saved.map((s) => s.status)).toEqual(["open"]);
    expect(free.suggestions.map((s) => s.id)).toContain(mentor.id);
    // The asker is never told about the save.
    expect(await db().$count(notifications, and(eq(notifications.userId, asker.id), eq(notifications.kind, "saved-mentor-free")))).toBe(0);
  });

  it("a withdrawn request frees the place too", async () => {
    const mentor = await makeMentor({ capacity: 1, languages: ["et"] });
    const saver = await makeSeeker({ languages: ["et"] });
    const asker = await makeSeeker({ languages: ["et"] });
    await actAs(saver);
    await saveMentor({ mentorId: mentor.id });
    await actAs(asker);
    const { requestId } = await sendRequest({ toId: mentor.id, kind: "mentorship", note: "" });
    await withdrawRequest({ requestId });
    expect(await db().$count(notifications, and(eq(notifications.userId, saver.id), eq(notifications.kind, "saved-mentor-free")))).toBe(1);
  });

  it("is in the seeker's data export, never in the mentor's, and a block removes it", async () => {
    const mentor = await makeMentor({ languages: ["lt"] });
    const seeker = await makeSeeker({ languages: ["lt"] });
    await actAs(seeker);
    await saveMentor({ mentorId: mentor.id });
    const mine = await exportMyData();
    expect(mine.savedMentors).toHaveLength(1);
    expect(mine.savedMentors[0]).toMatchObject({ heldSince: null });
    await actAs(mentor);
    expect((await exportMyData()).savedMentors).toEqual([]);

    await actAs(seeker);
    await blockPerson({ personId: mentor.id });
    expect(await savesOf(seeker.id)).toHaveLength(0);
    await expect(saveMentor({ mentorId: mentor.id })).rejects.toThrow(/couldn't find that person/);
  });

  it("a person without a seeker role gets no saves, even one who is neither", async () => {
    const mentor = await makeMentor();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await expect(saveMentor({ mentorId: mentor.id })).rejects.toThrow(/for people looking for support/);
  });
});
