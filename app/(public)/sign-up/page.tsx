import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentViewer } from "@/lib/dal/account/viewer";

export const metadata: Metadata = { title: "Join Alongside" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentViewer()) redirect("/dashboard");
  const { intent } = await searchParams;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Join Alongside</h1>
      <p className="text-muted">
        It takes a minute. Next you&apos;ll confirm your email, then tell us, in your own words, what kind of support would
        help.
      </p>
      <SignUpForm intent={typeof intent === "string" ? intent : undefined} />
      <p className="text-sm text-muted">
        Alongside is peer support, not therapy and not a crisis service.{" "}
        <Link href="/safety" className="underline">
          Safety &amp; boundaries
        </Link>
      </p>
      <p>
        Already have an account?{" "}
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
