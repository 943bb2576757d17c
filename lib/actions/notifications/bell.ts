"use server";

import { revalidatePath } from "next/cache";
import { markNotificationsRead } from "@/lib/dal/notifications/bell";

export async function markAllReadAction() {
  await markNotificationsRead();
  revalidatePath("/", "layout");
}
