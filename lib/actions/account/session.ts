"use server";

import { signOut } from "@/lib/dal/account/auth";
import { endAllSessions } from "@/lib/dal/account/accounts";
import { forgetThisSession, requireViewer } from "@/lib/dal/account/viewer";

export async function signOutAction() {
  await forgetThisSession();
  await signOut({ redirectTo: "/signed-out?reason=signed-out" });
}

/** Bumps the session version (every device is signed out on its next request), then this one. */
export async function signOutEverywhereAction() {
  const viewer = await requireViewer();
  await endAllSessions(viewer);
  await signOut({ redirectTo: "/signed-out?reason=everywhere" });
}
