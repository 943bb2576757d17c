import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/dal/account/sign-in";
import { signInWithLink } from "@/lib/dal/account/sign-in-link";
import { cookies } from "next/headers";
import { authSecret, env } from "@/lib/env";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceTokenFrom, issueDeviceToken } from "@/lib/auth/device";
import { now } from "@/lib/clock";
import { baseAuthConfig } from "@/lib/auth/config";
import { clientIp } from "@/lib/auth/ip";
import { log } from "@/lib/log";

/** Marks this browser as one that signed in to the account (lib/auth/device.ts). */
async function rememberDevice(userId: string) {
  try {
    (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(userId, now()), {
      httpOnly: true,
      sameSite: "lax",
      secure: env().appUrl.startsWith("https://"),
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE,
    });
  } catch (error) {
    // Outside a request that can set cookies: the sign-in still stands.
    log.error("auth.device_cookie_not_set", error);
  }
}

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
        linkToken: { label: "Sign-in link", type: "hidden" },
      },
      async authorize(credentials, request) {
        // A one-time link from email (lib/dal/account/sign-in-link.ts): the way in past a lock-out.
        if (typeof credentials?.linkToken === "string") {
          const user = await signInWithLink(credentials.linkToken);
          if (!user) throw new SignInRefused("link-expired");
          await rememberDevice(user.id);
          return user;
        }
        const deviceToken = deviceTokenFrom(request.headers.get("cookie"));
        const result = await authenticate(credentials, clientIp(request.headers), { deviceToken });
        if (result.ok) {
          await rememberDevice(result.user.id);
          return result.user;
        }
        if (result.code === "throttled") throw new SignInRefused(`throttled-${result.retryAfterSeconds}`);
        throw new SignInRefused(result.code);
      },
    }),
  ],
}));
