/**
 * PostgreSQL only (PGlite has one superuser and no roles to split): under the
 * production role split the serving role owns nothing and may not create
 * pg-boss's schema or its queues (each queue is a table partition). The owner
 * installs them at start-up and grants the serving role rows only; this proves
 * pg-boss then runs as the serving role, with no fallback to the timer.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { applyRoles } from "@/db/roles";
import { outgoingMail } from "@/db/schema";
import { now } from "@/lib/clock";
import { queueMail } from "@/lib/dal/notifications/delivery";
import { installJobsAsOwner, startJobs, stopJobs } from "@/lib/dal/system/jobs";
import { resetEnvCache } from "@/lib/env";
import { makeUser } from "../support/factories";
import { startFakeSmtp, type FakeSmtp } from "../support/fake-smtp";
import { dropTestRoles, until } from "../support/split-roles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const onPostgres = process.env.TEST_DB === "postgres" && Boolean(process.env.TEST_DATABASE_URL);
const suffix = randomBytes(4).toString("hex");
const plan = { owner: { name: `alongside_owner_${suffix}` }, app: { name: `alongside_app_${suffix}` } };
const saved = { DATABASE_URL: process.env.DATABASE_URL, MIGRATION_DATABASE_URL: process.env.MIGRATION_DATABASE_URL };

let admin: postgres.Sql;
let app: postgres.Sql;
let smtp: FakeSmtp | undefined;

function as(role: string) {
  const url = new URL(saved.DATABASE_URL!);
  url.username = role;
  url.password = "";
  return url.toString();
}

describe.skipIf(!onPostgres)("pg-boss under split roles (PostgreSQL only)", () => {
  beforeAll(async () => {
    const url = new URL(saved.DATABASE_URL!); // the file's fresh, migrated database
    admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await applyRoles(admin, { database: url.pathname.slice(1), ...plan });
    app = postgres(as(plan.app.name), { max: 1, onnotice: () => {} });
    // The app's own queries keep the file's connection; pg-boss follows these two URLs, as in production.
    process.env.DATABASE_URL = as(plan.app.name);
    process.env.MIGRATION_DATABASE_URL = as(plan.owner.name);
    resetEnvCache();
  });

  afterAll(async () => {
    await stopJobs();
    await smtp?.close();
    process.env.DATABASE_URL = saved.DATABASE_URL;
    if (saved.MIGRATION_DATABASE_URL === undefined) delete process.env.MIGRATION_DATABASE_URL;
    else process.env.MIGRATION_DATABASE_URL = saved.MIGRATION_DATABASE_URL;
    delete process.env.SMTP_URL;
    delete process.env.SWEEP_INTERVAL_SECONDS;
    resetEnvCache();
    await app?.end();
    if (admin) await dropTestRoles(admin, [plan.app.name, plan.owner.name]);
  });

  it("the serving role alone cannot create pg-boss's schema (why the owner installs it)", async () => {
    await expect(app.unsafe("create schema pgboss_attempt")).rejects.toMatchObject({ code: "42501" });
  });

  it("the owner installs the schema and queues, twice without harm, and the serving role gets rows, not ownership", async () => {
    await installJobsAsOwner();
    await installJobsAsOwner();
    const [schema] = await admin<{ owner: string }[]>`select nspowner::regrole::text as owner from pg_namespace where nspname = 'pgboss'`;
    expect(schema?.owner).toBe(plan.owner.name);
    const queues = await app<{ name: string }[]>`select name from pgboss.queue order by name`;
    // Ours, and pg-boss's own cron queue: without it no schedule ever fires (pg-boss swallows the failure to make it).
    expect(queues.map((q) => q.name)).toEqual(["__pgboss__send-it", "cleanups", "lifecycle", "mail", "sweep", "sweep-batch", "urgent"]);
    // What pg-boss's cron does each minute, as the serving role: a job on its cron queue has a partition to land in.
    await app`insert into pgboss.job (name, data) values ('__pgboss__send-it', '{}'::jsonb)`;
    await app`delete from pgboss.job where name = '__pgboss__send-it'`;
    await expect(app.unsafe("drop table pgboss.job")).rejects.toMatchObject({ code: "42501" });
    await expect(app.unsafe("select pgboss.create_queue('made-by-app', '{}'::json)")).rejects.toMatchObject({ code: "42501" });
  });

  it("pg-boss then starts as the serving role and its mail worker sends a queued email", async () => {
    smtp = await startFakeSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.SWEEP_INTERVAL_SECONDS = "60";
    resetEnvCache();
    const boss = await startJobs();
    expect(boss).not.toBeNull();
    const [scheduled] = await app<{ n: number }[]>`select count(*)::int as n from pgboss.schedule`;
    expect(scheduled?.n).toBeGreaterThanOrEqual(5);
    const person = await makeUser();
    const key = `test:${randomUUID()}`;
    await queueMail({ userId: person.id, kind: "digest", dedupeKey: key, to: person.email, subject: "As the serving role", text: "Hello", sendAfter: now() });
    const sent = await until(async () => (await db().select().from(outgoingMail).where(eq(outgoingMail.dedupeKey, key)))[0]?.status === "sent", 20_000);
    expect(sent).toBe(true);
    // The worker's connection was the serving role's, not the owner's.
    const [worker] = await admin<{ user: string }[]>`select usename as user from pg_stat_activity where application_name = 'alongside-jobs' and datname = current_database() limit 1`;
    expect(worker?.user).toBe(plan.app.name);
  });
});
