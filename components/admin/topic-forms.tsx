"use client";

import { useActionState, useId } from "react";
import { addTopicAction, renameTopicAction, restoreTopicAction, retireTopicAction } from "@/lib/actions/staff/topics";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

export function AddTopicForm() {
  const [state, action] = useActionState(addTopicAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3 sm:max-w-md">
      <FormMessage state={state} />
      <Field label="New topic" name="name" required maxLength={60} defaultValue={state.status === "error" ? valueOf(state, "name") : ""} error={errorOf(state, "name")} />
      <SubmitButton pendingLabel="Adding…">Add topic</SubmitButton>
    </form>
  );
}

export function RenameTopicForm({ topicId, name }: { topicId: string; name: string }) {
  const [state, action] = useActionState(renameTopicAction, idle);
  const id = useId();
  const error = errorOf(state, "name");
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="topicId" value={topicId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="sr-only">
          Name of {name}
        </label>
        <input
          id={id}
          name="name"
          defaultValue={valueOf(state, "name", name)}
          maxLength={60}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-11 rounded-lg border border-line bg-surface px-3"
        />
      </div>
      <SubmitButton tone="secondary" pendingLabel="Saving…">
        Rename<span className="sr-only"> {name}</span>
      </SubmitButton>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      {state.status === "success" ? <p className="w-full text-sm" role="status">{state.message}</p> : null}
    </form>
  );
}

export function RetireTopicForm({ topicId, name, retired }: { topicId: string; name: string; retired: boolean }) {
  const [state, action] = useActionState(retired ? restoreTopicAction : retireTopicAction, idle);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="topicId" value={topicId} />
      <SubmitButton tone="secondary" pendingLabel="Saving…">
        {retired ? "Restore" : "Retire"}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
