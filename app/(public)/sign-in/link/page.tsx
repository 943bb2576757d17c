import type { Metadata } from "next";
import Link from "next/link";
import { RequestSignInLinkForm, UseSignInLinkForm } from "@/components/auth/sign-in-link-forms";

export const metadata: Metadata = { title: "Sign in with a link" };

/**
 * One-time sign-in links: for when too many wrong guesses (perhaps not yours)
 * have paused sign-in with a password. With ?token= it offers the button that
 * uses the link; without, it asks for the email to send one to.
 */
export default async function SignInLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Sign in with a link</h1>
      {usable ? (
        <>
          <p className="text-muted">Press the button to sign in. The link works once, for 15 minutes.</p>
          <UseSignInLinkForm token={usable} />
        </>
      ) : (
        <>
          <p className="text-muted">
            If sign-in with your password is paused after too many attempts, we can email you a link that signs you in once. It
            only reaches your inbox, so it works even while the pause lasts.
          </p>
          <RequestSignInLinkForm />
        </>
      )}
      <p>
        <Link href="/sign-in" className="underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
