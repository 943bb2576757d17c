import "server-only";
import { eq, sql } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { db, prepared } from "@/db/client";
import { signedOutSessions, users } from "@/db/schema";
import { isAdmin, isStaff } from "@/lib/auth/roles";
import type { Viewer, ViewerState } from "@/lib/auth/viewer";
import { readSession } from "@/lib/dal/account/session";
import { perRequest } from "@/lib/dal/system/request-scope";

export type { SessionEndReason, Viewer, ViewerState } from "@/lib/auth/viewer";

/**
 * Reads the session token and checks it against the database: the account
 * must be active and the token's session version current. Once per request
 * (lib/dal/system/request-scope): one indexed query (the users primary key,
 * and the signed-out sessions' primary key inside it). Inside a transaction
 * it reads again, through the transaction.
 */
export const getViewerState = perRequest("viewer", (): Promise<ViewerState> => readViewerState());

async function readViewerState(): Promise<ViewerState> {
  const session = await readSession();
  if (!session) return { kind: "anonymous" };
  const [row] = await viewerRow({ userId: session.userId, sessionId: session.sessionId ?? null });
  if (!row) return { kind: "ended", reason: "deleted" };
  if (row.status !== "active") return { kind: "ended", reason: row.status };
  if (row.sessionVersion !== session.sessionVersion) return { kind: "ended", reason: "signed-out-everywhere" };
  if (row.signedOut) return { kind: "ended", reason: "signed-out" };
  return { kind: "signed-in", viewer: { id: row.id, name: row.name, email: row.email, roles: row.roles } };
}

/** Built once (db/client.ts#prepared): every signed-in request makes this read. */
const viewerRow = prepared("viewer_check", (executor) =>
  executor
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      roles: users.roles,
      status: users.status,
      sessionVersion: users.sessionVersion,
      // One lookup in the same query: was this very session signed out? (No session id: it cannot have been.)
      signedOut: sql<boolean>`exists (select 1 from ${signedOutSessions} where ${signedOutSessions.sessionId} = ${sql.placeholder("sessionId")})`,
    })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .limit(1),
);

/** The viewer, or null when nobody is signed in. An ended session is cleared first. */
export async function currentViewer(): Promise<Viewer | null> {
  const state = await getViewerState();
  if (state.kind === "ended") redirect("/session-ended");
  return state.kind === "signed-in" ? state.viewer : null;
}

export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** Moderators and admins. Everyone else gets a 404: /admin does not exist for them. */
export async function requireStaff(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer || !isStaff(viewer.roles)) notFound();
  return viewer;
}

export async function requireAdmin(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer || !isAdmin(viewer.roles)) notFound();
  return viewer;
}

/**
 * Records that this session was signed out, so the token is refused from now
 * on even if an in-flight request sets the cookie again. Other devices stay
 * signed in (that is "sign out everywhere").
 */
export async function forgetThisSession() {
  const session = await readSession();
  if (!session?.sessionId) return;
  const expiresAt = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000); // a little past the token's 30 days
  await db().insert(signedOutSessions).values({ sessionId: session.sessionId, userId: session.userId, expiresAt }).onConflictDoNothing();
  // Old rows are only needed until their tokens could have expired anyway.
  await db().delete(signedOutSessions).where(sql`${signedOutSessions.expiresAt} < now()`);
}
