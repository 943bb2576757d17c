import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/dal/account/sign-in";
import { authSecret } from "@/lib/env";
import { baseAuthConfig } from "@/lib/auth/config";
import { clientIp } from "@/lib/auth/ip";
import { log } from "@/lib/log";

/** Carries why a sign-in failed to the sign-in form (as `code`), without details. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

// The lazy form: nothing (secret file, database) is touched at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig,
  secret: authSecret(),
  logger: {
    // A refused sign-in is an answer, not a server fault: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      log.error("auth.error", error);
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.code === "throttled") throw new SignInRefused(`throttled-${result.retryAfterSeconds}`);
        throw new SignInRefused(result.code);
      },
    }),
  ],
}));
