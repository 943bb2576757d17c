import { NotFoundMessage } from "@/components/not-found-message";
import { PageShell } from "@/components/page-shell";

/** For addresses that match no route: nothing around it yet, so it brings the shell. */
export default function NotFound() {
  return (
    <PageShell>
      <NotFoundMessage />
    </PageShell>
  );
}
