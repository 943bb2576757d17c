/**
 * db/client.ts#prepared: a read whose SQL is built once per connection. It
 * must give the same rows as the query built afresh, build only once outside
 * a transaction, and inside transaction() read through the transaction (its
 * own uncommitted rows, and a rollback leaves nothing behind).
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db, type Executor, prepared, transaction } from "@/db/client";
import { users } from "@/db/schema";
import { makeUser } from "../support/factories";

const columns = { id: users.id, name: users.name };
const build = vi.fn((executor: Executor) => executor.select(columns).from(users).where(eq(users.id, sql.placeholder("id"))));
const userById = prepared("test_user_by_id", build);

describe("a query built once", () => {
  it("answers as the query built each time does, and is built once for many calls", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    build.mockClear();
    expect(await userById({ id: a.id })).toEqual(await db().select(columns).from(users).where(eq(users.id, a.id)));
    expect(await userById({ id: b.id })).toEqual([{ id: b.id, name: b.name }]);
    expect(await userById({ id: randomUUID() })).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("inside a transaction reads through it: its own new rows, and nothing once rolled back", async () => {
    const id = randomUUID();
    const seen = await transaction(async (tx) => {
      await tx.insert(users).values({ id, name: "Only inside", email: `inside-${id}@example.test`, passwordHash: "x" });
      const inside = await userById({ id });
      throw Object.assign(new Error("roll back"), { inside });
    }).catch((error: { inside?: unknown }) => error.inside);
    expect(seen).toEqual([{ id, name: "Only inside" }]);
    expect(await userById({ id })).toEqual([]);
  });
});
