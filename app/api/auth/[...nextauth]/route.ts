import type { NextRequest } from "next/server";
import { handlers } from "@/lib/dal/account/auth";
import { getViewerState } from "@/lib/dal/account/viewer";

export const { POST } = handlers;

/**
 * Auth.js answers GET /api/auth/session from the token alone (and refreshes
 * the cookie). A token can outlive its session — signed out, password reset,
 * suspended — so that endpoint first asks the same check every page uses
 * (lib/dal/account/viewer.ts): an ended session gets `null`, no name, no
 * email, and no new cookie.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.replace(/\/$/, "").endsWith("/api/auth/session")) {
    const state = await getViewerState();
    if (state.kind !== "signed-in") {
      return Response.json(null, { headers: { "cache-control": "private, no-cache, no-store" } });
    }
  }
  return handlers.GET(request);
}
