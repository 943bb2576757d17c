import { eq } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import * as schema from "@/db/schema";
import { myDataCoverage } from "@/lib/dal/account/my-data-coverage";
import { exportMyData } from "@/lib/dal/account/my-data";
import { actAs, makeUser } from "../support/factories";
import { block } from "../support/care";
import { openRequestBetween, pairInRelationship, postMessage, writeEntry } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/** Every table with a column that refers to users.id, by SQL name. */
function tablesPointingAtPeople() {
  const found = new Map<string, string[]>();
  for (const value of Object.values(schema)) {
    if (!(value instanceof PgTable)) continue;
    const config = getTableConfig(value);
    const columns = config.foreignKeys
      .filter((fk) => getTableConfig(fk.reference().foreignTable).name === "users")
      .flatMap((fk) => fk.reference().columns.map((c) => c.name));
    if (config.name === "users") columns.push("id");
    if (columns.length) found.set(config.name, columns);
  }
  return found;
}

describe("Download my data covers every table about a person", () => {
  it("each table that refers to a person is exported or has a written reason not to be", () => {
    const tables = tablesPointingAtPeople();
    expect(tables.size).toBeGreaterThan(20); // the walk really finds the schema
    const undecided = [...tables.keys()].filter((name) => !(name in myDataCoverage));
    expect(undecided, "add these tables to lib/dal/account/my-data-coverage.ts").toEqual([]);
    for (const [name, entry] of Object.entries(myDataCoverage)) {
      if ("exception" in entry) expect(entry.exception.length, name).toBeGreaterThan(30);
    }
    // And no stale entries for tables that are gone.
    expect(Object.keys(myDataCoverage).filter((name) => !tables.has(name))).toEqual([]);
  });

  it("every section the registry names is in the export", async () => {
    const person = await makeUser();
    await actAs(person);
    const data = await exportMyData();
    for (const [name, entry] of Object.entries(myDataCoverage)) {
      if ("exported" in entry) expect(data, `${name} → ${entry.exported}`).toHaveProperty(entry.exported);
    }
  });

  it("holds a person's relationship: the thread marked by author, their entries, pulses, fit checks, reports, blocks and requests", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await postMessage(relationshipId, seeker.id, "my words in the thread", new Date(Date.now() - 2000));
    await postMessage(relationshipId, mentor.id, "their words in the thread", new Date(Date.now() - 1000));
    await writeEntry(relationshipId, seeker.id, { feeling: "my private check-in words" });
    await writeEntry(relationshipId, mentor.id, { feeling: "the mentor's own entry" }, new Date(Date.now() - 5 * 3600_000));
    const [slot] = await db().select({ id: schema.checkIns.id }).from(schema.checkIns).where(eq(schema.checkIns.relationshipId, relationshipId)).limit(1);
    await db().insert(schema.pulses).values({ checkInId: slot!.id, relationshipId, seekerId: seeker.id, mentorId: mentor.id, feltUnderstood: "yes", feltJudged: false });
    await db().insert(schema.fitChecks).values({ relationshipId, userId: seeker.id, stage: 1, answer: "good_fit" });
    const stranger = await makeUser();
    await block(seeker.id, stranger.id);
    await openRequestBetween(stranger.id, seeker.id);
    await db().insert(schema.reports).values({
      reporterId: seeker.id,
      subjectId: stranger.id,
      targetKind: "person",
      targetId: stranger.id,
      category: "other",
      note: "my report note",
      createdAt: new Date(),
    } as never);

    await actAs(seeker);
    const data = await exportMyData();
    const text = JSON.stringify(data);
    const rel = data.relationships[0]!;
    expect(rel.messages.map((m) => [m.from, m.text])).toEqual([
      ["you", "my words in the thread"],
      ["the other person", "their words in the thread"],
    ]);
    expect(text).toContain("my private check-in words");
    expect(text).not.toContain("the mentor's own entry");
    expect(rel.yourPulses).toHaveLength(1);
    expect(rel.yourFitChecks).toHaveLength(1);
    expect(data.blocks).toEqual([expect.objectContaining({ blocked: stranger.name })]);
    expect(data.matchRequests).toEqual([expect.objectContaining({ direction: "sent to you", with: stranger.name })]);
    expect(data.reportsMade).toEqual([expect.objectContaining({ note: "my report note" })]);
    expect(text).not.toContain(stranger.email);
  });
});
