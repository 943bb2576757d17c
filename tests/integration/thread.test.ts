import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { blocks, messages, relationships, threadReads } from "@/db/schema";
import { sendMessageAction } from "@/lib/actions/relationship/thread";
import { GET as pollRoute } from "@/app/api/relationships/[id]/messages/route";
import { idle } from "@/lib/forms/state";
import { setClockOffset } from "@/lib/clock";
import { pairOf } from "@/lib/dal/matching/requests";
import { earlierMessages, openThread, sendMessage, threadSince, unreadCounts } from "@/lib/dal/relationship/thread";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, unseal } from "@/lib/privacy/encryption";
import { MESSAGE_MAX, THREAD_FIRST_PAGE_SIZE, THREAD_PAGE_SIZE } from "@/lib/validation/messages";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterEach(() => setClockOffset(0));

async function pair(kind: "mentorship" | "friendship" = "mentorship") {
  const seeker = await makeUser();
  const partner = await makeUser({ roles: kind === "mentorship" ? ["mentor"] : ["seeker"] });
  const [row] = await db()
    .insert(relationships)
    .values({ kind, seekerId: seeker.id, partnerId: partner.id, ...pairOf(seeker.id, partner.id), startedAt: new Date() })
    .returning({ id: relationships.id });
  return { relationshipId: row!.id, seeker, partner };
}

const send = (relationshipId: string, body: string, clientKey: string = randomUUID()) => sendMessage({ relationshipId, body, clientKey });
const storedCount = (relationshipId: string) => db().$count(messages, eq(messages.relationshipId, relationshipId));

/** Moves the app's clock so each message gets its own time. */
let step = 0;
const tick = () => setClockOffset(++step * 1000);

function poll(relationshipId: string, query: string) {
  return pollRoute(new Request(`http://localhost/api/relationships/${relationshipId}/messages?${query}`), { params: Promise.resolve({ id: relationshipId }) });
}

describe("who can use a thread", () => {
  it("a third person can neither read, nor post, nor poll, and nothing is stored", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    await send(relationshipId, "only for the two of us");
    const outsider = await makeUser();
    await actAs(outsider);
    await expect(openThread(relationshipId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(threadSince(relationshipId, new Date(0).toISOString())).rejects.toBeInstanceOf(NotFoundError);
    await expect(send(relationshipId, "let me in")).rejects.toBeInstanceOf(NotFoundError);
    expect(await storedCount(relationshipId)).toBe(1);
    expect(await unreadCounts([relationshipId])).toEqual({});
    const response = await poll(relationshipId, `after=${new Date(0).toISOString()}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(JSON.stringify(await response.json())).not.toContain("only for the two of us");
    // The form says the same kind "not found", with what was typed kept.
    const form = new FormData();
    form.set("relationshipId", relationshipId);
    form.set("body", "let me in");
    form.set("clientKey", randomUUID());
    expect(await sendMessageAction(idle, form)).toMatchObject({ status: "error", message: "We couldn't find that relationship.", values: { body: "let me in" } });
    expect(await storedCount(relationshipId)).toBe(1);
  });

  it("nobody signed in gets 401 from the poll, not a page", async () => {
    const { relationshipId } = await pair();
    await actAs(null);
    const response = await poll(relationshipId, `after=${new Date(0).toISOString()}`);
    expect(response.status).toBe(401);
  });

  it("a block between the two hides the thread from both", async () => {
    const { relationshipId, seeker, partner } = await pair();
    await actAs(seeker);
    await send(relationshipId, "before the block");
    await db().insert(blocks).values({ blockerId: partner.id, blockedId: seeker.id, ...pairOf(seeker.id, partner.id) });
    for (const person of [seeker, partner]) {
      await actAs(person);
      await expect(openThread(relationshipId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(send(relationshipId, "after the block")).rejects.toBeInstanceOf(NotFoundError);
      expect(await unreadCounts([relationshipId])).toEqual({});
    }
    expect(await storedCount(relationshipId)).toBe(1);
  });

  it("the two people read each other's messages, each marked as theirs or not", async () => {
    const { relationshipId, seeker, partner } = await pair("friendship");
    await actAs(seeker);
    tick();
    await send(relationshipId, "Hi!\nHow was the week?");
    await actAs(partner);
    tick();
    await send(relationshipId, "Long, but good.");
    const thread = await openThread(relationshipId);
    expect(thread.messages.map((m) => [m.mine, m.authorName, m.body])).toEqual([
      [false, seeker.name, "Hi!\nHow was the week?"],
      [true, "You", "Long, but good."],
    ]);
    expect(thread).toMatchObject({ active: true, earlier: null });
  });
});

describe("sending once", () => {
  it("a double send with the same clientKey stores one message and answers with it both times", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    const clientKey = randomUUID();
    const first = await send(relationshipId, "hello", clientKey);
    const second = await send(relationshipId, "hello", clientKey);
    expect(second.id).toBe(first.id);
    expect(await storedCount(relationshipId)).toBe(1);
  });

  it("10 concurrent sends with the same clientKey store exactly one message", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    const clientKey = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => send(relationshipId, "are you there?", clientKey)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await storedCount(relationshipId)).toBe(1);
  });

  it("different drafts are different messages, and the same key from the other person is theirs", async () => {
    const { relationshipId, seeker, partner } = await pair();
    const clientKey = randomUUID();
    await actAs(seeker);
    await send(relationshipId, "one", clientKey);
    await send(relationshipId, "two");
    await actAs(partner);
    await send(relationshipId, "three", clientKey);
    expect(await storedCount(relationshipId)).toBe(3);
  });

  it("the action keeps what was typed when it is too long, and stores nothing", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    const body = "a".repeat(MESSAGE_MAX + 1);
    const form = new FormData();
    form.set("relationshipId", relationshipId);
    form.set("body", body);
    form.set("clientKey", randomUUID());
    const state = await sendMessageAction(idle, form);
    expect(state).toMatchObject({ status: "error", values: { body } });
    expect(state.status === "error" && state.fieldErrors.body).toMatch(/up to 4000 characters/);
    expect(await storedCount(relationshipId)).toBe(0);
    form.set("body", "  shorter  ");
    const sent = await sendMessageAction(idle, form);
    expect(sent).toMatchObject({ status: "success", sent: { body: "shorter", mine: true } });
  });
});

describe("privacy at rest", () => {
  it("the database column holds no plain text, only the sealed body and its key id", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    const plain = "my sister's name is Rosalind and I miss her";
    await send(relationshipId, plain);
    const [raw] = await db().select({ body: messages.body, keyId: messages.keyId }).from(messages).where(eq(messages.relationshipId, relationshipId));
    expect(raw!.body).not.toContain("Rosalind");
    expect(raw!.body).not.toContain(plain);
    expect(Buffer.from(raw!.body, "base64").toString("utf8")).not.toContain("Rosalind");
    expect(raw!.keyId).toBeTruthy();
    // It opens only in its own thread's context.
    expect(unseal({ ciphertext: raw!.body, keyId: raw!.keyId }, contexts.message(relationshipId))).toBe(plain);
    expect(() => unseal({ ciphertext: raw!.body, keyId: raw!.keyId }, contexts.message(randomUUID()))).toThrow();
  });
});

describe("paging", () => {
  it("shows the latest page, newest last, and returns older messages in order without gaps or repeats", async () => {
    const { relationshipId, seeker, partner } = await pair();
    const total = THREAD_PAGE_SIZE * 2 + 7;
    for (let i = 0; i < total; i++) {
      await actAs(i % 3 === 0 ? partner : seeker);
      tick();
      await send(relationshipId, `message ${i}`);
    }
    await actAs(seeker);
    const first = await openThread(relationshipId);
    // The page opens with a shorter first page; "Show earlier messages" goes on a full page at a time.
    expect(first.messages).toHaveLength(THREAD_FIRST_PAGE_SIZE);
    expect(first.messages.at(-1)?.body).toBe(`message ${total - 1}`);
    const seen = [...first.messages];
    let cursor = first.earlier;
    while (cursor) {
      const page = await earlierMessages(relationshipId, cursor);
      seen.unshift(...page.messages);
      cursor = page.earlier;
    }
    expect(seen.map((m) => m.body)).toEqual(Array.from({ length: total }, (_, i) => `message ${i}`));
  });

  it("pages through messages that share one time without skipping any", async () => {
    const { relationshipId, seeker } = await pair();
    // Three moments, many messages each: the (createdAt, id) keyset must break ties.
    const times = [new Date("2025-01-01T10:00:00Z"), new Date("2025-01-01T10:00:01Z"), new Date("2025-01-01T10:00:02Z")];
    await db()
      .insert(messages)
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          relationshipId,
          authorId: seeker.id,
          body: "sealed elsewhere",
          keyId: "none",
          clientKey: randomUUID(),
          createdAt: times[i % 3]!,
        })),
      );
    await actAs(seeker);
    // Each unopenable body is logged (by id only); that is expected here.
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const ids: string[] = [];
    let page = await openThread(relationshipId);
    ids.unshift(...page.messages.map((m) => m.id));
    let cursor = page.earlier;
    while (cursor) {
      const older = await earlierMessages(relationshipId, cursor);
      ids.unshift(...older.messages.map((m) => m.id));
      cursor = older.earlier;
    }
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    // Bodies that do not open are shown as unreadable, never as empty messages or errors.
    page = await openThread(relationshipId);
    expect(page.messages.every((m) => m.unreadable)).toBe(true);
    expect(log.mock.calls.every((args) => !String(args.join(" ")).includes("sealed elsewhere"))).toBe(true);
    log.mockRestore();
  });

  it("refuses a made-up cursor", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    await expect(earlierMessages(relationshipId, "yesterday")).rejects.toThrow();
    expect((await poll(relationshipId, "before=yesterday")).status).toBe(400);
    expect((await poll(relationshipId, "after=soon")).status).toBe(400);
  });
});

describe("the live poll", () => {
  it("returns messages after a time, looking back a little for late commits", async () => {
    const { relationshipId, seeker, partner } = await pair();
    await actAs(seeker);
    tick();
    const early = await send(relationshipId, "early");
    const after = new Date(Date.parse(early.createdAt) + 10_000).toISOString();
    tick();
    await actAs(partner);
    // Out of order: a message whose time is before `after` but which the browser has not seen.
    setClockOffset(step * 1000 + 5_000);
    await send(relationshipId, "late commit");
    setClockOffset(step * 1000 + 20_000);
    await send(relationshipId, "newer");
    await actAs(seeker);
    const update = await threadSince(relationshipId, after);
    expect(update.messages.map((m) => m.body)).toEqual(["early", "late commit", "newer"]);
    expect(update.active).toBe(true);
    const response = await poll(relationshipId, `after=${encodeURIComponent(after)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(((await response.json()) as { messages: { body: string }[] }).messages.map((m) => m.body)).toContain("newer");
  });
});

describe("unread counts", () => {
  it("count the other person's messages after the viewer's read mark", async () => {
    const { relationshipId, seeker, partner } = await pair();
    const other = await pair();
    await actAs(partner);
    for (const body of ["one", "two", "three"]) {
      tick();
      await send(relationshipId, body);
    }
    await actAs(seeker);
    expect(await unreadCounts([relationshipId, other.relationshipId, "not-an-id"])).toEqual({ [relationshipId]: 3 });
    // The writer has nothing new from themselves.
    await actAs(partner);
    expect(await unreadCounts([relationshipId])).toEqual({});

    await actAs(seeker);
    // Opening the thread writes nothing; the page's first poll in view (from the newest message it has) reads them.
    const opened = await openThread(relationshipId);
    expect(await unreadCounts([relationshipId])).toEqual({ [relationshipId]: 3 });
    await threadSince(relationshipId, opened.messages.at(-1)!.createdAt, { markRead: true });
    expect(await unreadCounts([relationshipId])).toEqual({});

    await actAs(partner);
    tick();
    const four = await send(relationshipId, "four");
    await actAs(seeker);
    expect(await unreadCounts([relationshipId])).toEqual({ [relationshipId]: 1 });
    // A poll that is not in view does not count as reading; one in view does.
    await threadSince(relationshipId, four.createdAt);
    expect(await unreadCounts([relationshipId])).toEqual({ [relationshipId]: 1 });
    await threadSince(relationshipId, four.createdAt, { markRead: true });
    expect(await unreadCounts([relationshipId])).toEqual({});
  });

  it("a read mark never moves back", async () => {
    const { relationshipId, seeker, partner } = await pair();
    await actAs(partner);
    tick();
    await send(relationshipId, "first");
    tick();
    await send(relationshipId, "second");
    await actAs(seeker);
    const opened = await openThread(relationshipId);
    await threadSince(relationshipId, opened.messages.at(-1)!.createdAt, { markRead: true });
    const [mark] = await db().select().from(threadReads).where(and(eq(threadReads.relationshipId, relationshipId), eq(threadReads.userId, seeker.id)));
    // An old poll answering late only sees older messages.
    await threadSince(relationshipId, new Date(0).toISOString(), { markRead: true });
    const [again] = await db().select().from(threadReads).where(and(eq(threadReads.relationshipId, relationshipId), eq(threadReads.userId, seeker.id)));
    expect(again!.lastReadAt.getTime()).toBe(mark!.lastReadAt.getTime());
  });
});

describe("an ended relationship", () => {
  it("refuses new messages with a kind sentence but can still be read", async () => {
    const { relationshipId, seeker, partner } = await pair();
    await actAs(seeker);
    await send(relationshipId, "thank you for everything we talked about");
    await db().update(relationships).set({ status: "ended", endedAt: new Date(), endedById: partner.id }).where(eq(relationships.id, relationshipId));
    await expect(send(relationshipId, "one more thing")).rejects.toBeInstanceOf(ConflictError);
    await expect(send(relationshipId, "one more thing")).rejects.toThrow(/read-only archive/);
    expect(await storedCount(relationshipId)).toBe(1);
    await actAs(partner);
    const archive = await openThread(relationshipId);
    expect(archive.active).toBe(false);
    expect(archive.messages.map((m) => m.body)).toEqual(["thank you for everything we talked about"]);
    expect((await threadSince(relationshipId, new Date(0).toISOString())).active).toBe(false);
  });
});

describe("crisis language", () => {
  it("is stored and delivered as written, with its level for both people", async () => {
    const { relationshipId, seeker, partner } = await pair();
    await actAs(seeker);
    tick();
    const sent = await send(relationshipId, "I want to kill myself tonight");
    expect(sent.risk).toBe("crisis");
    tick();
    expect((await send(relationshipId, "I feel hopeless lately")).risk).toBe("concern");
    tick();
    expect((await send(relationshipId, "this traffic is killing me")).risk).toBe("none");
    await actAs(partner);
    const thread = await openThread(relationshipId);
    expect(thread.messages.map((m) => [m.body, m.risk])).toEqual([
      ["I want to kill myself tonight", "crisis"],
      ["I feel hopeless lately", "concern"],
      ["this traffic is killing me", "none"],
    ]);
  });
});
