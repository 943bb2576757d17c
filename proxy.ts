import NextAuth from "next-auth";
import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config";
import { authSecret } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { actionBodyTooDeep } from "@/lib/security/payload-depth";

/**
 * Runs before every page. It only does two things: sets the CSP nonce, and
 * sends people without a session cookie to sign in *optimistically*. It is
 * not a security boundary — every page and action checks the viewer in the
 * data access layer (lib/dal/account/viewer.ts).
 */
const { auth } = NextAuth(() => ({ ...baseAuthConfig, secret: authSecret() }));

const SIGNED_IN_AREAS = ["/dashboard", "/account", "/admin"];

const withSession = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

// With the lazy config, auth(handler) resolves to the handler asynchronously.
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // A server action's body is decoded recursively: bound its nesting before it gets there.
  if (request.method === "POST" && request.headers.has("next-action") && (await actionBodyTooDeep(request.clone()))) {
    return new NextResponse("That request was malformed.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const handler = (await (withSession as unknown as Promise<Handler>)) as Handler;
  return handler(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
