"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { addTopic, renameTopic, setTopicRetired } from "@/lib/dal/staff/topics";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { addTopicSchema, renameTopicSchema, topicIdSchema } from "@/lib/validation/topics";

// Topic actions are for admins only: anyone else gets a 404, as from the page.

export async function addTopicAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, addTopicSchema, {}, async (data) => {
    const topic = await addTopic(data);
    revalidatePath("/admin/topics");
    return { status: "success", message: `Added “${topic.name}”.` };
  });
}

export async function renameTopicAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, renameTopicSchema, {}, async (data) => {
    const { name } = await renameTopic(data);
    revalidatePath("/admin/topics");
    return { status: "success", message: `Renamed to “${name}”.`, values: { name } };
  });
}

export async function retireTopicAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, topicIdSchema, {}, async (data) => {
    const { name } = await setTopicRetired(data, true);
    revalidatePath("/admin/topics");
    return { status: "success", message: `Retired “${name}”. Profiles that name it keep it.` };
  });
}

export async function restoreTopicAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, topicIdSchema, {}, async (data) => {
    const { name } = await setTopicRetired(data, false);
    revalidatePath("/admin/topics");
    return { status: "success", message: `Restored “${name}”.` };
  });
}
