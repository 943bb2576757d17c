import { describe, expect, it } from "vitest";
import { compareMessages, mergeMessages, newestTime } from "@/lib/thread/merge";
import { messageTime } from "@/lib/thread/time";

const at = (id: string, createdAt: string) => ({ id, createdAt });

describe("merging messages from the page, the poll and the composer", () => {
  it("keeps each id once, in thread order", () => {
    const current = [at("b", "2025-01-01T10:00:01.000Z"), at("d", "2025-01-01T10:00:03.000Z")];
    const incoming = [at("d", "2025-01-01T10:00:03.000Z"), at("c", "2025-01-01T10:00:02.000Z"), at("e", "2025-01-01T10:00:04.000Z")];
    expect(mergeMessages(current, incoming).map((m) => m.id)).toEqual(["b", "c", "d", "e"]);
  });

  it("orders equal times by id, as the database pages them", () => {
    const same = "2025-01-01T10:00:00.000Z";
    expect(mergeMessages([at("b", same)], [at("a", same), at("c", same)]).map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(compareMessages(at("a", same), at("a", same))).toBe(0);
  });

  it("returns the same list when nothing is new, so nothing re-renders", () => {
    const current = [at("a", "2025-01-01T10:00:00.000Z")];
    expect(mergeMessages(current, [])).toBe(current);
    expect(mergeMessages(current, [at("a", "2025-01-01T10:00:00.000Z")])).toBe(current);
  });

  it("knows the newest time seen", () => {
    expect(newestTime([at("a", "2025-01-01T10:00:00.000Z"), at("b", "2025-01-02T10:00:00.000Z")], "2025-01-01T12:00:00.000Z")).toBe("2025-01-02T10:00:00.000Z");
    expect(newestTime([], "2025-01-01T12:00:00.000Z")).toBe("2025-01-01T12:00:00.000Z");
  });
});

describe("a message's time", () => {
  it("is written in the viewer's zone, the same way everywhere", () => {
    expect(messageTime("2025-03-04T18:05:00.000Z", "Europe/London")).toBe("Tue 4 Mar, 18:05");
    expect(messageTime("2025-03-04T18:05:00.000Z", "Asia/Kathmandu")).toBe("Tue 4 Mar, 23:50");
    expect(messageTime("2025-07-01T23:30:00.000Z", "America/New_York")).toBe("Tue 1 Jul, 19:30");
  });

  it("falls back to UTC, said as such, for a zone it does not know", () => {
    expect(messageTime("2025-03-04T18:05:00.000Z", "Not/AZone")).toBe("Tue 4 Mar, 18:05 UTC");
  });
});
