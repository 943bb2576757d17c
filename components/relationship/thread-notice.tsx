import Link from "next/link";

/** On every thread: what Alongside is and is not, and where help is right now. */
export function ThreadNotice() {
  return (
    <aside aria-label="About this space" className="rounded-lg border-l-4 border-help bg-help-soft p-4 text-sm">
      Alongside is peer support between two people. It is <strong>not therapy and not a crisis service</strong>, and nobody here is
      watching around the clock. If you or someone else is in danger, call your local emergency number or{" "}
      <Link href="/get-help" className="font-semibold underline">
        get help now
      </Link>
      .
    </aside>
  );
}
