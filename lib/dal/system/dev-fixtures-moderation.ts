import "server-only";
import { notFound } from "next/navigation";
import { transaction } from "@/db/client";
import { appeals, moderationActions, reports, safetyItems } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { createRelationshipFixture, type FixturePerson } from "./dev-fixtures";

/**
 * Test fixture for browser tests: a relationship (createRelationshipFixture)
 * whose seeker has reported the partner, with an open safety item about the
 * partner, a warning given to the partner and their open appeal of it — one
 * of each thing a moderator opens from the queue, with real ids. Outside
 * production only (the route answers 404 there, and so does this function).
 */
export interface ModerationFixture {
  relationshipId: string;
  seeker: FixturePerson;
  partner: FixturePerson;
  reportId: string;
  safetyItemId: string;
  actionId: string;
  appealId: string;
}

export async function createModerationFixture(): Promise<ModerationFixture> {
  if (env().isProduction) notFound();
  const { relationshipId, seeker, partner } = await createRelationshipFixture({});
  return transaction(async (tx) => {
    const at = now();
    const [report] = await tx
      .insert(reports)
      .values({ reporterId: seeker.id, subjectId: partner.id, targetKind: "person", targetId: partner.id, relationshipId, category: "boundaries", createdAt: at })
      .returning({ id: reports.id });
    const [item] = await tx
      .insert(safetyItems)
      .values({ level: "concern", subjectId: partner.id, targetKind: "person", targetId: partner.id, relationshipId, category: "distress", reasons: ["fixture"], createdAt: at })
      .returning({ id: safetyItems.id });
    const [action] = await tx
      .insert(moderationActions)
      .values({ subjectId: partner.id, action: "warn", reason: "A fixture warning, for the browser tests.", createdAt: at })
      .returning({ id: moderationActions.id });
    const [appeal] = await tx
      .insert(appeals)
      .values({ actionId: action!.id, userId: partner.id, text: "A fixture appeal, for the browser tests.", createdAt: at })
      .returning({ id: appeals.id });
    return { relationshipId, seeker, partner, reportId: report!.id, safetyItemId: item!.id, actionId: action!.id, appealId: appeal!.id };
  });
}
