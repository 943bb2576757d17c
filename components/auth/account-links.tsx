"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * The header's account links on a page prerendered for everyone, which cannot
 * know who is reading it. It shows "Sign in" and "Join" (what most readers of
 * these pages need), then asks /api/viewer and, for someone signed in, offers
 * the way back to their own home instead.
 */
export function AccountLinks({ className }: { className: string }) {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/viewer", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .then((body: { signedIn?: unknown }) => setSignedIn(body.signedIn === true))
      // Offline or aborted: the signed-out links still work (sign-in sends a signed-in person home).
      .catch(() => {});
    return () => controller.abort();
  }, []);
  if (signedIn) {
    return (
      <Link href="/dashboard" className={className}>
        Your home
      </Link>
    );
  }
  return (
    <>
      <Link href="/sign-in" className={className}>
        Sign in
      </Link>
      <Link href="/sign-up" className={className}>
        Join
      </Link>
    </>
  );
}
