"use client";

import { useActionState } from "react";
import { saveTopicsAction } from "@/lib/actions/profiles/volunteer";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valuesOf } from "@/lib/forms/state";
import { StepButtons } from "./step-buttons";

export interface TopicChoice {
  id: string;
  name: string;
  retired: boolean;
}

/** Step 1: what the volunteer has lived through, and what they'd rather not take on. */
export function TopicsStepForm({ topics, topicIds, avoidTopicIds }: { topics: TopicChoice[]; topicIds: string[]; avoidTopicIds: string[] }) {
  const [state, action] = useActionState(saveTopicsAction, idle);
  const options = topics.map((t) => ({ value: t.id, label: t.retired ? `${t.name} (no longer offered to new people)` : t.name }));
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <FormMessage state={state} />
      <ChoiceGroup
        type="checkbox"
        name="topicIds"
        legend="What have you lived through, and could support someone with?"
        hint="Choose every topic that is true for you. People looking for support with these may be suggested to you."
        options={options}
        value={valuesOf(state, "topicIds", topicIds)}
        error={errorOf(state, "topicIds")}
        columns
      />
      <ChoiceGroup
        type="checkbox"
        name="avoidTopicIds"
        legend="Anything you'd rather not take on? (optional)"
        hint="Everyone has limits, and it's good to know yours. Only you and our matching see this: it is never shown to moderators or to anyone you might support."
        options={options}
        value={valuesOf(state, "avoidTopicIds", avoidTopicIds)}
        error={errorOf(state, "avoidTopicIds")}
        columns
      />
      <StepButtons />
    </form>
  );
}
