import { describe, expect, it } from "vitest";
import { endRelationshipSchema } from "@/lib/validation/relationships";
import { respondSchema, sendRequestSchema } from "@/lib/validation/requests";
import { roundPreviewSchema } from "@/lib/validation/rounds";

// Actions validate a form's strings, then the DAL validates again: each schema
// must accept its own output, or the second check would refuse good input.
describe("matching forms validate their own output", () => {
  const id = "7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11";
  it.each([
    ["send request", sendRequestSchema, { toId: id, kind: "mentorship", note: "" }],
    ["answer", respondSchema, { requestId: id, decision: "decline", template: "", note: " thanks " }],
    ["end", endRelationshipSchema, { relationshipId: id, reason: "not-a-fit", reflection: "" }],
    ["round", roundPreviewSchema, { mode: "best", loadSpreading: "on", aging: "", topicId: "", language: "es" }],
  ] as const)("%s", (_name, schema, form) => {
    const once = (schema as { parse: (v: unknown) => unknown }).parse(form);
    expect((schema as { parse: (v: unknown) => unknown }).parse(once)).toEqual(once);
  });

  it("keeps notes bounded and never lets a form choose who it comes from", () => {
    expect(sendRequestSchema.safeParse({ toId: id, kind: "mentorship", note: "x".repeat(501) }).success).toBe(false);
    expect(Object.keys(sendRequestSchema.parse({ toId: id, kind: "mentorship", note: "", fromId: id, score: 100 }))).toEqual(["toId", "kind", "note"]);
    expect(roundPreviewSchema.safeParse({ mode: "all", loadSpreading: "", aging: "", topicId: "", language: "" }).success).toBe(false);
  });
});
