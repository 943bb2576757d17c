import { AdminNav } from "@/components/admin/admin-nav";
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
      <AdminNav links={sections.map(({ href, label }) => ({ href, label }))} />
      <LiveRefresh topics={["bell", "queue"]} />
      {children}
    </PageShell>
  );
}
