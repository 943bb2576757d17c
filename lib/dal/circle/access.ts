import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { circleMembers, circles, type Circle } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { uuid } from "@/lib/validation/fields";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";

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

export async function accessCircle(circleId: unknown, options: { lock?: boolean } = {}): Promise<CircleAccess> {
  const viewer = await requireViewer();
  const parsed = uuid.safeParse(circleId);
  if (!parsed.success) throw new NotFoundError(CIRCLE_NOT_FOUND);
  const query = db().select().from(circles).where(eq(circles.id, parsed.data));
  const [circle] = options.lock ? await query.for("update") : await query;
  if (!circle) throw new NotFoundError(CIRCLE_NOT_FOUND);
  // A facilitator who stepped back (or was stopped by moderation) no longer holds the circle.
  if (circle.facilitatorId === viewer.id) {
    if (circle.facilitatorAway) throw new NotFoundError(CIRCLE_NOT_FOUND);
    return { viewer, circle, role: "facilitator" };
  }
  const [seat] = await db()
    .select({ id: circleMembers.id })
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.userId, viewer.id), isNull(circleMembers.leftAt)));
  if (!seat) throw new NotFoundError(CIRCLE_NOT_FOUND);
  return { viewer, circle, role: "member" };
}

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
