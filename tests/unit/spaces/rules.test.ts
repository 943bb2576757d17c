import { describe, expect, it } from "vitest";
import { authorLabel, canPostIn, canSeePost, foldingFor, median, statusForNewPost, statusForNewReply, waitingOrder, whyWaiting } from "@/lib/spaces/rules";

describe("where a new post goes", () => {
  const base = { risk: "none" as const, writerPublishedBefore: 5, firstPostsHeld: 2, spaceHeldForReview: false };
  it("crisis words hold it for moderators before anything else", () => {
    expect(statusForNewPost({ ...base, risk: "crisis", spaceHeldForReview: true, writerPublishedBefore: 0 })).toBe("held_crisis");
  });
  it("a space held for review holds every post", () => {
    expect(statusForNewPost({ ...base, spaceHeldForReview: true })).toBe("held_space_review");
  });
  it("a person's first posts wait, up to the setting", () => {
    expect(statusForNewPost({ ...base, writerPublishedBefore: 0 })).toBe("held_first_posts");
    expect(statusForNewPost({ ...base, writerPublishedBefore: 1 })).toBe("held_first_posts");
    expect(statusForNewPost({ ...base, writerPublishedBefore: 2 })).toBe("published");
    expect(statusForNewPost({ ...base, writerPublishedBefore: 0, firstPostsHeld: 0 })).toBe("published");
  });
  it("concern words are published (with support beside them)", () => {
    expect(statusForNewPost({ ...base, risk: "concern" })).toBe("published");
    expect(statusForNewReply("concern")).toBe("published");
    expect(statusForNewReply("crisis")).toBe("held_crisis");
  });
});

describe("who may see a post", () => {
  const c = { status: "published" as const, viewerIsWriter: false, viewerIsStaff: false, blocked: false };
  it("others see only published posts with no block between them", () => {
    expect(canSeePost(c)).toBe(true);
    expect(canSeePost({ ...c, blocked: true })).toBe(false);
    for (const status of ["held_first_posts", "held_space_review", "held_crisis", "removed"] as const) expect(canSeePost({ ...c, status })).toBe(false);
  });
  it("the writer and moderators always see it", () => {
    expect(canSeePost({ ...c, status: "held_crisis", viewerIsWriter: true })).toBe(true);
    expect(canSeePost({ ...c, status: "removed", viewerIsStaff: true, blocked: true })).toBe(true);
  });
});

describe("content notes", () => {
  it("fold for readers, hide when the reader chose so, and never for the writer", () => {
    expect(foldingFor(null, ["loss"], false)).toBe("open");
    expect(foldingFor("loss", [], false)).toBe("folded");
    expect(foldingFor("loss", ["loss"], false)).toBe("hidden");
    expect(foldingFor("loss", ["loss"], true)).toBe("open");
  });
});

describe("the waiting list", () => {
  const at = new Date("2026-12-06T12:00:00Z");
  const hoursAgo = (h: number) => new Date(at.getTime() - h * 3600_000);
  it("keeps posts past the setting, most at risk first, then the oldest", () => {
    const posts = [
      { id: "a", publishedAt: hoursAgo(30), riskLevel: "none" as const },
      { id: "b", publishedAt: hoursAgo(13), riskLevel: "concern" as const },
      { id: "c", publishedAt: hoursAgo(2), riskLevel: "crisis" as const },
      { id: "d", publishedAt: hoursAgo(40), riskLevel: "none" as const },
    ];
    expect(waitingOrder(posts, at, 12).map((p) => p.id)).toEqual(["b", "d", "a"]);
  });
});

describe("small rules", () => {
  it("posting needs an open space and no pause", () => {
    expect(canPostIn({ status: "open" }, false)).toEqual({ ok: true });
    expect(canPostIn({ status: "paused" }, false).ok).toBe(false);
    expect(canPostIn({ status: "retired" }, false).ok).toBe(false);
    expect(canPostIn({ status: "open" }, true).ok).toBe(false);
  });
  it("says why a post waits, and nothing for a published one", () => {
    expect(whyWaiting("held_first_posts", 2)).toMatch(/first 2 posts/);
    expect(whyWaiting("held_crisis", 2)).toMatch(/moderators/);
    expect(whyWaiting("published", 2)).toBeNull();
  });
  it("names a former member, a pseudonym or the name", () => {
    expect(authorLabel({ authorGone: true, pseudonym: "owl", name: "Sam" })).toBe("a former member");
    expect(authorLabel({ authorGone: false, pseudonym: "owl", name: "Sam" })).toBe("owl");
    expect(authorLabel({ authorGone: false, pseudonym: null, name: "Sam" })).toBe("Sam");
  });
  it("median", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 20])).toBe(5);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
});
