import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { confirmEmail } from "@/lib/dal/account/accounts";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  if (typeof token === "string" && (await confirmEmail(token))) redirect("/sign-in?notice=confirmed");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Confirm your email</h1>
      <Notice tone="error" title="This link has expired or was already used">
        If you already confirmed your email, just{" "}
        <Link href="/sign-in" className="underline">
          sign in
        </Link>
        . Otherwise, signing in sends you a fresh link.
      </Notice>
    </div>
  );
}
