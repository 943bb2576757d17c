import Link from "next/link";

/** Always visible: the way to crisis resources from every page. */
export function GetHelpLink() {
  return (
    <Link
      href="/get-help"
      className="inline-flex min-h-11 items-center rounded-lg border-2 border-help bg-help-soft px-3 py-1.5 font-semibold text-help no-underline hover:underline"
    >
      Get help now
    </Link>
  );
}
