import { LiveRefresh } from "@/components/notifications/live-refresh";
import { PageShell } from "@/components/page-shell";
import { requireViewer } from "@/lib/dal/account/viewer";

/** Signed-in area. Each page checks the viewer itself too: layouts and pages render in parallel. */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  await requireViewer();
  return (
    <PageShell>
      <LiveRefresh topics={["bell"]} />
      {children}
    </PageShell>
  );
}
