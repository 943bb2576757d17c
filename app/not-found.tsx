import { NotFoundMessage } from "@/components/not-found-message";
import { OpenPageShell } from "@/components/page-shell";

/**
 * For addresses that match no route: nothing around it yet, so it brings the
 * shell. React renders this with every page under the root layout, so it must
 * not read the session, or no page could be prerendered.
 */
export default function NotFound() {
  return (
    <OpenPageShell>
      <NotFoundMessage />
    </OpenPageShell>
  );
}
