import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { blocks, circleMessages, circles, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { FACILITATOR_CRISIS_GUIDANCE, type CircleMessageDto } from "@/lib/circles";
import { ConflictError } from "@/lib/errors";
import { contexts, seal, unseal } from "@/lib/privacy/encryption";
import { circleMessageSchema } from "@/lib/validation/circles";
import { afterSchema, cursorSchema, type ThreadCursor } from "@/lib/validation/messages";
import { olderThan, threadPage } from "@/lib/dal/system/keyset";
import { notify } from "@/lib/dal/notifications/bell";
import { assessForStorage, storedLevel } from "@/lib/dal/safety/risk-record";
import { timezoneOf } from "@/lib/dal/relationship/access";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { escalateFor } from "@/lib/dal/safety/risk-record";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { accessCircle, type CircleAccess } from "./access";
import { markThere } from "./sessions";

/**
 * The circle thread: the facilitator and current members only (accessCircle),
 * bodies sealed with the circle's context. Crisis care as in the 1:1 thread:
 * the words are delivered as written; the author sees crisis lines at once
 * (the page shows them beside their message); the facilitator gets guidance
 * on their bell; a safety item reaches moderators in the same transaction.
 * Two members with a block between them do not see each other's messages.
 * The detector's answer is stored with the message when it is sent, so
 * reading and polling the thread never re-run the detector.
 */

export type { CircleMessageDto };

/** The newest messages sent with the page; "Show earlier messages" brings older ones a page at a time. */
export const CIRCLE_THREAD_FIRST_PAGE = 20;
const EARLIER_PAGE = 40;

const columns = {
  id: circleMessages.id,
  authorId: circleMessages.authorId,
  authorName: users.name,
  body: circleMessages.body,
  keyId: circleMessages.keyId,
  createdAt: circleMessages.createdAt,
  sessionNumber: circleMessages.sessionNumber,
  removedAt: circleMessages.removedAt,
  riskLevel: circleMessages.riskLevel,
  riskVersion: circleMessages.riskVersion,
};

type Row = {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  keyId: string;
  createdAt: Date;
  sessionNumber: number | null;
  removedAt: Date | null;
  riskLevel: string;
  riskVersion: number;
};

function toDto(row: Row, access: CircleAccess): CircleMessageDto {
  const mine = row.authorId === access.viewer.id;
  const base = {
    id: row.id,
    authorName: mine ? "You" : row.authorName.split(" ")[0]!,
    mine,
    byFacilitator: row.authorId === access.circle.facilitatorId,
    createdAt: row.createdAt.toISOString(),
    sessionNumber: row.sessionNumber,
  };
  if (row.removedAt) return { ...base, body: "", risk: "none", removed: true };
  let body = "";
  try {
    body = unseal({ ciphertext: row.body, keyId: row.keyId }, contexts.circleMessage(access.circle.id));
  } catch {
    console.error(`[circle-thread] message ${row.id} could not be opened`);
  }
  // Only the author (crisis lines beside their words) and the facilitator (guidance) are shown the level.
  const risk = mine || access.role === "facilitator" ? storedLevel(row, () => body) : "none";
  return { ...base, body, risk };
}

/** No block stands between the viewer and the author. */
const notBlocked = (viewerId: string) =>
  sql`not exists (select 1 from ${blocks} where ${blocks.pairLow} = least(${circleMessages.authorId}, ${viewerId}::uuid) and ${blocks.pairHigh} = greatest(${circleMessages.authorId}, ${viewerId}::uuid))`;

/** A page of the thread, oldest first, and the place to ask for the page before it (null at the start). */
export interface CircleThreadPage {
  messages: CircleMessageDto[];
  earlier: string | null;
}

/** The `size` messages before a place (or the newest), oldest first; one more row than asked says whether there are earlier ones. */
async function pageOf(access: CircleAccess, before: ThreadCursor | null, size: number): Promise<CircleThreadPage> {
  const rows = await db()
    .select(columns)
    .from(circleMessages)
    .innerJoin(users, eq(users.id, circleMessages.authorId))
    .where(
      and(
        eq(circleMessages.circleId, access.circle.id),
        notBlocked(access.viewer.id),
        before ? olderThan(circleMessages.createdAt, circleMessages.id, before.createdAt, before.id) : undefined,
      ),
    )
    .orderBy(desc(circleMessages.createdAt), desc(circleMessages.id))
    .limit(size + 1);
  const { rows: page, earlier } = threadPage(rows, size);
  return { messages: page.map((r) => toDto(r, access)), earlier };
}

export async function openCircleThread(
  circleId: unknown,
): Promise<CircleThreadPage & { serverTime: string; active: boolean; region: CrisisRegion | undefined; timezone: string }> {
  const access = await accessCircle(circleId);
  const zone = timezoneOf(access.viewer.id);
  // The crisis lines the composer shows while someone types crisis words: their own region's, named in place.
  const regionOf = zone.then(async (z) => (await crisisResourcesFor(z)).find((r) => r.matchesTimezone));
  const first = await pageOf(access, null, CIRCLE_THREAD_FIRST_PAGE);
  return { ...first, serverTime: now().toISOString(), active: access.circle.status !== "ended", region: await regionOf, timezone: await zone };
}

/** "Show earlier messages": the page before a place in the thread, for the facilitator and current members only. */
export async function earlierCircleMessages(circleId: unknown, before: unknown): Promise<CircleThreadPage> {
  const access = await accessCircle(circleId);
  return pageOf(access, cursorSchema.parse(before), EARLIER_PAGE);
}

/** What is new since `after` (the browser's poll; it drops repeats by id). */
export async function circleThreadSince(circleId: unknown, after: unknown): Promise<{ messages: CircleMessageDto[]; active: boolean }> {
  const access = await accessCircle(circleId);
  const since = new Date(afterSchema.parse(after).getTime() - 2000);
  const rows = await db()
    .select(columns)
    .from(circleMessages)
    .innerJoin(users, eq(users.id, circleMessages.authorId))
    .where(and(eq(circleMessages.circleId, access.circle.id), gt(circleMessages.createdAt, since), notBlocked(access.viewer.id)))
    .orderBy(asc(circleMessages.createdAt), asc(circleMessages.id))
    .limit(200);
  return { messages: rows.map((r) => toDto(r, access)), active: access.circle.status !== "ended" };
}

/** Sends a message (once per clientKey); writing while a session is open counts as being there. */
export async function sendCircleMessage(input: unknown): Promise<CircleMessageDto> {
  const { circleId, body, clientKey } = circleMessageSchema.parse(input);
  const access = await accessCircle(circleId);
  if (access.circle.status === "ended") throw new ConflictError("This circle has ended; its thread can be read but not added to.");
  return transaction(async (tx) => {
    // Shared lock: an ending or a removal at the same moment either comes first or waits.
    await tx.select({ id: circles.id }).from(circles).where(eq(circles.id, access.circle.id)).for("share");
    const sessionNumber = access.role === "member" ? await markThere(access.circle.id, access.viewer.id) : null;
    const sealed = seal(body, contexts.circleMessage(access.circle.id));
    const createdAt = now();
    const { assessment: risk, stored } = assessForStorage(body);
    const [inserted] = await tx
      .insert(circleMessages)
      .values({ circleId: access.circle.id, authorId: access.viewer.id, body: sealed.ciphertext, keyId: sealed.keyId, clientKey, sessionNumber, createdAt, ...stored })
      .onConflictDoNothing({ target: [circleMessages.circleId, circleMessages.authorId, circleMessages.clientKey] })
      .returning({ id: circleMessages.id });
    const id =
      inserted?.id ??
      (
        await tx
          .select({ id: circleMessages.id })
          .from(circleMessages)
          .where(and(eq(circleMessages.circleId, access.circle.id), eq(circleMessages.authorId, access.viewer.id), eq(circleMessages.clientKey, clientKey)))
      )[0]!.id;
    if (inserted) {
      if (risk.level !== "none") {
        await raiseSafetyItem({
          level: risk.level,
          subjectId: access.viewer.id,
          targetKind: "circle_message",
          targetId: id,
          relationshipId: null,
          reasons: risk.reasons,
          category: stored.riskCategory,
        });
        // Several concerns in a day, here or anywhere else, make one crisis-priority item.
        if (risk.level === "concern") await escalateFor(access.viewer.id);
        if (access.role === "member") {
          await notify({
            userId: access.circle.facilitatorId,
            kind: "circle-crisis-guidance",
            dedupeKey: `circle-crisis:${id}`,
            title: "Someone in your circle may need care",
            body: FACILITATOR_CRISIS_GUIDANCE,
            href: `/circles/${access.circle.id}#thread`,
          });
        }
      }
    }
    const [row] = await tx.select(columns).from(circleMessages).innerJoin(users, eq(users.id, circleMessages.authorId)).where(eq(circleMessages.id, id));
    return toDto(row!, access);
  });
}
