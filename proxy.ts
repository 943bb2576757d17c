import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { staticPageScriptHashes } from "@/lib/security/static-pages";
import { actionBodyTooDeep } from "@/lib/security/payload-depth";

/**
 * Runs before every page. It only does two things: sets the CSP (a fresh nonce,
 * or for a page prerendered at build time the hashes of its inline scripts),
 * and sends people without a session cookie to sign in *optimistically*. It is
 * not a security boundary — every page and action checks the viewer in the
 * data access layer (lib/dal/account/viewer.ts).
 *
 * It looks only for the cookie's presence and never runs Auth.js here: Auth.js's
 * proxy wrapper re-issues the session cookie on every response, and a response
 * still in flight when the person signs out (a link prefetch, a slow page) then
 * brought the ended session's cookie back. A session therefore lasts its
 * fixed 30 days from sign-in (lib/auth/config.ts) instead of sliding.
 */
const SIGNED_IN_AREAS = ["/dashboard", "/account", "/admin"];

/** Auth.js's session cookie, on http or https, whole or split into chunks ("….0", "….1"). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest) {
  return request.cookies
    .getAll()
    .some((cookie) => cookie.value.length > 0 && SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`)));
}

function withSession(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!hasSessionCookie(request) && SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const production = process.env.NODE_ENV === "production";
  // A prerendered page is served as built, for everyone: a nonce could not be in it.
  const hashes = production && (request.method === "GET" || request.method === "HEAD") ? staticPageScriptHashes(pathname) : null;
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes }, false));
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce }, !production);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export async function proxy(request: NextRequest) {
  // A server action's body is decoded recursively: bound its nesting before it gets there.
  if (request.method === "POST" && request.headers.has("next-action") && (await actionBodyTooDeep(request.clone()))) {
    return new NextResponse("That request was malformed.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return withSession(request);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
