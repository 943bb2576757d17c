import Link from "next/link";
import { LiveRefresh } from "@/components/notifications/live-refresh";
import { PageShell } from "@/components/page-shell";
import { isAdmin } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/dal/account/viewer";
import { adminSections } from "./sections";

/** /admin exists only for moderators and admins; everyone else gets a 404. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireStaff();
  // Admin-only sections would answer 404 to a moderator anyway; not showing them keeps the menu honest.
  const sections = adminSections.filter((s) => s.nav !== false && (s.access === "staff" || isAdmin(viewer.roles)));
  return (
    <PageShell width="max-w-5xl">
      <nav aria-label="Admin" className="mb-6 flex flex-wrap gap-x-4 gap-y-2 border-b border-line pb-3 text-sm">
        {sections.map((s) => (
          <Link key={s.href} href={s.href} className="inline-flex min-h-11 items-center font-medium underline">
            {s.label}
          </Link>
        ))}
      </nav>
      <LiveRefresh topics={["bell", "queue"]} />
      {children}
    </PageShell>
  );
}
