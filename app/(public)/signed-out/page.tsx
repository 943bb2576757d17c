import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Signed out" };

const explanations: Record<string, { title: string; text: string }> = {
  "signed-out": { title: "You're signed out", text: "See you next time." },
  everywhere: { title: "You're signed out everywhere", text: "Every device that was signed in to your account has been signed out." },
  "signed-out-everywhere": {
    title: "You've been signed out",
    text: "Your account was signed out on every device, either from your account page or because the password was changed. Sign in again to continue.",
  },
  suspended: {
    title: "Your account is suspended",
    text: "A moderator has suspended your account, so you've been signed out. Sign in to read the reason they gave.",
  },
  banned: {
    title: "Your account is closed",
    text: "Our moderators have closed your account, so you've been signed out. Sign in to read the reason they gave.",
  },
  deleted: { title: "This account no longer exists", text: "The account you were signed in to has been deleted." },
  "deleted-by-you": {
    title: "Your account is deleted",
    text: "Your profile and personal details are erased and you are signed out everywhere. Take care of yourself — you are welcome back any time.",
  },
};

export default async function SignedOutPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reason } = await searchParams;
  const explanation = (typeof reason === "string" && explanations[reason]) || explanations["signed-out"]!;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">{explanation.title}</h1>
      <Notice tone="info">{explanation.text}</Notice>
      {reason === "suspended" || reason === "banned" ? (
        // They cannot sign in, so the appeal goes by a link sent to the account's own email (see /appeal).
        <section aria-labelledby="appeal" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
          <h2 id="appeal" className="text-lg font-semibold">
            Think this is wrong?
          </h2>
          <p>
            You can appeal once. A moderator who wasn&apos;t part of the decision reads it, and we email you the outcome. We&apos;ve emailed you a link
            to appeal; if you can&apos;t find it, ask for a new one.
          </p>
          <p>
            <Link href="/appeal" className="font-medium underline">
              Appeal this decision
            </Link>
          </p>
        </section>
      ) : null}
      <p>
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>{" "}
        ·{" "}
        <Link href="/get-help" className="underline">
          Get help now
        </Link>
      </p>
    </div>
  );
}
