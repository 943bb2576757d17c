import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/env";
import { contexts, parseKeyring, seal, sealJson, unseal, unsealJson } from "@/lib/privacy/encryption";

const key = () => randomBytes(32).toString("base64");
const ring = parseKeyring(`k2:${key()},k1:${key()}`);
const context = contexts.message("2b1f3c1e-0000-4000-8000-000000000001");

describe("encryption at rest", () => {
  it("round-trips any text, and the ciphertext shows none of it", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: "grapheme" }), (text) => {
        const sealed = seal(text, context, ring);
        expect(sealed.keyId).toBe("k2");
        expect(unseal(sealed, context, ring)).toBe(text);
        if (text.length >= 4) expect(Buffer.from(sealed.ciphertext, "base64").toString("utf8")).not.toContain(text);
      }),
      { numRuns: 200 },
    );
  });

  it("never produces the same ciphertext twice for the same text (fresh IV)", () => {
    expect(seal("same words", context, ring).ciphertext).not.toBe(seal("same words", context, ring).ciphertext);
  });

  it("refuses a ciphertext moved to another thread or another kind of field", () => {
    const sealed = seal("only for this thread", context, ring);
    expect(() => unseal(sealed, contexts.message("2b1f3c1e-0000-4000-8000-000000000002"), ring)).toThrow();
    expect(() => unseal(sealed, contexts.checkInEntry("2b1f3c1e-0000-4000-8000-000000000001"), ring)).toThrow();
  });

  it("refuses a tampered ciphertext", () => {
    const sealed = seal("do not change me", context, ring);
    const raw = Buffer.from(sealed.ciphertext, "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => unseal({ ...sealed, ciphertext: raw.toString("base64") }, context, ring)).toThrow();
  });

  it("reads rows written with an older key that is still in the ring, and names a missing key", () => {
    const older = parseKeyring(`k1:${Buffer.from(ring.keys.get("k1")!).toString("base64")}`);
    const sealed = seal("written long ago", context, older);
    expect(sealed.keyId).toBe("k1");
    expect(unseal(sealed, context, ring)).toBe("written long ago");
    const without = parseKeyring(`k3:${key()}`);
    expect(() => unseal(sealed, context, without)).toThrow(/No data key "k1"/);
  });

  it("seals JSON objects as one value", () => {
    const value = { arriving: "tired", onMind: "work\nand home", wouldHelp: null };
    expect(unsealJson(sealJson(value, context, ring), context, ring)).toEqual(value);
  });

  it("rejects bad DATA_KEYS with a message that says what to fix", () => {
    expect(() => parseKeyring("")).toThrow(ConfigError);
    expect(() => parseKeyring("nokey")).toThrow(/id:base64key/);
    expect(() => parseKeyring(`k1:${randomBytes(16).toString("base64")}`)).toThrow(/32 bytes/);
    expect(() => parseKeyring(`k1:${key()},k1:${key()}`)).toThrow(/twice/);
  });
});
