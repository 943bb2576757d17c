import type { RiskLevel } from "@/lib/safety/assess-risk";
import type { ContentNoteValue } from "./words";

/**
 * The rules of spaces, pure (no database): where a new post goes, who may see
 * a post, whether a content-noted post is folded or hidden, and the order of
 * the "waiting for a reply" list. lib/dal/space/ applies them in its queries;
 * tests/unit/spaces/ checks them.
 */

export type PostStatusValue = "published" | "held_first_posts" | "held_space_review" | "held_crisis" | "removed";
export type SpaceStatusValue = "open" | "paused" | "retired";

export interface NewPostContext {
  risk: RiskLevel;
  /** Posts the writer already has that a moderator let through or that were published (any space). */
  writerPublishedBefore: number;
  /** The program setting: how many first posts wait for a moderator (0 = none). */
  firstPostsHeld: number;
  spaceHeldForReview: boolean;
}

/**
 * Where a new post goes. Crisis comes first: such a post never shows in the
 * space until a moderator has talked with the writer. Then a space held for
 * review, then a person's first posts. Everything else is published.
 */
export function statusForNewPost(c: NewPostContext): PostStatusValue {
  if (c.risk === "crisis") return "held_crisis";
  if (c.spaceHeldForReview) return "held_space_review";
  if (c.writerPublishedBefore < c.firstPostsHeld) return "held_first_posts";
  return "published";
}

/** A reply with crisis words is held for a moderator; anything else is shown at once. */
export function statusForNewReply(risk: RiskLevel): "published" | "held_crisis" {
  return risk === "crisis" ? "held_crisis" : "published";
}

export const isHeld = (status: PostStatusValue) => status === "held_first_posts" || status === "held_space_review" || status === "held_crisis";

export interface VisibilityContext {
  status: PostStatusValue;
  viewerIsWriter: boolean;
  viewerIsStaff: boolean;
  /** A block stands between the viewer and the writer (either way). */
  blocked: boolean;
}

/**
 * Who may open a post. The writer always sees their own (with why it waits
 * or why it was removed); moderators see everything; everyone else sees only
 * published posts by someone with no block between them.
 */
export function canSeePost(c: VisibilityContext): boolean {
  if (c.viewerIsStaff) return true;
  if (c.viewerIsWriter) return true;
  return c.status === "published" && !c.blocked;
}

/** How a post shows to a reader given its content note: open, folded until opened, or left out. */
export function foldingFor(note: ContentNoteValue | null, hiddenNotes: readonly ContentNoteValue[], viewerIsWriter: boolean): "open" | "folded" | "hidden" {
  if (!note) return "open";
  if (viewerIsWriter) return "open";
  return hiddenNotes.includes(note) ? "hidden" : "folded";
}

/** The writer may post in a space only while it is open and their posting there isn't paused. */
export function canPostIn(space: { status: SpaceStatusValue }, paused: boolean): { ok: true } | { ok: false; why: string } {
  if (space.status === "retired") return { ok: false, why: "This space has closed. Its posts stay here to read, but new ones go to another space." };
  if (space.status === "paused") return { ok: false, why: "This space is resting for a while, so new posts and replies are paused. You can still read." };
  if (paused) return { ok: false, why: "A moderator has paused your posting in this space. The reason is in your notifications, and you can appeal it." };
  return { ok: true };
}

export interface WaitingPost {
  id: string;
  publishedAt: Date;
  riskLevel: RiskLevel;
}

const riskRank: Record<RiskLevel, number> = { crisis: 2, concern: 1, none: 0 };

/**
 * The "waiting for a reply" list: posts published at least `afterHours` ago
 * with no reply yet, the most at risk first, then the oldest.
 */
export function waitingOrder<T extends WaitingPost>(posts: readonly T[], at: Date, afterHours: number): T[] {
  const cutoff = at.getTime() - afterHours * 60 * 60 * 1000;
  return posts
    .filter((p) => p.publishedAt.getTime() <= cutoff)
    .sort((a, b) => riskRank[b.riskLevel] - riskRank[a.riskLevel] || a.publishedAt.getTime() - b.publishedAt.getTime() || a.id.localeCompare(b.id));
}

/** Why a writer's post is waiting, in words they are shown. */
export function whyWaiting(status: PostStatusValue, firstPostsHeld: number): string | null {
  switch (status) {
    case "held_crisis":
      return "Your post reached our moderators, and they will write to you here. It isn't shown in the space for now, so that a person can check in with you first.";
    case "held_space_review":
      return "Every post in this space is read by a moderator before it is shown. Yours is waiting for them, usually for less than a day.";
    case "held_first_posts":
      return `A person's first ${firstPostsHeld === 1 ? "post is" : `${firstPostsHeld} posts are`} read by a moderator before they are shown. Yours is waiting, usually for less than a day.`;
    default:
      return null;
  }
}

/** Median of a list of numbers (null when empty). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Shown for a writer who chose a pseudonym, for a former member, or the writer's name. */
export function authorLabel(p: { authorGone: boolean; pseudonym: string | null; name: string | null }): string {
  if (p.authorGone || p.name === null) return "a former member";
  return p.pseudonym ?? p.name;
}
