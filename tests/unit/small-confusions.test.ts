import { describe, expect, it } from "vitest";
import { isCsrfOriginAllowed } from "next/dist/server/app-render/csrf-protection";
import nextConfig from "@/next.config";
import { signInMessage } from "@/lib/auth/sign-in-messages";
import { ALL_ZONES, filterZoneGroups, ZONE_GROUPS, zoneLabel } from "@/lib/time/zones";
import { timezone } from "@/lib/validation/profile-fields";

describe("the timezone list", () => {
  it("holds only names the server accepts, each once, grouped by region", () => {
    expect(ALL_ZONES.length).toBeGreaterThan(400);
    expect(new Set(ALL_ZONES).size).toBe(ALL_ZONES.length);
    for (const zone of ALL_ZONES) expect(timezone.safeParse(zone).success, zone).toBe(true);
    expect(ZONE_GROUPS.map((g) => g.region)).toEqual([
      "Africa",
      "Americas",
      "Antarctica",
      "Arctic",
      "Asia",
      "Atlantic Ocean",
      "Australia",
      "Europe",
      "Indian Ocean",
      "Pacific",
      "Other",
    ]);
    const europe = ZONE_GROUPS.find((g) => g.region === "Europe")!;
    expect(europe.zones).toContainEqual({ value: "Europe/London", label: "London" });
    expect(europe.zones.map((z) => z.label)).toEqual([...europe.zones.map((z) => z.label)].sort((a, b) => a.localeCompare(b)));
  });

  it("covers every zone this runtime knows (under its current name)", () => {
    const canonical = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    const ours = new Set(ALL_ZONES.map(canonical));
    const missing = Intl.supportedValuesOf("timeZone").filter((zone) => !ours.has(canonical(zone)));
    expect(missing).toEqual([]);
  });

  it("uses current spellings and reads nested names plainly", () => {
    expect(ALL_ZONES).toEqual(expect.arrayContaining(["Europe/Kyiv", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "UTC"]));
    expect(ALL_ZONES).not.toContain("Europe/Kiev");
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("Argentina / Buenos Aires");
  });

  it("narrows by every word typed, by city, region or former name, ignoring case and accents", () => {
    const values = (query: string) => filterZoneGroups(ZONE_GROUPS, query).flatMap((g) => g.zones.map((z) => z.value));
    expect(values("new york")).toEqual(["America/New_York"]);
    expect(values("  LISB ")).toEqual(["Europe/Lisbon"]);
    expect(values("kiev")).toEqual(["Europe/Kyiv"]);
    expect(values("calcutta")).toEqual(["Asia/Kolkata"]);
    expect(values("São Paulo")).toEqual(["America/Sao_Paulo"]);
    expect(values("europe")).toHaveLength(ZONE_GROUPS.find((g) => g.region === "Europe")!.zones.length);
    expect(values("atlantis")).toEqual([]);
    expect(filterZoneGroups(ZONE_GROUPS, "")).toEqual(ZONE_GROUPS);
    expect(filterZoneGroups(ZONE_GROUPS, "paris").map((g) => g.region)).toEqual(["Europe"]);
  });
});

describe("a suspended or closed account is told how to appeal", () => {
  it("points to the link in the email, not to replying (mail comes from a no-reply address)", () => {
    for (const code of ["suspended", "banned"]) {
      const text = signInMessage(code, "Repeated unkind messages");
      expect(text).not.toMatch(/reply to/i);
      expect(text).toMatch(/use the appeal link in the email we sent you/);
      expect(text).toContain("The reason we gave: “Repeated unkind messages”.");
    }
  });
});

describe("the development server on loopback addresses", () => {
  it("allows 127.0.0.1 and [::1], and nothing beyond loopback", () => {
    const allowed = ["localhost", ...(nextConfig.allowedDevOrigins ?? [])];
    expect(isCsrfOriginAllowed("127.0.0.1", allowed)).toBe(true);
    expect(isCsrfOriginAllowed("[::1]", allowed)).toBe(true);
    expect(isCsrfOriginAllowed("192.168.1.20", allowed)).toBe(false);
    expect(isCsrfOriginAllowed("example.com", allowed)).toBe(false);
  });
});
