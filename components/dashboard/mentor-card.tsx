import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { getMentorStatus } from "@/lib/dal/profiles/mentor-profiles";

/** The volunteer's next step on the home page, from the state of their mentor application. */
export async function MentorCard() {
  const status = await getMentorStatus();
  const content: Record<typeof status.status, [string, string, string]> = {
    none: [
      "Apply to be a mentor",
      "Tell us about your lived experience and the rhythm you can keep, make the mentor's pledges and take a short training. A moderator reviews every application.",
      "Start my application",
    ],
    draft: ["Your application is saved", `You stopped at step ${status.step}. Nothing is sent until you send it.`, "Continue my application"],
    submitted: ["Your application is with our moderators", "Thank you. We'll tell you here as soon as it has been reviewed.", "See my application"],
    declined: [
      "Your application wasn't approved this time",
      status.decisionReason ? `The moderator wrote: “${status.decisionReason}”` : "You can revise it and send it again.",
      "Read and revise",
    ],
    approved: [
      "You're an approved mentor",
      status.pausedUntil ? `You're paused until ${status.pausedUntil}: nobody new is matched with you until then.` : "People who fit what you offer can now be matched with you.",
      "My volunteering",
    ],
  };
  const [title, text, action] = content[status.status];
  return (
    <section aria-labelledby="volunteering" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="volunteering" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-muted">{text}</p>
      <p>
        <Link href="/volunteer" className={buttonClass(status.status === "none" || status.status === "draft" ? "primary" : "secondary")}>
          {action}
        </Link>
      </p>
    </section>
  );
}
