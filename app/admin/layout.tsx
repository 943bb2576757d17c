import Link from "next/link";
import { PageShell } from "@/components/page-shell";
import { requireStaff } from "@/lib/dal/viewer";

/** /admin exists only for moderators and admins; everyone else gets a 404. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireStaff();
  return (
    <PageShell width="max-w-5xl">
      <nav aria-label="Admin" className="mb-6 flex gap-4 border-b border-line pb-3 text-sm">
        <Link href="/admin" className="font-medium underline">
          People
        </Link>
      </nav>
      {children}
    </PageShell>
  );
}
