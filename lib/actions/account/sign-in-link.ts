"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { signIn } from "@/lib/dal/account/auth";
import { clientIp } from "@/lib/auth/ip";
import { signInMessage } from "@/lib/auth/sign-in-messages";
import { requestSignInLink } from "@/lib/dal/account/sign-in-link";
import { requestResetSchema } from "@/lib/validation/auth";
import { lineText } from "@/lib/validation/fields";

export async function requestSignInLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  return handleForm(formData, requestResetSchema, {}, async (data) => {
    await requestSignInLink(data, ip);
    return {
      status: "success",
      message: `If there is an account for ${data.email}, a sign-in link is on its way. It works once, for 15 minutes.`,
      values: { email: data.email },
    };
  });
}

const linkSchema = z.object({ token: lineText().min(20, "That link is not valid.").max(200, "That link is not valid.") });

/** Signs in with a one-time link. A button press (POST), so a mail scanner opening the link spends nothing. */
export async function signInWithLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, linkSchema, {}, async ({ token }) => {
    try {
      await signIn("credentials", { linkToken: token, redirectTo: "/dashboard" });
      return { status: "success", message: "Signed in." };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = error instanceof CredentialsSignin ? error.code : "link-expired";
      return { status: "error", message: signInMessage(code, null), fieldErrors: {}, values: {} };
    }
  });
}
