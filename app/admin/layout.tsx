import Link from "next/link";
import { PageShell } from "@/components/page-shell";
import { isAdmin } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/dal/viewer";

/** /admin exists only for moderators and admins; everyone else gets a 404. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireStaff();
  return (
    <PageShell width="max-w-5xl">
      <nav aria-label="Admin" className="mb-6 flex flex-wrap gap-4 border-b border-line pb-3 text-sm">
        <Link href="/admin" className="font-medium underline">
          People
        </Link>
        <Link href="/admin/applications" className="font-medium underline">
          Mentor applications
        </Link>
        <Link href="/admin/rounds" className="font-medium underline">
          Matching rounds
        </Link>
        {isAdmin(viewer.roles) ? (
          <Link href="/admin/topics" className="font-medium underline">
            Topics
          </Link>
        ) : null}
      </nav>
      {children}
    </PageShell>
  );
}
