"use client";

import { useActionState } from "react";
import { commitRoundAction, previewRoundAction } from "@/lib/actions/staff/rounds";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle, valueOf } from "@/lib/forms/state";

export function RoundPreviewForm({ topics, languages }: { topics: { id: string; name: string }[]; languages: { value: string; label: string }[] }) {
  const [state, action] = useActionState(previewRoundAction, idle);
  const mode = valueOf(state, "mode", "best");
  return (
    <form action={action} className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5">
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Who is matched</legend>
        <label className="flex gap-3">
          <input type="radio" name="kind" value="mentorship" defaultChecked={valueOf(state, "kind", "mentorship") === "mentorship"} className="mt-1 size-4" />
          <span>Seekers waiting for a mentor, with mentors who have places</span>
        </label>
        <label className="flex gap-3">
          <input type="radio" name="kind" value="friendship" defaultChecked={valueOf(state, "kind") === "friendship"} className="mt-1 size-4" />
          <span>People in the peer-friend pool, with each other</span>
        </label>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">The round aims for (mentorship)</legend>
        <label className="flex gap-3">
          <input type="radio" name="mode" value="best" defaultChecked={mode === "best"} className="mt-1 size-4" />
          <span>Best total fit — the highest sum of scores</span>
        </label>
        <label className="flex gap-3">
          <input type="radio" name="mode" value="most" defaultChecked={mode === "most"} className="mt-1 size-4" />
          <span>Most people matched — then the best fit among those</span>
        </label>
      </fieldset>
      <label className="flex gap-3">
        <input type="checkbox" name="loadSpreading" value="on" defaultChecked={valueOf(state, "loadSpreading", "on") === "on"} className="mt-1 size-4" />
        <span>Spread the load, so no mentor is overloaded while others sit idle</span>
      </label>
      <input type="hidden" name="loadSpreading" value="" />
      <label className="flex gap-3">
        <input type="checkbox" name="aging" value="on" defaultChecked={valueOf(state, "aging", "on") === "on"} className="mt-1 size-4" />
        <span>Favour people who have waited longer</span>
      </label>
      <input type="hidden" name="aging" value="" />
      <div className="flex flex-wrap gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="round-topic" className="font-medium">
            Only seekers asking about
          </label>
          <select id="round-topic" name="topicId" defaultValue={valueOf(state, "topicId")} className="min-h-11 rounded-lg border border-line bg-surface px-3">
            <option value="">Any topic</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="round-language" className="font-medium">
            Only seekers who speak
          </label>
          <select id="round-language" name="language" defaultValue={valueOf(state, "language")} className="min-h-11 rounded-lg border border-line bg-surface px-3">
            <option value="">Any language</option>
            {languages.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SubmitButton pendingLabel="Solving…">Preview the round</SubmitButton>
    </form>
  );
}

export function CommitRoundForm({ roundId }: { roundId: string }) {
  const [state, action] = useActionState(commitRoundAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <SubmitButton pendingLabel="Sending proposals…">Send these proposals</SubmitButton>
      <p className="text-sm text-muted">Each pair gets a proposal; nobody is matched until both say yes.</p>
    </form>
  );
}
