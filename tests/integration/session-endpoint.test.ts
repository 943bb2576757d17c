import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { signedOutSessions, users } from "@/db/schema";
import { handlers } from "@/lib/dal/account/auth";
import { readSession } from "@/lib/dal/account/session";
import { makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("@/lib/dal/account/auth", () => ({
  // Stands in for Auth.js: it would answer from the token alone, with the name and email and a fresh cookie.
  handlers: {
    GET: vi.fn(async () => Response.json({ user: { name: "From the token", email: "token@example.test" } }, { headers: { "set-cookie": "authjs.session-token=renewed" } })),
    POST: vi.fn(),
  },
}));

const { GET } = await import("@/app/api/auth/[...nextauth]/route");
const session = () => GET(new NextRequest("http://localhost:3000/api/auth/session"));

beforeEach(() => vi.mocked(handlers.GET).mockClear());

describe("/api/auth/session honours the same revocation as pages", () => {
  it("answers a live session as Auth.js does", async () => {
    const person = await makeUser();
    vi.mocked(readSession).mockResolvedValue({ userId: person.id, sessionVersion: person.sessionVersion, sessionId: crypto.randomUUID() });
    const response = await session();
    expect(handlers.GET).toHaveBeenCalledTimes(1);
    expect(await response.json()).toMatchObject({ user: { name: "From the token" } });
  });

  for (const [what, end] of [
    ["signed out of", async (id: string, sessionId: string) => void (await db().insert(signedOutSessions).values({ sessionId, userId: id, expiresAt: new Date(Date.now() + 86_400_000) }))],
    ["ended by a password reset", async (id: string) => void (await db().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id)))],
    ["of a suspended account", async (id: string) => void (await db().update(users).set({ status: "suspended", statusReason: "test" }).where(eq(users.id, id)))],
  ] as const) {
    it(`answers null, with no name, email or new cookie, for a session ${what}`, async () => {
      const person = await makeUser();
      const sessionId = crypto.randomUUID();
      vi.mocked(readSession).mockResolvedValue({ userId: person.id, sessionVersion: person.sessionVersion, sessionId });
      await end(person.id, sessionId);
      const response = await session();
      expect(handlers.GET).not.toHaveBeenCalled();
      expect(await response.json()).toBeNull();
      expect(response.headers.get("set-cookie")).toBeNull();
    });
  }
});
