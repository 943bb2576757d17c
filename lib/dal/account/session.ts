import "server-only";
import { auth } from "./auth";

/** What the session token claims; lib/dal/account/viewer.ts decides whether to believe it. */
export async function readSession(): Promise<{ userId: string; sessionVersion: number; sessionId?: string } | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return { userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId };
}
