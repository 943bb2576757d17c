import "server-only";
import { and, eq, gte, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { checkInEntries, circleMessages, type ContentKind, messages, needsProfiles, spacePosts, spaceReplies } from "@/db/schema";
import { now } from "@/lib/clock";
import { assessRisk, RISK_DETECTOR_VERSION, type RiskAssessment } from "@/lib/safety/assess-risk";
import { CONCERN_CATEGORIES, CRISIS_CATEGORIES, type RiskCategory, type RiskLevel, RISK_CATEGORY_SEVERITY } from "@/lib/safety/categories";
import { type AssessedItem, escalate, ESCALATION_WINDOW_MS } from "@/lib/safety/escalation";
import { escalationItemOf, raiseEscalationItem, raiseSafetyItem } from "./safety-items";

/**
 * The risk detector's answer, stored beside the words when they are written
 * (messages, check-in entries, needs-profile texts), and what follows from
 * it: a safety item for moderators at once, and — for concern-level words —
 * a look over the person's recent assessments for escalation over time.
 * Reads use the stored answer; `npm run risk:reassess` refreshes rows written
 * by an older RISK_DETECTOR_VERSION.
 */

export interface StoredRisk {
  riskLevel: RiskLevel;
  riskCategory: RiskCategory;
  riskVersion: number;
}

const KNOWN: ReadonlySet<string> = new Set<string>([...CRISIS_CATEGORIES, ...CONCERN_CATEGORIES, "none"]);

/** Category is optional in the detector's contract: fall back to "none" (or "distress" for a flagged text without one). */
function categoryOf(assessment: RiskAssessment): RiskCategory {
  const c = (assessment as { category?: string }).category;
  if (c && KNOWN.has(c)) return c as RiskCategory;
  return assessment.level === "none" ? "none" : "distress";
}

/** Assesses a text (or several, keeping the most urgent answer) and gives the columns to store. */
export function assessForStorage(texts: string | readonly (string | null | undefined)[]): { assessment: RiskAssessment; stored: StoredRisk } {
  const list = (typeof texts === "string" ? [texts] : texts).filter((t): t is string => typeof t === "string" && t.trim() !== "");
  let best: RiskAssessment = { level: "none", category: "none", reasons: [] };
  const rank = { none: 0, concern: 1, crisis: 2 } as const;
  for (const text of list) {
    const a = assessRisk(text);
    if (rank[a.level] > rank[best.level] || (rank[a.level] === rank[best.level] && RISK_CATEGORY_SEVERITY[categoryOf(a)] > RISK_CATEGORY_SEVERITY[categoryOf(best)])) best = a;
  }
  return { assessment: best, stored: { riskLevel: best.level, riskCategory: categoryOf(best), riskVersion: RISK_DETECTOR_VERSION } };
}

/** The stored level of a row, as the thread reads it; a row never assessed (version 0, written before these columns) is assessed now. */
export function storedLevel(row: { riskLevel: string; riskVersion: number }, text: () => string): RiskLevel {
  if (row.riskVersion > 0) return row.riskLevel === "crisis" || row.riskLevel === "concern" ? row.riskLevel : "none";
  return assessRisk(text()).level;
}

export interface RecordRisk {
  assessment: RiskAssessment;
  subjectId: string;
  targetKind: ContentKind;
  targetId: string;
  relationshipId: string | null;
}

/**
 * After the words and their stored assessment are saved (same transaction):
 * a flagged text raises its safety item, with its category; a concern-level
 * one also checks the person's last 24 hours for escalation.
 */
export async function actOnRisk(input: RecordRisk): Promise<void> {
  const { assessment } = input;
  if (assessment.level === "none") return;
  await raiseSafetyItem({
    level: assessment.level,
    subjectId: input.subjectId,
    targetKind: input.targetKind,
    targetId: input.targetId,
    relationshipId: input.relationshipId,
    reasons: assessment.reasons,
    category: categoryOf(assessment),
  });
  if (assessment.level === "concern") await escalateFor(input.subjectId);
}

/**
 * The person's concern-level assessments from the last 24 hours, from the
 * stored columns (never re-reading the words): messages, check-in entries,
 * their needs profile, and what they wrote in circles and spaces (a person
 * struggling says it wherever they are; a sequence split across a circle and
 * a space is still one sequence). Only what came after their escalation item was
 * last closed counts, so a moderator's decision is not undone by the same
 * sequence a minute later.
 */
export async function recentAssessmentsOf(subjectId: string, since: Date): Promise<AssessedItem[]> {
  const [fromMessages, fromEntries, fromProfile, fromCircles, fromPosts, fromReplies] = await Promise.all([
    db()
      .select({ level: messages.riskLevel, category: messages.riskCategory, at: messages.createdAt })
      .from(messages)
      .where(and(eq(messages.authorId, subjectId), ne(messages.riskLevel, "none"), gte(messages.createdAt, since))),
    db()
      .select({ level: checkInEntries.riskLevel, category: checkInEntries.riskCategory, at: checkInEntries.updatedAt })
      .from(checkInEntries)
      .where(and(eq(checkInEntries.authorId, subjectId), ne(checkInEntries.riskLevel, "none"), gte(checkInEntries.updatedAt, since))),
    db()
      .select({ level: needsProfiles.riskLevel, category: needsProfiles.riskCategory, at: needsProfiles.updatedAt })
      .from(needsProfiles)
      .where(and(eq(needsProfiles.userId, subjectId), ne(needsProfiles.riskLevel, "none"), gte(needsProfiles.updatedAt, since))),
    db()
      .select({ level: circleMessages.riskLevel, category: circleMessages.riskCategory, at: circleMessages.createdAt })
      .from(circleMessages)
      .where(and(eq(circleMessages.authorId, subjectId), ne(circleMessages.riskLevel, "none"), gte(circleMessages.createdAt, since))),
    db()
      .select({ level: spacePosts.riskLevel, category: spacePosts.riskCategory, at: spacePosts.createdAt })
      .from(spacePosts)
      .where(and(eq(spacePosts.authorId, subjectId), ne(spacePosts.riskLevel, "none"), gte(spacePosts.createdAt, since))),
    db()
      .select({ level: spaceReplies.riskLevel, category: spaceReplies.riskCategory, at: spaceReplies.createdAt })
      .from(spaceReplies)
      .where(and(eq(spaceReplies.authorId, subjectId), ne(spaceReplies.riskLevel, "none"), gte(spaceReplies.createdAt, since))),
  ]);
  // A reply written before its category was stored (migration 0024) has none: it is read as distress, like any unknown kind.
  return [...fromMessages, ...fromEntries, ...fromProfile, ...fromCircles, ...fromPosts, ...fromReplies].map((r) => ({ level: r.level, category: (r.category !== null && KNOWN.has(r.category) ? r.category : "distress") as RiskCategory, at: r.at }));
}

/** Runs the escalation rule over the person's recent assessments and raises or updates their one escalation item. */
export async function escalateFor(subjectId: string): Promise<{ escalated: boolean }> {
  const at = now();
  const existing = await escalationItemOf(subjectId);
  let since = new Date(at.getTime() - ESCALATION_WINDOW_MS);
  if (existing?.status === "resolved" && existing.resolvedAt && existing.resolvedAt > since) since = existing.resolvedAt;
  const recent = await recentAssessmentsOf(subjectId, since);
  const result = escalate(recent, at);
  if (!result.escalate) return { escalated: false };
  await raiseEscalationItem({ subjectId, categories: result.categories });
  return { escalated: true };
}
