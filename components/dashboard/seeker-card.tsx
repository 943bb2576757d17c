import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { getOnboardingStatus } from "@/lib/dal/profiles/needs-profiles";

/** The seeker's next step on the home page, from the state of their needs profile. */
export async function SeekerCard() {
  const status = await getOnboardingStatus();
  const [title, text, action, href] = !status.started
    ? [
        "Tell us what would help",
        "A few short questions, in your own words: what you'd like support with, the rhythm that suits you, and how you like to be met. You can stop at any point and pick up later.",
        "Start my needs profile",
        "/onboarding",
      ]
    : !status.completed
      ? ["Pick up where you left off", `Your answers are saved. You stopped at step ${status.step}.`, "Continue my needs profile", "/onboarding"]
      : status.needsAcknowledgment
        ? [
            "Please read this again",
            "We've updated the words on what Alongside is and isn't. It takes a moment to read and confirm.",
            "Read and confirm",
            "/onboarding",
          ]
        : [
            "See who fits what you asked for",
            "Your needs profile is ready. We suggest mentors who fit it, and say why.",
            "See my suggestions",
            "/suggestions",
          ];
  return (
    <section aria-labelledby="seeking" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="seeking" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-muted">{text}</p>
      <p>
        <Link href={href} className={buttonClass("primary")}>
          {action}
        </Link>
      </p>
      <p>
        <Link href="/circles" className="underline">
          Circles: small, steady groups that meet again with the same people
        </Link>
      </p>
    </section>
  );
}
