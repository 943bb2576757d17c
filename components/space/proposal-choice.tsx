import { SmallAction } from "./small-action";
import { acceptProposalAction, declineProposalAction } from "@/lib/actions/space/posts";

/** A moderator's suggested edit, for the writer to accept or decline. Nothing changes without their yes. */
export function ProposalChoice({ postId, proposal }: { postId: string; proposal: { title: string; body: string } }) {
  return (
    <section aria-labelledby="proposal" className="flex flex-col gap-2 rounded-xl border-l-4 border-brand bg-brand-soft p-4">
      <h2 id="proposal" className="text-lg font-semibold">
        A moderator suggested this wording
      </h2>
      <p className="font-medium">{proposal.title}</p>
      <p className="whitespace-pre-line">{proposal.body}</p>
      <p className="text-sm">If you accept, this is what people will read in the space.</p>
      <div className="flex flex-wrap gap-3">
        <SmallAction action={acceptProposalAction} fields={{ postId }} label="Accept and show it" tone="primary" />
        <SmallAction action={declineProposalAction} fields={{ postId }} label="No, thank you" />
      </div>
    </section>
  );
}
