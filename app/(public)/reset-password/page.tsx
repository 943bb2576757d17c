import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { Notice } from "@/components/ui/notice";
import { linkIsUsable } from "@/lib/dal/account/accounts";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await linkIsUsable("reset_password", token));
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Notice tone="error" title="This link has expired or was already used">
          Reset links work once, for 30 minutes.{" "}
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
          .
        </Notice>
      )}
    </div>
  );
}
