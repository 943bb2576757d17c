import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>
          Alongside is peer support from volunteers. It is not therapy and not a crisis service. If you might be in
          danger, <Link href="/get-help" className="font-semibold text-help underline">get help now</Link>.
        </p>
        <p className="mt-2">
          <Link href="/safety" className="underline">
            Safety &amp; boundaries
          </Link>
        </p>
      </div>
    </footer>
  );
}
