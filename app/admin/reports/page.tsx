import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/dal/account/viewer";

/** Reports are worked from the one queue. */
export default async function AdminReportsPage() {
  await requireStaff();
  redirect("/admin/queue#reports");
}
