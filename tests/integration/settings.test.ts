import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, programSettings } from "@/db/schema";
import { getSettings, getSettingsForAdmin, updateSettings } from "@/lib/dal/staff/settings";
import {
  DEFAULT_MAX_OPEN_REQUESTS,
  DEFAULT_PULSE_TREND_MINIMUM,
  DEFAULT_CRISIS_ESCALATION_MINUTES,
  DEFAULT_REQUEST_EXPIRY_DAYS,
  DEFAULT_RUPTURE_ALERT_DAYS,
  DEFAULT_STALLED_AFTER_MISSED,
  DEFAULT_SPACE_FIRST_POSTS_HELD,
  DEFAULT_SPACE_WAITING_HOURS,
  DEFAULT_CIRCLE_PLACES,
  DEFAULT_CIRCLE_FACILITATOR_DAYS,
  SETTING_DEFAULTS,
  settingsFormSchema,
} from "@/lib/validation/admin-settings";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const form = (overrides: Record<string, string> = {}) => ({
  requestExpiryDays: "7",
  maxOpenRequests: "3",
  ruptureAlertDays: "7",
  stalledAfterMissed: "2",
  pulseTrendMinimum: "5",
  crisisEscalationMinutes: "15",
  spaceFirstPostsHeld: "2",
  spaceWaitingHours: "12",
  circlePlaces: "2",
  circleFacilitatorDays: "7",
  reason: "",
  ...overrides,
});

describe("program settings", () => {
  it("are the documented defaults while nothing is stored, for anyone (no viewer needed)", async () => {
    await actAs(null);
    expect(await getSettings()).toEqual({ requestExpiryDays: 7, maxOpenRequests: 3, ruptureAlertDays: 7, stalledAfterMissed: 2, pulseTrendMinimum: 5, crisisEscalationMinutes: 15, spaceFirstPostsHeld: 2, spaceWaitingHours: 12, circlePlaces: 2, circleFacilitatorDays: 7 });
    expect(SETTING_DEFAULTS).toEqual({
      requestExpiryDays: DEFAULT_REQUEST_EXPIRY_DAYS,
      maxOpenRequests: DEFAULT_MAX_OPEN_REQUESTS,
      ruptureAlertDays: DEFAULT_RUPTURE_ALERT_DAYS,
      stalledAfterMissed: DEFAULT_STALLED_AFTER_MISSED,
      pulseTrendMinimum: DEFAULT_PULSE_TREND_MINIMUM,
      crisisEscalationMinutes: DEFAULT_CRISIS_ESCALATION_MINUTES,
      spaceFirstPostsHeld: DEFAULT_SPACE_FIRST_POSTS_HELD,
      spaceWaitingHours: DEFAULT_SPACE_WAITING_HOURS,
      circlePlaces: DEFAULT_CIRCLE_PLACES,
      circleFacilitatorDays: DEFAULT_CIRCLE_FACILITATOR_DAYS,
    });
  });

  it("are changed by admins only: moderators, seekers, mentors and nobody signed in get a 404", async () => {
    for (const viewer of [await makeUser({ roles: ["moderator"] }), await makeUser(), await makeUser({ roles: ["mentor"] }), null]) {
      await actAs(viewer);
      expect(navigationDigest(await updateSettings(form({ maxOpenRequests: "9" })).catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(navigationDigest(await getSettingsForAdmin().catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    expect(await db().$count(programSettings)).toBe(0);
  });

  it("saves only what changed, with one audit row saying from and to, and who changed it", async () => {
    const admin = await makeUser({ roles: ["admin"], name: "Settings Admin" });
    await actAs(admin);
    await expect(updateSettings(form({ requestExpiryDays: "10", pulseTrendMinimum: "8", reason: "Longer waits over the holidays" }))).resolves.toEqual({
      changed: ["requestExpiryDays", "pulseTrendMinimum"],
    });
    expect(await getSettings()).toMatchObject({ requestExpiryDays: 10, pulseTrendMinimum: 8, maxOpenRequests: 3 });
    expect(await db().$count(programSettings)).toBe(2);
    const [entry] = await auditEntries(eq(auditLog.actorId, admin.id));
    expect(entry).toMatchObject({
      action: "settings.update",
      reason: "Longer waits over the holidays",
      details: { requestExpiryDays: "7 → 10", pulseTrendMinimum: "5 → 8" },
    });
    const { lastChange } = await getSettingsForAdmin();
    expect(lastChange.requestExpiryDays).toMatchObject({ by: "Settings Admin", at: expect.any(Date) });
    expect(lastChange.maxOpenRequests).toBeUndefined();

    // Saving the same values again records nothing.
    await expect(updateSettings(form({ requestExpiryDays: "10", pulseTrendMinimum: "8" }))).resolves.toEqual({ changed: [] });
    expect(await db().$count(auditLog, eq(auditLog.actorId, admin.id))).toBe(1);
    // Back to the default is a change like any other.
    await updateSettings(form());
    expect(await getSettings()).toEqual(SETTING_DEFAULTS);
  });

  it("refuses values outside their range, naming the field", async () => {
    await actAs(await makeUser({ roles: ["admin"] }));
    const errorFor = (overrides: Record<string, string>) => settingsFormSchema.safeParse(form(overrides)).error?.issues.map((i) => [i.path[0], i.message]);
    expect(errorFor({ pulseTrendMinimum: "2" })).toEqual([["pulseTrendMinimum", "Use a whole number from 3 to 50 answers."]]);
    expect(errorFor({ requestExpiryDays: "0" })).toEqual([["requestExpiryDays", "Use a whole number from 1 to 30 days."]]);
    expect(errorFor({ maxOpenRequests: "2.5" })?.[0]?.[0]).toBe("maxOpenRequests");
    expect(errorFor({ stalledAfterMissed: "lots" })?.[0]?.[0]).toBe("stalledAfterMissed");
    await expect(updateSettings(form({ ruptureAlertDays: "365" }))).rejects.toThrow();
    expect((await getSettings()).ruptureAlertDays).toBe(7);
  });

  it("falls back to the default for a stored value that is out of range or of the wrong type", async () => {
    await db().delete(programSettings);
    await db()
      .insert(programSettings)
      .values([
        { key: "maxOpenRequests", value: 99 },
        { key: "stalledAfterMissed", value: { count: 3 } },
        { key: "somethingRetired", value: 1 },
      ]);
    await actAs(null);
    const settings = await getSettings();
    expect(settings).toMatchObject({ maxOpenRequests: 3, stalledAfterMissed: 2 });
    expect(settings).not.toHaveProperty("somethingRetired");
    await db().delete(programSettings);
  });
});
