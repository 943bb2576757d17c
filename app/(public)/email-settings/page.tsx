import type { Metadata } from "next";
import Link from "next/link";
import { LinkChoiceForm } from "@/components/notifications/link-choice-form";
import { readLinkChoice } from "@/lib/dal/notifications/preferences";

export const metadata: Metadata = { title: "Email settings", robots: { index: false } };

/** Opened from the link at the bottom of every email: changes that one kind, no sign-in needed. */
export default async function EmailSettingsPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const choice = token ? await readLinkChoice(token) : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Emails like this one</h1>
      {choice ? (
        <>
          <p className="text-muted">Choose how you would like to hear about this. It changes only this kind of email.</p>
          <LinkChoiceForm token={token!} label={choice.label} choices={choice.choices} delivery={choice.delivery} />
        </>
      ) : (
        <p>This link no longer works. That can happen after a while; nothing is wrong with your account.</p>
      )}
      <p>
        Everything else is in{" "}
        <Link href="/account/notifications" className="underline">
          your notification settings
        </Link>{" "}
        (you may need to sign in).
      </p>
    </div>
  );
}
