import { cadenceOptions, labelOf, languageOptions, listenOptions, messageLengthOptions, toneOptions } from "@/lib/profiles/options";
import type { SuggestedNeedsView } from "@/lib/profiles/visibility";

/** A seeker's shareable profile, as the person they asked sees it. Private answers are never in the view. */
export function SeekerSummary({ profile }: { profile: SuggestedNeedsView }) {
  const style = [labelOf(listenOptions, profile.listenStyle), labelOf(toneOptions, profile.tone), labelOf(messageLengthOptions, profile.messageLength)].filter(Boolean);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium">Would like support with</dt>
      <dd>
        {profile.topics.map((t) => `${t.name}${t.livedExperienceMatters ? " (lived experience matters)" : ""}`).join(", ") || "—"}
      </dd>
      <dt className="font-medium">Rhythm</dt>
      <dd>{labelOf(cadenceOptions, profile.cadence) || "—"}</dd>
      <dt className="font-medium">How they like to be met</dt>
      <dd>{style.join(" · ") || "—"}</dd>
      <dt className="font-medium">Languages</dt>
      <dd>{profile.languages.map((l) => labelOf(languageOptions, l as (typeof languageOptions)[number]["value"])).join(", ") || "—"}</dd>
      {profile.hopes ? (
        <>
          <dt className="font-medium">What they hope for</dt>
          <dd className="whitespace-pre-line">“{profile.hopes}”</dd>
        </>
      ) : null}
    </dl>
  );
}
