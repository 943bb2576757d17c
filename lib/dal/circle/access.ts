import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor, prepared } from "@/db/client";
import { circleMembers, circles, type Circle } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { uuid } from "@/lib/validation/fields";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";
import { perRequest } from "@/lib/dal/system/request-scope";

/**
 * The one door into a circle for everything inside it (page, thread,
 * sessions, actions): the facilitator and current members only. Anyone else
 * is told it does not exist (a 404), never that it does.
 */
export interface CircleAccess {
  viewer: Viewer;
  circle: Circle;
  role: "facilitator" | "member";
}

export const CIRCLE_NOT_FOUND = "We couldn't find that circle.";

/**
 * The circle for the signed-in viewer, or NotFoundError. Read once per
 * request (lib/dal/system/request-scope): the circle page's parts (the page,
 * the thread, the safety panel) share it. Inside transaction() it reads
 * through the transaction; `lock` takes the circle row for update.
 */
export async function accessCircle(circleId: unknown, options: { lock?: boolean } = {}): Promise<CircleAccess> {
  const viewer = await requireViewer();
  const parsed = uuid.safeParse(circleId);
  if (!parsed.success) throw new NotFoundError(CIRCLE_NOT_FOUND);
  const found = options.lock ? await readAccess(viewer.id, parsed.data, true) : await readAccessOnce(viewer.id, parsed.data);
  if (!found) throw new NotFoundError(CIRCLE_NOT_FOUND);
  return { viewer, ...found };
}

/** One statement: the circle, and whether the viewer holds a seat in it now (`viewerId` and `circleId` filled when it runs). */
function accessQuery(executor: Executor) {
  const seated = sql<boolean>`exists (select 1 from ${circleMembers} where ${and(eq(circleMembers.circleId, circles.id), eq(circleMembers.userId, sql.placeholder("viewerId")), isNull(circleMembers.leftAt))})`;
  return executor.select({ circle: circles, seated }).from(circles).where(eq(circles.id, sql.placeholder("circleId")));
}

/** Built once per connection (db/client.ts#prepared): the circle page and its thread's poll start here. */
const readAccessPrepared = prepared("circle_access", accessQuery);

async function readAccess(viewerId: string, circleId: string, lock = false): Promise<Omit<CircleAccess, "viewer"> | null> {
  const values = { viewerId, circleId };
  // Locking happens inside a transaction, where a query is built afresh anyway.
  const [row] = lock ? await accessQuery(db()).for("update").execute(values) : await readAccessPrepared(values);
  if (!row) return null;
  const { circle } = row;
  // A facilitator who stepped back (or was stopped by moderation) no longer holds the circle.
  if (circle.facilitatorId === viewerId) return circle.facilitatorAway ? null : { circle, role: "facilitator" };
  return row.seated ? { circle, role: "member" } : null;
}

const readAccessOnce = perRequest("circle-access", (viewerId: string, circleId: string) => readAccess(viewerId, circleId));

export async function accessAsFacilitator(circleId: unknown, options: { lock?: boolean } = {}): Promise<CircleAccess> {
  const access = await accessCircle(circleId, options);
  if (access.role !== "facilitator") throw new NotFoundError(CIRCLE_NOT_FOUND);
  return access;
}

/** The rhythm fields of a circle row, as lib/circles reads them. */
export function rhythmOf(circle: Circle) {
  return {
    cadence: circle.cadence,
    day: circle.day as "mon",
    startMinute: circle.startMinute,
    durationMinutes: circle.durationMinutes,
    timezone: circle.timezone,
    startsOn: circle.startsOn,
    lengthSessions: circle.lengthSessions,
  };
}
