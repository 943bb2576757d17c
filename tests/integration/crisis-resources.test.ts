import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, crisisResources } from "@/db/schema";
import {
  addCrisisResource,
  crisisResourcesFor,
  importBuiltInCrisisResources,
  listCrisisResources,
  listCrisisResourcesForAdmin,
  removeCrisisResource,
  updateCrisisResource,
} from "@/lib/dal/safety/crisis-resources";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { crisisRegions, orderForTimezone, zoneMatch } from "@/lib/safety/crisis-resources";
import { crisisRegionEditFormSchema, crisisRegionFormSchema, isAllowedHref } from "@/lib/validation/admin-crisis";
import GetHelpPage from "@/app/(open)/get-help/page";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

const nz = {
  region: "New Zealand",
  emergency: "111",
  timezones: ["Pacific/Auckland", "Pacific/Chatham"],
  lines: [{ name: "Need to talk?", contact: "Call or text 1737", href: "tel:1737", note: "24/7, free" }],
  order: 45,
};

/** Empties the table. Crisis resources are not history: deleting them is allowed. */
const clear = () => db().delete(crisisResources);

describe("reading crisis resources (public, no viewer needed)", () => {
  it("falls back to the built-in list while the table is empty, in the built-in order", async () => {
    await clear();
    await actAs(null);
    const list = await listCrisisResources();
    expect(list.map((r) => r.region)).toEqual(crisisRegions.map((r) => r.region));
    expect(list.every((r) => r.id === null)).toBe(true);
  });

  it("puts the region matching a timezone first, an exact zone winning over an area", async () => {
    await clear();
    await actAs(null);
    expect((await crisisResourcesFor("Europe/London"))[0]).toMatchObject({ region: "United Kingdom and Ireland", matchesTimezone: true });
    expect((await crisisResourcesFor("Europe/Paris"))[0]).toMatchObject({ region: "European Union", matchesTimezone: true });
    expect((await crisisResourcesFor("Australia/Sydney"))[0]).toMatchObject({ region: "Australia", matchesTimezone: true });
    expect((await crisisResourcesFor("America/Indiana/Indianapolis"))[0]).toMatchObject({ region: "United States" });
    expect((await crisisResourcesFor("America/Toronto"))[0]).toMatchObject({ region: "Canada" });
    // No timezone, or one that fits nowhere: every region, in the usual order, none marked.
    for (const tz of [null, "Asia/Tokyo", ""]) {
      const list = await crisisResourcesFor(tz);
      expect(list.map((r) => r.region)).toEqual(crisisRegions.map((r) => r.region));
      expect(list.some((r) => r.matchesTimezone)).toBe(false);
    }
    // Nothing is dropped when one moves to the front.
    expect((await crisisResourcesFor("Europe/Dublin")).map((r) => r.region).sort()).toEqual(crisisRegions.map((r) => r.region).sort());
  });

  it("reads the stored list once admins keep one, and the help page shows it", async () => {
    await clear();
    await actAs(await makeUser({ roles: ["admin"] }));
    await addCrisisResource(nz);
    await actAs(null);
    expect((await listCrisisResources()).map((r) => r.region)).toEqual(["New Zealand"]);
    expect((await crisisResourcesFor("Pacific/Auckland"))[0]).toMatchObject({ region: "New Zealand", matchesTimezone: true, lines: nz.lines });
    const html = JSON.stringify(await GetHelpPage());
    expect(html).toContain("New Zealand");
    expect(html).toContain("tel:1737");
  });

  it("shows the built-in list, not an error, when the database cannot be read", async () => {
    await db().execute(sql`alter table crisis_resources rename to crisis_resources_away`);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await listCrisisResources()).map((r) => r.region)).toEqual(crisisRegions.map((r) => r.region));
    } finally {
      log.mockRestore();
      await db().execute(sql`alter table crisis_resources_away rename to crisis_resources`);
    }
  });
});

describe("editing crisis resources (admins only)", () => {
  it("answers 404 to moderators, seekers, mentors and nobody signed in, and changes nothing", async () => {
    await clear();
    for (const viewer of [await makeUser({ roles: ["moderator"] }), await makeUser(), await makeUser({ roles: ["mentor"] }), null]) {
      await actAs(viewer);
      for (const attempt of [
        () => listCrisisResourcesForAdmin(),
        () => addCrisisResource(nz),
        () => importBuiltInCrisisResources(),
        () => updateCrisisResource({ ...nz, id: crypto.randomUUID() }),
        () => removeCrisisResource({ id: crypto.randomUUID() }),
      ]) {
        expect(navigationDigest(await attempt().catch((e: unknown) => e))).toBe(NOT_FOUND);
      }
    }
    expect(await db().$count(crisisResources)).toBe(0);
  });

  it("copies the built-in list once, then adds, edits and removes, each with an audit row", async () => {
    await clear();
    const admin = await makeUser({ roles: ["admin"] });
    await actAs(admin);
    expect((await listCrisisResourcesForAdmin()).builtIn).toHaveLength(crisisRegions.length);
    await expect(importBuiltInCrisisResources()).resolves.toEqual({ imported: crisisRegions.length });
    await expect(importBuiltInCrisisResources()).resolves.toEqual({ imported: 0 });
    const { stored, builtIn } = await listCrisisResourcesForAdmin();
    expect(builtIn).toEqual([]);
    expect(stored.map((r) => r.region)).toEqual(crisisRegions.map((r) => r.region));

    const { id } = await addCrisisResource(nz);
    await expect(addCrisisResource({ ...nz, region: "new zealand" })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateCrisisResource({ ...nz, id, emergency: "111 (police, fire, ambulance)" })).resolves.toEqual({
      region: "New Zealand",
      changed: ["emergency"],
    });
    await expect(updateCrisisResource({ ...nz, id, emergency: "111 (police, fire, ambulance)" })).resolves.toMatchObject({ changed: [] });
    await expect(updateCrisisResource({ ...nz, id, region: "Canada" })).rejects.toBeInstanceOf(ConflictError);
    // Position 45 puts it between Australia (40) and the European Union (50).
    expect((await listCrisisResources()).map((r) => r.region)).toEqual([
      "United States",
      "Canada",
      "United Kingdom and Ireland",
      "Australia",
      "New Zealand",
      "European Union",
    ]);
    await removeCrisisResource({ id });
    await expect(removeCrisisResource({ id })).rejects.toBeInstanceOf(NotFoundError);

    const audit = await auditEntries(eq(auditLog.actorId, admin.id));
    expect(audit.map((a) => a.action)).toEqual(["crisis_resource.import", "crisis_resource.add", "crisis_resource.edit", "crisis_resource.remove"]);
    expect(audit[2]!.details).toEqual({ crisisResourceId: id, region: "New Zealand", changed: ["emergency"] });
  });

  it("brings the built-in list back for everyone when the last stored region is removed", async () => {
    await clear();
    await actAs(await makeUser({ roles: ["admin"] }));
    const { id } = await addCrisisResource(nz);
    await removeCrisisResource({ id });
    await actAs(null);
    expect((await listCrisisResources()).map((r) => r.region)).toEqual(crisisRegions.map((r) => r.region));
  });

  it("refuses links other than tel:, sms: and https:, even when the form is bypassed", async () => {
    await clear();
    await actAs(await makeUser({ roles: ["admin"] }));
    for (const href of ["javascript:alert(1)", "http://example.org", "data:text/html,hi", "https://user:pw@example.org", "tel:call-me", "https://localhost"]) {
      await expect(addCrisisResource({ ...nz, lines: [{ ...nz.lines[0]!, href }] })).rejects.toThrow();
    }
    expect(await db().$count(crisisResources)).toBe(0);
  });
});

describe("the crisis region form", () => {
  const form = (overrides: Record<string, string> = {}) => ({
    region: " New Zealand ",
    emergency: "111",
    order: "45",
    timezones: "Pacific/Auckland\nPacific/Chatham, Pacific/Auckland",
    line0Name: "Need to talk?",
    line0Contact: "Call or text 1737",
    line0Href: "tel:1737",
    line0Note: "",
    line1Name: "",
    line1Contact: "",
    line1Href: "",
    line1Note: "",
    ...overrides,
  });

  it("turns flat fields into the stored shape, skipping empty lines and repeated zones", () => {
    expect(crisisRegionFormSchema.parse(form())).toEqual({
      region: "New Zealand",
      emergency: "111",
      order: 45,
      timezones: ["Pacific/Auckland", "Pacific/Chatham"],
      lines: [{ name: "Need to talk?", contact: "Call or text 1737", href: "tel:1737" }],
    });
    expect(crisisRegionEditFormSchema.parse({ ...form(), id: "6f1f7d3e-4f61-4a8e-9d0e-2d0e1c1a0b0c" })).toMatchObject({ id: "6f1f7d3e-4f61-4a8e-9d0e-2d0e1c1a0b0c" });
  });

  it("names the field that is wrong", () => {
    const issues = (overrides: Record<string, string>) =>
      (crisisRegionFormSchema.safeParse(form(overrides)).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]);
    expect(issues({ line0Href: "javascript:alert(1)" })).toEqual([["line0Href", "Use a tel:, sms: or https:// link, e.g. tel:116123."]]);
    expect(issues({ line1Note: "only a note" })).toEqual([
      ["line1Name", "Name this line, or clear the whole line."],
      ["line1Contact", "Say how to reach it, e.g. “Call 116 123”."],
    ]);
    expect(issues({ timezones: "Europe/London\nnot a zone!" })[0]).toEqual(["timezones", expect.stringContaining("“not a zone!” is not a timezone")]);
    expect(issues({ order: "0" })[0]?.[0]).toBe("order");
    expect(issues({ region: "" })[0]?.[0]).toBe("region");
  });

  it("allows only links a phone or browser opens safely", () => {
    for (const ok of ["tel:988", "tel:+44116123", "sms:741741", "https://findahelpline.com", "https://www.samaritans.org/how-we-can-help/"]) {
      expect(isAllowedHref(ok), ok).toBe(true);
    }
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "http://x.org", "vbscript:x", "tel:", "sms:hello", "https://intranet", "//evil.org", "mailto:a@b.org"]) {
      expect(isAllowedHref(bad), bad).toBe(false);
    }
  });

  it("matches zones exactly or by area, never by a partial name", () => {
    expect(zoneMatch("Europe/London", "europe/london")).toBeGreaterThan(zoneMatch("Europe/", "Europe/London"));
    expect(zoneMatch("Australia", "Australia/Perth")).toBeGreaterThan(0);
    expect(zoneMatch("America/Indiana/", "America/Indianapolis")).toBe(0);
    expect(zoneMatch("Europe/Lon", "Europe/London")).toBe(0);
    expect(orderForTimezone([{ timezones: [] }, { timezones: ["Asia/"] }], "Asia/Tokyo").map((r) => r.matchesTimezone)).toEqual([true, false]);
  });
});
