/**
 * PostgreSQL only (PGlite runs in process, with no round trips to save):
 * drizzle's queries run as named prepared statements, so a query repeated on
 * a connection skips the describe round trip and PostgreSQL's parse; inside a
 * transaction and a savepoint too. DATABASE_PREPARE=false (for a pooler in
 * transaction mode) turns it off. db/client.ts#preparing says why.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection, fixed, fixedLimit, fixedList, openConnection, prepared as builtOnce, runInTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { makeUser } from "../support/factories";

const onPostgres = process.env.TEST_DB === "postgres" && Boolean(process.env.TEST_DATABASE_URL);

/** The protocol-level statements this session holds whose text names the users table's email column. */
async function preparedOnThisSession(conn: Connection) {
  // All in one transaction: one connection, the one whose statements are counted.
  return conn.db.transaction(async (tx) => {
    const email = "nobody@example.test";
    await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    await tx.transaction(async (savepoint) => {
      await savepoint.select({ id: users.id }).from(users).where(eq(users.email, email));
    });
    const rows = await tx.execute<{ n: number }>(
      // (not counting this query itself, which is kept too)
      sql`select count(*)::int as n from pg_prepared_statements where not from_sql and statement like '%"email" = $1%' and statement not like '%pg_prepared_statements%'`,
    );
    return (rows as unknown as { n: number }[])[0]!.n;
  });
}

describe.skipIf(!onPostgres)("prepared statements (PostgreSQL only)", () => {
  let prepared: Connection;
  let unprepared: Connection;

  beforeAll(() => {
    // The file's fresh, migrated database, opened twice: as configured by default, and with preparing turned off.
    // One connection, so a statement kept before a change is the one used after it.
    prepared = openConnection(process.env.DATABASE_URL!, { prepare: true, max: 1 });
    unprepared = openConnection(process.env.DATABASE_URL!, { prepare: false });
  });

  afterAll(async () => {
    await prepared?.close();
    await unprepared?.close();
  });

  it("drizzle's queries are named statements, kept per connection, in transactions and savepoints too", async () => {
    expect(await preparedOnThisSession(prepared)).toBe(1);
  });

  it("a read without parameters is a named statement too, and a script of several statements still runs", async () => {
    const count = () => prepared.db.execute(sql`select count(*)::int as n from users where name = 'No parameters here'`);
    await count();
    await count();
    const kept = (await prepared.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_prepared_statements where not from_sql and statement like '%No parameters here%' and statement not like '%pg_prepared_statements%'`,
    )) as unknown as { n: number }[];
    expect(kept[0]!.n).toBe(1);
    // Several statements in one text can only go as a simple query: left as they were.
    await expect(prepared.db.execute(sql.raw("select 1; select 2"))).resolves.toBeDefined();
  });

  it("a fixed value goes into the statement's text, not as a parameter, and only a code's identifier is taken", async () => {
    const query = prepared.db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.status} in (${fixedList(["active", "suspended"])}) and ${users.name} = ${fixed("nobody_here")}`)
      .limit(fixedLimit(25));
    const { sql: text, params } = query.toSQL();
    expect(params).toEqual([]);
    expect(text).toContain(`in ('active', 'suspended') and "users"."name" = 'nobody_here' limit 25`);
    expect(await query).toEqual([]);
    for (const unsafe of ["x'; drop table users; --", "Open", "", "a b"]) expect(() => fixed(unsafe)).toThrow(/identifier/);
    expect(() => fixedLimit(2.5)).toThrow(/whole number/);
  });

  it("answers the same as unprepared, including after the table changes under a prepared statement", async () => {
    const user = await makeUser({ name: "Prepared Person" });
    const read = (conn: Connection) => conn.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, user.id));
    expect(await read(prepared)).toEqual(await read(unprepared));
    const everyColumn = async (conn: Connection) => {
      const rows = (await conn.db.execute(sql`select * from users where id = ${user.id}`)) as unknown as Record<string, unknown>[];
      return Object.keys(rows[0]!);
    };
    const before = await everyColumn(prepared);
    // A column added after the statement was prepared changes its result type: postgres.js prepares it again instead of failing.
    await prepared.db.execute(sql`alter table users add column prepared_probe integer`);
    try {
      expect(await everyColumn(prepared)).toEqual([...before, "prepared_probe"]);
      expect(await read(prepared)).toEqual([{ id: user.id, name: "Prepared Person" }]);
    } finally {
      await prepared.db.execute(sql`alter table users drop column prepared_probe`);
    }
  });

  it("DATABASE_PREPARE=false sends unnamed statements", async () => {
    expect(await preparedOnThisSession(unprepared)).toBe(0);
  });

  it("a query built once (db/client.ts#prepared) is a named statement, and unnamed with DATABASE_PREPARE=false", async () => {
    const byEmail = builtOnce("test_by_email", (executor) => executor.select({ id: users.id }).from(users).where(eq(users.email, sql.placeholder("email"))));
    // Inside each connection's own transaction, so the count is of that session's statements.
    const keptAfterTwoRuns = (conn: Connection) =>
      conn.db.transaction((tx) =>
        runInTransaction(tx, async () => {
          await byEmail({ email: "nobody@example.test" });
          await byEmail({ email: "nobody@example.test" });
          const rows = await tx.execute<{ n: number }>(sql`select count(*)::int as n from pg_prepared_statements where not from_sql and statement like '%"email" = $1%'`);
          return (rows as unknown as { n: number }[])[0]!.n;
        }),
      );
    expect(await keptAfterTwoRuns(prepared)).toBeGreaterThanOrEqual(1);
    // drizzle asks for a named statement, but a client opened with prepare: false (DATABASE_PREPARE=false) never makes one.
    expect(await keptAfterTwoRuns(unprepared)).toBe(0);
  });
});
