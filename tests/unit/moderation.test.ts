import { describe, expect, it } from "vitest";
import { availableActions } from "@/lib/moderation/actions";
import { APPEAL_LINK_TTL_MS, parseAppealLink, signAppealLink, verifyAppealLink } from "@/lib/moderation/appeal-link";
import { describeWait } from "@/lib/moderation/words";

process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";

describe("waiting times, as a busy moderator reads them", () => {
  const at = new Date("2026-03-01T12:00:00Z");
  const ago = (minutes: number) => new Date(at.getTime() - minutes * 60_000);
  it.each([
    [0, "under a minute"],
    [5, "5 min"],
    [60, "1 h"],
    [130, "2 h 10 min"],
    [24 * 60, "1 day"],
    [(4 * 24 + 3) * 60, "4 days 3 h"],
  ])("%i minutes → %s", (minutes, words) => expect(describeWait(ago(minutes), at)).toBe(words));
});

describe("which actions an item offers", () => {
  it("offers removal only for messages and entries not yet removed, and status changes that fit the account", () => {
    expect(availableActions({ kind: "message", removed: false }, "active")).toEqual(["dismiss", "warn", "remove_content", "suspend", "ban"]);
    expect(availableActions({ kind: "message", removed: true }, "active")).toEqual(["dismiss", "warn", "suspend", "ban"]);
    expect(availableActions({ kind: "person", removed: false }, "suspended")).toEqual(["dismiss", "ban", "reinstate"]);
    expect(availableActions({ kind: "profile", removed: false }, "banned")).toEqual(["dismiss", "reinstate"]);
    expect(availableActions({ kind: "message", removed: false }, null)).toEqual(["dismiss"]);
  });
});

describe("appeal links", () => {
  const actionId = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b";
  const userId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  const at = new Date("2026-03-01T12:00:00Z");

  it("is genuine for its person until it expires", () => {
    const token = signAppealLink(actionId, userId, at);
    expect(parseAppealLink(token)?.actionId).toBe(actionId);
    expect(verifyAppealLink(token, userId, at)).toBe(true);
    expect(verifyAppealLink(token, userId, new Date(at.getTime() + APPEAL_LINK_TTL_MS - 1000))).toBe(true);
    expect(verifyAppealLink(token, userId, new Date(at.getTime() + APPEAL_LINK_TTL_MS + 1000))).toBe(false);
  });

  it("cannot be moved to another person or action, or altered", () => {
    const token = signAppealLink(actionId, userId, at);
    expect(verifyAppealLink(token, "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", at)).toBe(false);
    const [, expires, signature] = token.split(".");
    expect(verifyAppealLink(`7f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b.${expires}.${signature}`, userId, at)).toBe(false);
    expect(verifyAppealLink(`${actionId}.${Number(expires) + 86_400}.${signature}`, userId, at)).toBe(false);
    expect(verifyAppealLink("not a token", userId, at)).toBe(false);
  });
});
