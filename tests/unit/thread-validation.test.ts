import { describe, expect, it } from "vitest";
import { afterSchema, cursorSchema, encodeCursor, MESSAGE_MAX, sendMessageSchema } from "@/lib/validation/messages";

const ids = { relationshipId: "5b1f0a52-4f1e-4d6b-9a49-8f3f3f0b9e11", clientKey: "0f8fad5b-d9cb-469f-a165-70867728950e" };

describe("a message's words", () => {
  it("are trimmed, and must not be empty", () => {
    expect(sendMessageSchema.parse({ ...ids, body: "  hi there \n" }).body).toBe("hi there");
    const empty = sendMessageSchema.safeParse({ ...ids, body: " \n\t " });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Write a message first.");
  });

  it("keep their line breaks, as plain newlines whatever the browser sent", () => {
    expect(sendMessageSchema.parse({ ...ids, body: "one\n\ntwo" }).body).toBe("one\n\ntwo");
    expect(sendMessageSchema.parse({ ...ids, body: "one\r\ntwo\rthree" }).body).toBe("one\ntwo\nthree");
    // Counted as the person sees them: a CRLF is one character.
    expect(sendMessageSchema.safeParse({ ...ids, body: "a\r\n".repeat(MESSAGE_MAX / 2) }).success).toBe(true);
  });

  it(`may be up to ${MESSAGE_MAX} characters, counted after trimming, with a clear error past that`, () => {
    expect(sendMessageSchema.safeParse({ ...ids, body: "a".repeat(MESSAGE_MAX) }).success).toBe(true);
    expect(sendMessageSchema.safeParse({ ...ids, body: `  ${"a".repeat(MESSAGE_MAX)}  ` }).success).toBe(true);
    const long = sendMessageSchema.safeParse({ ...ids, body: "a".repeat(MESSAGE_MAX + 1) });
    expect(long.error?.issues[0]?.message).toBe(`A message can be up to ${MESSAGE_MAX} characters; this one has ${MESSAGE_MAX + 1}. You could send it in two parts.`);
  });

  it("need a draft key that is a UUID", () => {
    expect(sendMessageSchema.safeParse({ ...ids, body: "hi", clientKey: "" }).success).toBe(false);
    expect(sendMessageSchema.safeParse({ ...ids, body: "hi", clientKey: "not-a-uuid" }).success).toBe(false);
  });
});

describe("places in the thread", () => {
  it("round-trip through a cursor", () => {
    const cursor = { createdAt: new Date("2025-03-04T18:05:06.789Z"), id: ids.clientKey };
    expect(cursorSchema.parse(encodeCursor(cursor))).toEqual(cursor);
  });

  it("refuse anything else", () => {
    for (const bad of ["", "yesterday_x", `2025-03-04T18:05:06.789Z_${ids.clientKey}_x`, `${ids.clientKey}`, "2025-13-40T00:00:00Z_" + ids.clientKey]) {
      expect(cursorSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(afterSchema.safeParse("2025-03-04T18:05:06.789Z").success).toBe(true);
    expect(afterSchema.safeParse("soon").success).toBe(false);
  });
});
