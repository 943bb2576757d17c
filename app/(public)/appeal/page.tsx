import type { Metadata } from "next";
import Link from "next/link";
import { AppealForm, AppealLinkRequestForm } from "@/components/moderation/appeal-form";
import { DecisionForPerson } from "@/components/moderation/decision-for-person";
import { Notice } from "@/components/ui/notice";
import { readAppealLink } from "@/lib/dal/safety/appeals";

export const metadata: Metadata = { title: "Appeal a moderator's decision" };

type Params = Record<string, string | string[] | undefined>;

/**
 * For people who can't sign in because a moderator suspended or closed their
 * account. Without a token: ask for a link, which goes to the account's own
 * email. With a genuine token: the decision, and the one appeal.
 */
export default async function PublicAppealPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { token } = await searchParams;
  const decision = typeof token === "string" && token.length <= 300 ? await readAppealLink(token) : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Appeal a moderator&apos;s decision</h1>
      {decision ? (
        <>
          <p>Hi {decision.name}. Here is the decision, as the moderator recorded it.</p>
          <DecisionForPerson decision={decision} />
          {decision.mayAppeal ? <AppealForm token={token as string} /> : null}
        </>
      ) : (
        <>
          {typeof token === "string" ? <Notice tone="info">This appeal link has expired or isn&apos;t complete. Ask for a new one below.</Notice> : null}
          <p className="text-muted">
            If a moderator suspended or closed your account, you can appeal once. Tell us the email you signed in with and we&apos;ll send a link to it —
            that way only you can appeal for your account.
          </p>
          <AppealLinkRequestForm />
          <p className="text-sm">
            <Link href="/get-help" className="underline">
              Get help now
            </Link>{" "}
            if you are in danger or need to talk to someone today.
          </p>
        </>
      )}
    </div>
  );
}
