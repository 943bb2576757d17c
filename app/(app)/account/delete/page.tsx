import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { requireViewer } from "@/lib/dal/account/viewer";

export const metadata: Metadata = { title: "Delete my account" };

export default async function DeleteAccountPage() {
  await requireViewer();
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Delete my account</h1>
      <p>This erases your profile, your answers and your email address from Alongside, and signs you out everywhere.</p>
      <ul className="list-disc pl-5 text-muted">
        <li>
          You may want to{" "}
          <a href="/account/export" className="underline">
            download your data
          </a>{" "}
          first.
        </li>
        <li>What stays, and why: a record that an account existed (shown as &ldquo;a former member&rdquo;) and the moderation log about it, which keeps everyone safe. Nothing in it identifies you.</li>
        <li>You can join again later with the same email.</li>
      </ul>
      <DeleteAccountForm />
      <p>
        <Link href="/account" className="underline">
          Keep my account
        </Link>
      </p>
    </div>
  );
}
