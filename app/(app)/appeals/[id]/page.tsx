import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppealForm } from "@/components/moderation/appeal-form";
import { DecisionForPerson } from "@/components/moderation/decision-for-person";
import { getMyModerationAction } from "@/lib/dal/safety/appeals";
import { DomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "A moderator's decision" };

/** Where a warning or a removal's notification leads: the decision, the reason, and the one appeal. */
export default async function AppealPage({ params }: { params: Promise<{ id: string }> }) {
  const decision = await getMyModerationAction((await params).id).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">A moderator&apos;s decision</h1>
      <DecisionForPerson decision={decision} />
      {decision.mayAppeal ? (
        <section aria-labelledby="write-appeal" className="flex flex-col gap-3">
          <h2 id="write-appeal" className="text-xl font-semibold">
            Appeal this decision
          </h2>
          <AppealForm actionId={decision.actionId} />
        </section>
      ) : null}
    </div>
  );
}
