import { useId } from "react";
import type { NamedTopic } from "@/lib/profiles/visibility";

/**
 * Topics to choose, each with a second box: "lived experience matters to me".
 * Both boxes are named in full for screen readers ("Lived experience matters
 * to me for Grief and loss"). The error is tied to the group.
 */
export function TopicChecklist({
  topics,
  chosen,
  livedExperience,
  error,
  livedExperienceError,
}: {
  topics: readonly NamedTopic[];
  chosen: readonly string[];
  livedExperience: readonly string[];
  error?: string;
  livedExperienceError?: string;
}) {
  const id = useId();
  const picked = new Set(chosen);
  const lived = new Set(livedExperience);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : "", livedExperienceError ? `${id}-lived-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy} aria-invalid={error || livedExperienceError ? true : undefined}>
      <legend className="mb-1 font-medium">Topics</legend>
      <p id={`${id}-hint`} className="-mt-1 text-sm text-muted">
        Choose at least one. Tick “lived experience matters” when you&apos;d like someone who has been through it themselves.
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.id} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3 has-[input[name=topicIds]:checked]:border-brand">
            <label className="flex cursor-pointer items-start gap-3">
              <input type="checkbox" name="topicIds" value={topic.id} defaultChecked={picked.has(topic.id)} className="mt-1 size-4 shrink-0" />
              <span className="font-medium">
                {topic.name}
                {topic.retired ? <span className="block text-sm font-normal text-muted">No longer offered to new people; you can keep it.</span> : null}
              </span>
            </label>
            <label className="ml-7 flex cursor-pointer items-start gap-2 text-sm">
              <input type="checkbox" name="livedExperienceTopicIds" value={topic.id} defaultChecked={lived.has(topic.id)} className="mt-0.5 size-4 shrink-0" />
              <span>
                Lived experience matters to me<span className="sr-only"> for {topic.name}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      {livedExperienceError ? (
        <p id={`${id}-lived-error`} className="text-sm font-medium text-danger">
          {livedExperienceError}
        </p>
      ) : null}
    </fieldset>
  );
}
