import Link from "next/link";
import { describeWindows, joinWords } from "@/lib/profiles/describe";
import type { StepKey } from "@/lib/profiles/onboarding-steps";
import {
  ageBandOptions,
  cadenceOptions,
  dealbreakerOptions,
  genderOptions,
  importanceOptions,
  labelOf,
  languageOptions,
  listenOptions,
  lookingForOptions,
  messageLengthOptions,
  toneOptions,
} from "@/lib/profiles/options";
import type { OwnerNeedsView } from "@/lib/profiles/visibility";
import { PrivateBadge } from "./private-badge";

const NOT_SAID = "Not said";

const labelsOf = <T extends { value: string; label: string }>(options: readonly T[], values: readonly string[]) =>
  joinWords(values.map((v) => labelOf(options, v as T["value"])).filter(Boolean));

const importanceLabel = (value: number | null) => (value ? labelOf(importanceOptions, value as 1 | 2 | 3 | 4) : NOT_SAID);

/** A section of the profile with its heading and, once onboarding is done, a link to change it. */
export function ProfileSection({
  id,
  title,
  edit,
  children,
}: {
  id: string;
  title: string;
  edit?: StepKey | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {edit ? (
          <Link href={`/profile/edit/${edit}`} className="inline-flex min-h-11 items-center underline">
            Change<span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** One answer. Private answers say so, next to the answer. */
export function Answer({ label, isPrivate, children }: { label: string; isPrivate?: boolean; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 border-t border-line pt-3 first:border-t-0 first:pt-0">
      <dt className="flex flex-wrap items-center gap-2 font-medium">
        {label}
        {isPrivate ? <PrivateBadge /> : null}
      </dt>
      <dd className="whitespace-pre-line break-words text-ink">{children}</dd>
    </div>
  );
}

/** Everything in a needs profile, for its owner. */
export function NeedsProfileSummary({ profile, editable, smallGroup = false }: { profile: OwnerNeedsView; editable: boolean; smallGroup?: boolean }) {
  const edit = (key: StepKey) => (editable ? key : null);
  const p = profile;
  return (
    <>
      <ProfileSection id="looking-for" title="What you're looking for" edit={edit("looking-for")}>
        <dl>
          <Answer label="Looking for">{labelOf(lookingForOptions, p.lookingFor) || NOT_SAID}</Answer>
          <Answer label="A small group">{smallGroup ? "Yes — waiting for a circle" : "Not for now"}</Answer>
        </dl>
      </ProfileSection>

      <ProfileSection id="topics" title="What you'd like support with" edit={edit("topics")}>
        <dl className="flex flex-col gap-3">
          <Answer label="Topics">
            {p.topics.length ? (
              <ul className="flex flex-col gap-1">
                {p.topics.map((t) => (
                  <li key={t.id}>
                    {t.name}
                    {t.livedExperienceMatters ? <span className="text-muted"> — lived experience matters to you</span> : null}
                    {t.retired ? <span className="text-muted"> (no longer offered to new people)</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              NOT_SAID
            )}
          </Answer>
          <Answer label="In your own words">{p.ownWords ?? NOT_SAID}</Answer>
        </dl>
      </ProfileSection>

      <ProfileSection id="rhythm" title="Your rhythm" edit={edit("rhythm")}>
        <dl className="flex flex-col gap-3">
          <Answer label="How often">{labelOf(cadenceOptions, p.cadence) || NOT_SAID}</Answer>
          <Answer label="Times that suit you">{describeWindows(p.windows) || NOT_SAID}</Answer>
          <Answer label="Timezone">{p.timezone?.replaceAll("_", " ") ?? NOT_SAID}</Answer>
        </dl>
      </ProfileSection>

      <ProfileSection id="style" title="How you like to be met" edit={edit("style")}>
        <dl className="flex flex-col gap-3">
          <Answer label="When you share something hard">{labelOf(listenOptions, p.listenStyle) || NOT_SAID}</Answer>
          <Answer label="Way of talking">{labelOf(toneOptions, p.tone) || NOT_SAID}</Answer>
          <Answer label="Messages">{labelOf(messageLengthOptions, p.messageLength) || NOT_SAID}</Answer>
          <Answer label="Showing up reliably">{importanceLabel(p.consistencyImportance)}</Answer>
          <Answer label="Not being judged">{importanceLabel(p.nonJudgmentImportance)}</Answer>
        </dl>
      </ProfileSection>

      <ProfileSection id="about-you" title="About you" edit={edit("about-you")}>
        <dl className="flex flex-col gap-3">
          <Answer label="Languages">{labelsOf(languageOptions, p.languages) || NOT_SAID}</Answer>
          <Answer label="Your age" isPrivate>
            {labelOf(ageBandOptions, p.ageBand) || NOT_SAID}
          </Answer>
          <Answer label="Your gender" isPrivate>
            {labelOf(genderOptions, p.gender) || NOT_SAID}
          </Answer>
          <Answer label="Age you'd prefer them to be" isPrivate>
            {labelsOf(ageBandOptions, p.preferredAgeBands) || "No preference"}
          </Answer>
          <Answer label="Gender you'd prefer them to be" isPrivate>
            {labelsOf(genderOptions, p.preferredGenders) || "No preference"}
          </Answer>
        </dl>
      </ProfileSection>

      <ProfileSection id="boundaries" title="Your boundaries" edit={edit("boundaries")}>
        <dl className="flex flex-col gap-3">
          <Answer label="Topics you'd rather not have raised" isPrivate>
            {joinWords(p.avoidTopics.map((t) => t.name)) || "None"}
          </Answer>
          <Answer label="You'd rather not be matched with" isPrivate>
            {labelsOf(dealbreakerOptions, p.dealbreakers) || "Nothing in particular"}
          </Answer>
          <Answer label="Your note" isPrivate>
            {p.dealbreakersNote ?? "None"}
          </Answer>
        </dl>
      </ProfileSection>

      <ProfileSection id="hopes" title="What you hope for" edit={edit("hopes")}>
        <p className="whitespace-pre-line break-words">{p.hopes ?? NOT_SAID}</p>
      </ProfileSection>
    </>
  );
}
