import { getViewerState } from "@/lib/dal/account/viewer";

/**
 * Whether this browser's session is a live one, for the header of pages
 * prerendered for everyone (components/auth/account-links.tsx). It says
 * nothing else, and never changes the session: an ended one is cleared when
 * the person next opens a page of their own.
 */
export async function GET() {
  const state = await getViewerState();
  return Response.json({ signedIn: state.kind === "signed-in" }, { headers: { "Cache-Control": "private, no-store" } });
}
