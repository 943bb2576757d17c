import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that proxy.ts shares: no providers and
 * nothing that touches the database. Sessions are JWTs carrying the user id and
 * the session version; lib/dal/account/viewer.ts re-checks both against the database
 * on every request, so a suspension or "sign out everywhere" bites at once.
 */
export const baseAuthConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
