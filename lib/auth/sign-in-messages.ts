import { describeWait } from "@/lib/errors";

/**
 * What a person reads when sign-in fails, by the code the Credentials
 * provider gave. "invalid" covers an unknown email and a wrong password alike.
 */
export function signInMessage(code: string | undefined, statusReason?: string | null) {
  if (code?.startsWith("throttled-")) {
    const seconds = Number(code.slice("throttled-".length)) || 60;
    return `Too many sign-in attempts. Please wait ${describeWait(seconds)} and try again, or get a one-time sign-in link by email (below), or reset your password.`;
  }
  if (code === "link-expired") return "That sign-in link has expired or was already used. Ask for a new one: it works once, for 15 minutes.";
  if (code === "unverified") return "Please confirm your email first. We've just sent a fresh link to your inbox.";
  if (code === "suspended" || code === "banned") {
    const what = code === "suspended" ? "suspended" : "closed by our moderators";
    const why = statusReason ? ` The reason we gave: “${statusReason}”.` : "";
    return `Your account is ${what}.${why} If you think this is a mistake, use the appeal link in the email we sent you (our emails come from an address that can't read replies), or ask for a new link on the appeal page.`;
  }
  return "That email and password don't match an account. Check them and try again, or reset your password.";
}
