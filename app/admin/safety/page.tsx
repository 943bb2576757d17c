import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/dal/account/viewer";

/** Safety items are worked from the one queue. */
export default async function AdminSafetyPage() {
  await requireStaff();
  redirect("/admin/queue#safety");
}
