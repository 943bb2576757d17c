import "server-only";
import { and, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checkIns, fitChecks } from "@/db/schema";
import { dueFitStage, fitStageOpen, type FitStage } from "@/lib/care/fit-stage";
import { now } from "@/lib/clock";
import { ConflictError } from "@/lib/errors";
import { fitCheckSchema, type FitChoice } from "@/lib/validation/care";
import { accessActiveRelationship, accessRelationship } from "./access";
import { foldRowsOf } from "./fold-rows";

/**
 * The fit check: "How is this fit for you?", asked of each person on their
 * own after the first and the third kept check-ins. Answers belong to the
 * person who gave them: every query here is filtered on the viewer, so the
 * other person's answer is never read, let alone returned.
 */

export interface FitCheckState {
  /** The stage to ask now, or null (not due yet, answered, or the relationship has ended). */
  ask: FitStage | null;
  /** The viewer's most recent answer, shown back to them only. */
  latest: { stage: FitStage; answer: FitChoice } | null;
  /** True when the viewer's latest answer is "not a fit" and the relationship is still going. */
  offerEnding: boolean;
}

/** For the answer: read afresh, as the write is checked against it. */
async function keptCount(relationshipId: string) {
  const [row] = await db()
    .select({ n: count() })
    .from(checkIns)
    .where(and(eq(checkIns.relationshipId, relationshipId), eq(checkIns.status, "kept")));
  return row?.n ?? 0;
}

/** The viewer's fit check, from the rows the folds read in one statement (./fold-rows.ts). */
export async function fitCheckState(relationshipId: string): Promise<FitCheckState> {
  const access = await accessRelationship(relationshipId);
  const { keptCheckIns, fitAnswers: mine } = await foldRowsOf(access);
  const active = access.status === "active";
  const due = dueFitStage(keptCheckIns);
  const latest = mine[0] ? { stage: mine[0].stage, answer: mine[0].answer } : null;
  return {
    ask: active && due !== null && !mine.some((m) => m.stage === due) ? due : null,
    latest,
    offerEnding: active && latest?.answer === "not_a_fit",
  };
}

/** Records the viewer's answer for a stage that is due. Answering the same stage twice keeps the first answer. */
export async function answerFitCheck(input: unknown): Promise<{ recorded: boolean; answer: FitChoice }> {
  const { relationshipId, stage, answer } = fitCheckSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  if (!fitStageOpen(stage, await keptCount(access.id))) {
    throw new ConflictError(stage === 1 ? "We ask this after your first check-in together." : "We ask this again after your third check-in together.");
  }
  const [row] = await db()
    .insert(fitChecks)
    .values({ relationshipId: access.id, userId: access.viewer.id, stage, answer, createdAt: now() })
    .onConflictDoNothing({ target: [fitChecks.relationshipId, fitChecks.userId, fitChecks.stage] })
    .returning({ answer: fitChecks.answer });
  if (row) return { recorded: true, answer: row.answer };
  const [first] = await db()
    .select({ answer: fitChecks.answer })
    .from(fitChecks)
    .where(and(eq(fitChecks.relationshipId, access.id), eq(fitChecks.userId, access.viewer.id), eq(fitChecks.stage, stage)));
  return { recorded: false, answer: first?.answer ?? answer };
}
