import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInMessage } from "@/lib/auth/sign-in-messages";
import { Notice } from "@/components/ui/notice";
import { currentViewer } from "@/lib/dal/account/viewer";
import { DEMO_PASSWORD, demoAccounts } from "@/db/seed-data";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  "password-changed": "Your password is changed. Sign in with the new one.",
  confirmed: "Your email is confirmed. Welcome to Alongside — sign in to continue.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentViewer()) redirect("/dashboard");
  const params = await searchParams;
  const notice = typeof params.notice === "string" ? notices[params.notice] : undefined;
  const next = typeof params.next === "string" ? params.next : undefined;
  // Failures posted straight to /api/auth/callback/credentials land here with a code.
  const failure = typeof params.error === "string" ? signInMessage(typeof params.code === "string" ? params.code : undefined) : undefined;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <SignInForm next={next} />
      <p>
        Sign-in paused after too many attempts?{" "}
        <Link href="/sign-in/link" className="underline">
          Get a one-time sign-in link by email
        </Link>
      </p>
      <p>
        New here?{" "}
        <Link href="/sign-up" className="underline">
          Create an account
        </Link>
      </p>
      {env().demoMode ? (
        <section aria-labelledby="demo" className="rounded-xl border border-line bg-surface p-4 text-sm">
          <h2 id="demo" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1 text-muted">
            This is a demo. Every account below uses the password <code className="font-mono">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mt-2 flex flex-col gap-1">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <code className="font-mono">{account.email}</code> — {account.roles?.join(", ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
