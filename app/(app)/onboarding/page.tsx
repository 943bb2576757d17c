import { redirect } from "next/navigation";
import { getOwnNeedsProfile } from "@/lib/dal/profiles/needs-profiles";

/** Where onboarding resumes: the saved step, or the re-acknowledgment after the text changed. */
export default async function OnboardingPage() {
  const own = await getOwnNeedsProfile();
  if (own.profile?.completedAt) redirect(own.needsAcknowledgment ? "/onboarding/not-therapy" : "/profile");
  redirect(`/onboarding/${own.resume}`);
}
