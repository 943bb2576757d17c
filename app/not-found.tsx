import Link from "next/link";
import { PageShell } from "@/components/page-shell";

export default function NotFound() {
  return (
    <PageShell>
      <h1 className="text-3xl font-bold">We couldn&apos;t find that page</h1>
      <p className="mt-3 text-muted">
        The link may be old, or the page may not be open to your account.{" "}
        <Link href="/" className="underline">
          Go to the start
        </Link>
        .
      </p>
    </PageShell>
  );
}
