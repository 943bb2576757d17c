"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { signIn } from "@/lib/dal/account/auth";
import { clientIp } from "@/lib/auth/ip";
import { signInMessage } from "@/lib/auth/sign-in-messages";
import { registerAccount, requestPasswordReset, resetPassword } from "@/lib/dal/account/accounts";
import { statusReasonFor } from "@/lib/dal/account/sign-in";
import { requestResetSchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";

/** Only same-site paths may follow a sign-in; anything else goes home. */
function safeNext(value: FormDataEntryValue | null) {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/dashboard";
}

export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, signInSchema, { secret: ["password"], extra: ["next"] }, async ({ email, password }) => {
    try {
      // Succeeds by throwing a redirect, which must propagate.
      await signIn("credentials", { email, password, redirectTo: safeNext(formData.get("next")) });
      return { status: "success", message: "Signed in." };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = error instanceof CredentialsSignin ? error.code : "invalid";
      // A status reason is only looked up after the password was verified ("suspended"/"banned").
      const reason = code === "suspended" || code === "banned" ? await statusReasonFor(email) : null;
      const next = String(formData.get("next") ?? "");
      return { status: "error", message: signInMessage(code, reason), fieldErrors: {}, values: { email, next } };
    }
  });
}

export async function signUpAction(_: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  return handleForm(formData, signUpSchema, { secret: ["password"] }, async (data) => {
    await registerAccount(data, ip);
    return {
      status: "success",
      message: `Almost there. We've sent a link to ${data.email}: open it to confirm your email and finish creating your account.`,
      values: { email: data.email },
    };
  });
}

export async function requestResetAction(_: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  return handleForm(formData, requestResetSchema, {}, async (data) => {
    await requestPasswordReset(data, ip);
    return {
      status: "success",
      message: `If there is an account for ${data.email}, a link to choose a new password is on its way. It works once, for 30 minutes.`,
      values: { email: data.email },
    };
  });
}

export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await handleForm(formData, resetPasswordSchema, { secret: ["password"] }, async (data) => {
    const done = await resetPassword(data);
    if (!done) {
      return {
        status: "error",
        message: "This link has expired or was already used. Ask for a new one and use it within 30 minutes.",
        fieldErrors: {},
        values: { token: data.token },
      };
    }
    return { status: "success", message: "Password changed." };
  });
  if (result.status === "success") redirect("/sign-in?notice=password-changed");
  return result;
}
