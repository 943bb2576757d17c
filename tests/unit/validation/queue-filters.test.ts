import { describe, expect, it } from "vitest";
import { bulkQueueSchema, isFiltered, queueClaimSchema, queueFilterQuery, queueFilterSchema, readQueueFilter } from "@/lib/validation/queue";

const id = "6f1d3c1e-8a55-4b0e-9a57-1a2b3c4d5e6f";

describe("queue filters from the address", () => {
  it("reads each known filter", () => {
    expect(readQueueFilter({ kind: "report", category: "spam", age: "1d", claim: "mine" })).toEqual({ kind: "report", category: "spam", age: "1d", claim: "mine" });
    expect(readQueueFilter({ category: "attempt" })).toEqual({ category: "attempt" });
  });

  it("drops what does not parse, keeping the rest", () => {
    expect(readQueueFilter({ kind: "users", category: "spam\u0000", age: "3y", claim: "theirs" })).toEqual({});
    expect(readQueueFilter({ kind: ["report", "appeal"], claim: "unclaimed" })).toEqual({ claim: "unclaimed" });
    expect(readQueueFilter({})).toEqual({});
  });

  it("writes the same filter back as a query string, leaving empty ones out", () => {
    expect(queueFilterQuery({})).toBe("");
    expect(queueFilterQuery({ kind: "safety_item", claim: "mine" })).toBe("?kind=safety_item&claim=mine");
    expect(readQueueFilter(Object.fromEntries(new URLSearchParams(queueFilterQuery({ age: "7d", category: "harassment" }))))).toEqual({ age: "7d", category: "harassment" });
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ age: "1h" })).toBe(true);
  });

  it("is strict in the data layer", () => {
    expect(queueFilterSchema.parse(undefined)).toEqual({});
    expect(() => queueFilterSchema.parse({ kind: "users" })).toThrow();
  });
});

describe("bulk queue actions", () => {
  it("reads kind:id pairs, once each", () => {
    const parsed = bulkQueueSchema.parse({ intent: "claim", items: [`report:${id}`, `report:${id}`, `appeal:${id}`] });
    expect(parsed.items).toEqual([
      { itemKind: "report", itemId: id },
      { itemKind: "appeal", itemId: id },
    ]);
  });

  it("needs a reason to dismiss, not to claim", () => {
    expect(bulkQueueSchema.safeParse({ intent: "claim", items: [`report:${id}`], reason: "" }).success).toBe(true);
    const missing = bulkQueueSchema.safeParse({ intent: "dismiss", items: [`report:${id}`], reason: "" });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(["reason"]);
    expect(bulkQueueSchema.safeParse({ intent: "dismiss", items: [`report:${id}`], reason: "Not a concern." }).success).toBe(true);
  });

  it("refuses what is not a queue item, an empty list and an unknown intent", () => {
    expect(bulkQueueSchema.safeParse({ intent: "claim", items: [`users:${id}`] }).success).toBe(false);
    expect(bulkQueueSchema.safeParse({ intent: "claim", items: ["report:not-a-uuid"] }).success).toBe(false);
    expect(bulkQueueSchema.safeParse({ intent: "claim", items: [id] }).success).toBe(false);
    expect(bulkQueueSchema.safeParse({ intent: "claim", items: [] }).success).toBe(false);
    expect(bulkQueueSchema.safeParse({ intent: "ban", items: [`report:${id}`] }).success).toBe(false);
    expect(bulkQueueSchema.safeParse({ intent: "claim", items: Array.from({ length: 101 }, () => `report:${crypto.randomUUID()}`) }).success).toBe(false);
  });
});

describe("claiming or releasing from a row", () => {
  it("reads the one item the row's button named, and which of the two it was", () => {
    expect(queueClaimSchema.parse({ claim: `report:${id}`, release: "" })).toEqual({ intent: "claim", item: { itemKind: "report", itemId: id } });
    expect(queueClaimSchema.parse({ claim: "", release: `relationship:${id}` })).toEqual({ intent: "release", item: { itemKind: "relationship", itemId: id } });
  });

  it("refuses both at once, neither, and anything that is not a queue item", () => {
    expect(queueClaimSchema.safeParse({ claim: `report:${id}`, release: `report:${id}` }).success).toBe(false);
    expect(queueClaimSchema.safeParse({ claim: "", release: "" }).success).toBe(false);
    expect(queueClaimSchema.safeParse({ claim: `users:${id}`, release: "" }).success).toBe(false);
    expect(queueClaimSchema.safeParse({ claim: "report:not-a-uuid", release: "" }).success).toBe(false);
  });
});
