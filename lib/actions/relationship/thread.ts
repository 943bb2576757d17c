"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { type MessageDto, sendMessage } from "@/lib/dal/relationship/thread";
import { sendMessageSchema } from "@/lib/validation/messages";

/** The form state of the composer: on success it also carries the stored message, to show it (and any care beside it) at once. */
export type SendMessageState = FormState & { sent?: MessageDto };

/** Thread actions only; the other parts of the relationship page keep their actions beside their own components. */
export async function sendMessageAction(_: FormState, formData: FormData): Promise<SendMessageState> {
  let sent: MessageDto | undefined;
  const state = await handleForm(formData, sendMessageSchema, {}, async (data) => {
    sent = await sendMessage(data);
    revalidatePath(`/relationships/${data.relationshipId}`);
    revalidatePath("/relationships");
    return { status: "success", message: "Sent." };
  });
  return sent && state.status === "success" ? { ...state, sent } : state;
}
