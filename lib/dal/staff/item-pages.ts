import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checkInEntries, type ContentKind, messages, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/dal/account/viewer";
import { isSpaceContentRemoved } from "@/lib/dal/space/removal";

/**
 * What the report and safety-item pages (lib/dal/safety/reports.ts,
 * safety-items.ts) show around an item: the person it is about, whether the
 * viewer may act on them, and whether the content was already removed. The
 * callers check the viewer is staff.
 */

export interface ItemSubject {
  id: string;
  name: string;
  status: (typeof users.$inferSelect)["status"];
  /** canModerate(viewer, them): staff and the viewer themselves go to an admin. */
  mayAct: boolean;
}

/** The person an item is about, as an item page shows them. */
export async function itemSubject(viewer: Viewer, subjectId: string | null): Promise<ItemSubject | null> {
  if (!subjectId) return null;
  const [row] = await db().select({ id: users.id, name: users.name, status: users.status, roles: users.roles }).from(users).where(eq(users.id, subjectId));
  return row ? { id: row.id, name: row.name, status: row.status, mayAct: canModerate(viewer, row) } : null;
}

/** Whether a message or entry was already removed (removal is then not offered again). */
export async function isTargetRemoved(kind: ContentKind, id: string): Promise<boolean> {
  if (kind === "space_post" || kind === "space_reply") return isSpaceContentRemoved(kind, id);
  if (kind !== "message" && kind !== "check_in_entry") return false;
  const table = kind === "message" ? messages : checkInEntries;
  const [row] = await db().select({ removedAt: table.removedAt }).from(table).where(eq(table.id, id));
  return Boolean(row?.removedAt);
}
