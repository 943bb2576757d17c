import Link from "next/link";

/** What a missing page says, inside whatever shell the route already has. */
export function NotFoundMessage() {
  return (
    <>
      <h1 className="text-3xl font-bold">We couldn&apos;t find that page</h1>
      <p className="mt-3 text-muted">
        The link may be old, or the page may not be open to your account.{" "}
        <Link href="/" className="underline">
          Go to the start
        </Link>
        .
      </p>
    </>
  );
}
