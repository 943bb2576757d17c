import { redirect } from "next/navigation";
import { signOut } from "@/lib/dal/account/auth";
import { getViewerState } from "@/lib/dal/account/viewer";

/**
 * Where the data access layer sends a request whose session is no longer
 * valid (suspended, banned, deleted, or signed out everywhere). It clears the
 * session cookie — which a page cannot do — and explains what happened. It
 * only acts on sessions that really ended, so a link to it cannot sign anyone out.
 */
export async function GET() {
  const state = await getViewerState();
  if (state.kind === "signed-in") redirect("/dashboard");
  if (state.kind === "anonymous") redirect("/sign-in");
  await signOut({ redirect: false });
  // A session the person signed out of themselves (its cookie came back with a late response): they already
  // read "you're signed out", so a signed-in page simply asks them to sign in.
  if (state.reason === "signed-out") redirect("/sign-in");
  redirect(`/signed-out?reason=${state.reason}`);
}
