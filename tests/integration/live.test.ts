import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { publishLive } from "@/lib/dal/notifications/live";
import { openLiveStream } from "@/lib/dal/notifications/live-stream";
import { endRelationship } from "@/lib/dal/relationship/lifecycle";
import { sendMessage } from "@/lib/dal/relationship/thread";
import { blockPerson } from "@/lib/dal/safety/blocks";
import { actAs, makeUser } from "../support/factories";
import { pairInRelationship } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
});

/** Reads SSE events from a stream until `want` arrives (or the time runs out). */
function reader(stream: ReadableStream<Uint8Array>) {
  const r = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: { event: string; data: string }[] = [];
  let done = false;
  void (async () => {
    for (;;) {
      const { value, done: end } = await r.read().catch(() => ({ value: undefined, done: true }));
      if (end) {
        done = true;
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      let i: number;
      while ((i = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
        if (event) events.push({ event, data });
      }
    }
  })();
  return {
    events,
    get done() {
      return done;
    },
    // Generous: it returns as soon as the event is there, and a loaded CI machine can take seconds to open the listener.
    async waitFor(event: string, ms = 10_000) {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const found = events.find((e) => e.event === event);
        if (found) return found;
        await new Promise((res) => setTimeout(res, 20));
      }
      return null;
    },
  };
}

async function open(thread?: string) {
  const c = new AbortController();
  controllers.push(c);
  return openLiveStream({ thread: thread ?? null, signal: c.signal });
}

describe("the live stream", () => {
  it("wakes the other person's open thread when a message is sent, carrying no words", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await actAs(mentor);
    const stream = await open(relationshipId);
    expect(stream).not.toBeNull();
    const events = reader(stream!);
    expect(await events.waitFor("ready")).not.toBeNull();
    await actAs(seeker);
    await sendMessage({ relationshipId, body: "A very private sentence", clientKey: randomUUID() });
    const woke = await events.waitFor("thread");
    expect(woke).not.toBeNull();
    expect(JSON.stringify(events.events)).not.toContain("private sentence");
  });

  it("refuses a thread that is not the viewer's, and never forwards another person's bell", async () => {
    const { relationshipId, seeker } = await pairInRelationship();
    const stranger = await makeUser();
    await actAs(stranger);
    expect(await open(relationshipId)).toBeNull();
    const stream = await open();
    const events = reader(stream!);
    expect(await events.waitFor("ready")).not.toBeNull();
    await publishLive({ topic: "bell", userId: seeker.id });
    await publishLive({ topic: "thread", relationshipId });
    await publishLive({ topic: "queue" });
    await publishLive({ topic: "bell", userId: stranger.id });
    expect(await events.waitFor("bell")).not.toBeNull();
    expect(events.events.map((e) => e.event)).toEqual(["ready", "bell"]);
  });

  it("closes the other person's open page when they are blocked", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await actAs(mentor);
    const events = reader((await open(relationshipId))!);
    expect(await events.waitFor("ready")).not.toBeNull();
    await actAs(seeker);
    await blockPerson({ personId: mentor.id });
    expect(await events.waitFor("closed")).not.toBeNull();
  });

  it("tells the other person's open page that the relationship ended, so it refreshes into its ended state", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await actAs(mentor);
    const events = reader((await open(relationshipId))!);
    expect(await events.waitFor("ready")).not.toBeNull();
    await actAs(seeker);
    await endRelationship({ relationshipId, reason: "goal-reached", valued: "", takeWithMe: "", finalCheckIn: "" });
    expect(await events.waitFor("ended")).not.toBeNull();
    // Still theirs to read: not "closed" (that is for a block), and the stream ends.
    expect(events.events.map((e) => e.event)).toEqual(["ready", "ended"]);
    const end = Date.now() + 10_000;
    while (!events.done && Date.now() < end) await new Promise((res) => setTimeout(res, 20));
    expect(events.done).toBe(true);
  });

  it("a block that ends a relationship closes the page rather than refreshing it", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await actAs(mentor);
    const events = reader((await open(relationshipId))!);
    expect(await events.waitFor("ready")).not.toBeNull();
    await actAs(seeker);
    await blockPerson({ personId: mentor.id });
    expect(await events.waitFor("closed")).not.toBeNull();
    expect(events.events.map((e) => e.event)).toEqual(["ready", "closed"]);
  });
});
