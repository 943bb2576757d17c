"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { clientIp } from "@/lib/auth/ip";
import { requestAppealLink, submitAppealByLink } from "@/lib/dal/safety/appeals";
import { appealByLinkSchema, appealLinkRequestSchema } from "@/lib/validation/moderation";

export async function requestAppealLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  return handleForm(formData, appealLinkRequestSchema, {}, async (data) => {
    await requestAppealLink(data, ip);
    return {
      status: "success",
      // The same answer whether or not there is such an account, or a decision to appeal.
      message: `If the account for ${data.email} was suspended or closed by a moderator, we've emailed it a link to appeal. It works for 14 days.`,
      values: { email: data.email },
    };
  });
}

export async function appealByLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, appealByLinkSchema, {}, async (data) => {
    await submitAppealByLink(data);
    revalidatePath("/appeal");
    return { status: "success", message: "Your appeal is sent. A moderator who wasn't part of the decision will read it, and we'll email you the outcome." };
  });
}
