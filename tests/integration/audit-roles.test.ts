/**
 * PostgreSQL only: PGlite has one built-in superuser and no roles to split,
 * so there is nothing to prove there (the embedded database is one local
 * process; the split matters where others can reach the server). Runs when the
 * integration suite runs on PostgreSQL (TEST_DB=postgres with TEST_DATABASE_URL).
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyRoles } from "@/db/roles";
import { dropTestRoles } from "../support/split-roles";

const onPostgres = process.env.TEST_DB === "postgres" && Boolean(process.env.TEST_DATABASE_URL);
const suffix = randomBytes(4).toString("hex");
const plan = { owner: { name: `alongside_owner_${suffix}` }, app: { name: `alongside_app_${suffix}` } };

let admin: postgres.Sql;
let app: postgres.Sql;
let owner: postgres.Sql;

describe.skipIf(!onPostgres)("the serving role cannot rewrite the audit log (PostgreSQL only; skipped on PGlite, which has no roles)", () => {
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!); // the fresh test database, already migrated
    admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await applyRoles(admin, { database: url.pathname.slice(1), ...plan });
    await admin`insert into audit_log (action) values ('settings.update')`;
    const asApp = new URL(url);
    asApp.username = plan.app.name;
    asApp.password = "";
    app = postgres(asApp.toString(), { max: 1, onnotice: () => {} });
    const asOwner = new URL(url);
    asOwner.username = plan.owner.name;
    asOwner.password = "";
    owner = postgres(asOwner.toString(), { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await app?.end();
    await owner?.end();
    if (admin) await dropTestRoles(admin, [plan.app.name, plan.owner.name]);
  });

  it("may add and read entries, and work with ordinary rows", async () => {
    await app`insert into audit_log (action) values ('queue.claim')`;
    expect((await app`select count(*)::int as n from audit_log`)[0]!.n).toBeGreaterThanOrEqual(2);
    await app`update users set name = name where false`;
  });

  const refused = [
    ["UPDATE", "update audit_log set action = 'forged'"],
    ["DELETE", "delete from audit_log"],
    ["TRUNCATE", "truncate audit_log"],
    ["disable the triggers", "alter table audit_log disable trigger all"],
    ["disable one trigger", "alter table audit_log disable trigger audit_log_append_only"],
    ["drop a trigger", "drop trigger audit_log_append_only on audit_log"],
    ["drop the trigger function", "drop function audit_log_refuse_change() cascade"],
    ["drop the table", "drop table audit_log"],
    ["change session_replication_role", "set session_replication_role = replica"],
  ] as const;

  for (const [what, statement] of refused) {
    it(`cannot ${what}`, async () => {
      await expect(app.unsafe(statement)).rejects.toMatchObject({ code: expect.stringMatching(/^42501$|^0LP01$/) });
    });
  }

  it("cannot grant itself more (PostgreSQL only warns), so UPDATE stays refused", async () => {
    await app.unsafe("grant update, delete on audit_log to current_user");
    await expect(app.unsafe("update audit_log set action = 'forged'")).rejects.toMatchObject({ code: "42501" });
  });

  it("may add a reason beside an entry, but never change or remove one; only the owner re-seals it", async () => {
    const [entry] = await app<{ id: number }[]>`insert into audit_log (action) values ('moderator.read_content') returning id`;
    await app`insert into audit_reasons (audit_id, reason) values (${entry!.id}, 'sealed:k:original')`;
    for (const statement of [
      `update audit_reasons set reason = 'sealed:k:forged' where audit_id = ${entry!.id}`,
      `delete from audit_reasons where audit_id = ${entry!.id}`,
      "truncate audit_reasons",
      "alter table audit_reasons disable trigger all",
    ]) {
      await expect(app.unsafe(statement), statement).rejects.toMatchObject({ code: "42501" });
    }
    // Key rotation runs as the owner: the same entry, a new ciphertext.
    await owner`update audit_reasons set reason = 'sealed:k2:resealed' where audit_id = ${entry!.id}`;
    await expect(owner`delete from audit_reasons where audit_id = ${entry!.id}`).rejects.toMatchObject({ code: "42501" });
    const [row] = await admin<{ reason: string }[]>`select reason from audit_reasons where audit_id = ${entry!.id}`;
    expect(row!.reason).toBe("sealed:k2:resealed");
  });

  it("the entries are unchanged after all of that", async () => {
    const rows = await admin<{ action: string }[]>`select action from audit_log order by id`;
    expect(rows.map((r) => r.action)).toEqual(["settings.update", "queue.claim", "moderator.read_content"]);
  });
});
