import { describe, expect, it } from "vitest";
import { endRelationshipSchema } from "@/lib/validation/relationships";
import { askSchema, noteFieldOf, respondSchema, saveChoiceSchema, sendRequestSchema } from "@/lib/validation/requests";
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

// The suggestions page shares one form per kind of action: the pressed card's button names the person.
describe("the suggestions page's shared forms", () => {
  const id = "7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11";

  it("reads whom to ask and as what from the button, and the note from that card's box", () => {
    expect(askSchema.parse({ ask: `mentorship:${id}`, note: " Tuesdays " })).toEqual({ toId: id, kind: "mentorship", note: "Tuesdays" });
    expect(askSchema.parse({ ask: `friendship:${id}`, note: "" })).toEqual({ toId: id, kind: "friendship", note: null });
    expect(noteFieldOf(`friendship:${id}`)).toBe(`note-${id}`);
    // What the action hands the data layer passes the data layer's own schema.
    const asked = askSchema.parse({ ask: `mentorship:${id}`, note: "hello" });
    expect(sendRequestSchema.parse(asked)).toEqual(asked);
  });

  it("refuses an ask that names no one, or anything but a person and a kind", () => {
    for (const ask of ["", id, `mentorship:not-a-uuid`, `admin:${id}`, `mentorship:${id}:x`]) {
      expect(askSchema.safeParse({ ask, note: "" }).success).toBe(false);
    }
    expect(askSchema.safeParse({ ask: `mentorship:${id}`, note: "x".repeat(501) }).success).toBe(false);
    expect(Object.keys(askSchema.parse({ ask: `mentorship:${id}`, note: "", fromId: id }))).toEqual(["toId", "kind", "note"]);
  });

  it("saves or unsaves exactly one mentor, named by the button", () => {
    expect(saveChoiceSchema.parse({ save: id, unsave: "" })).toEqual({ intent: "save", mentorId: id });
    expect(saveChoiceSchema.parse({ save: "", unsave: id })).toEqual({ intent: "unsave", mentorId: id });
    expect(saveChoiceSchema.safeParse({ save: id, unsave: id }).success).toBe(false);
    expect(saveChoiceSchema.safeParse({ save: "", unsave: "" }).success).toBe(false);
    expect(saveChoiceSchema.safeParse({ save: "someone", unsave: "" }).success).toBe(false);
  });
});
