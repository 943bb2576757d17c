import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { outgoingMail } from "@/db/schema";
import { queueMail } from "@/lib/dal/notifications/delivery";
import { startJobs, stopJobs } from "@/lib/dal/system/jobs";
import { now } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { makeUser } from "../support/factories";
import { startFakeSmtp, type FakeSmtp } from "../support/fake-smtp";
import { until } from "../support/split-roles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/** pg-boss never starts in tests unless one asks, like this one: it proves the engine runs on this driver. */
let smtp: FakeSmtp | undefined;

afterAll(async () => {
  await stopJobs();
  delete process.env.SMTP_URL;
  delete process.env.SWEEP_INTERVAL_SECONDS;
  resetEnvCache();
  await smtp?.close();
});

describe("background jobs on pg-boss", () => {
  it("is off when SWEEP_INTERVAL_SECONDS=0", async () => {
    process.env.SWEEP_INTERVAL_SECONDS = "0";
    resetEnvCache();
    expect(await startJobs()).toBeNull();
  });

  it("starts on this database, and its mail worker sends a queued email without waiting for the minute", async () => {
    smtp = await startFakeSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.SWEEP_INTERVAL_SECONDS = "60";
    resetEnvCache();
    const boss = await startJobs();
    expect(boss).not.toBeNull();
    const person = await makeUser();
    const key = `test:${randomUUID()}`;
    await queueMail({ userId: person.id, kind: "digest", dedupeKey: key, to: person.email, subject: "Through the job", text: "Hello", sendAfter: now() });
    const sent = await until(async () => (await db().select().from(outgoingMail).where(eq(outgoingMail.dedupeKey, key)))[0]?.status === "sent", 20_000);
    expect(sent).toBe(true);
    expect(smtp.received.some((m) => m.to === person.email && m.data.includes("Through the job"))).toBe(true);
    await stopJobs();
  });
});
