"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { updateSpaceAction } from "@/lib/actions/staff/spaces";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

interface SpaceRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  guideline: string;
  status: "open" | "paused" | "retired";
  heldForReview: boolean;
}

export function SpaceAdminForm({ space }: { space: SpaceRow }) {
  const [state, action] = useActionState(updateSpaceAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4" aria-label={`Space: ${space.name}`}>
      <h2 className="text-xl font-semibold">{space.name}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="spaceId" value={space.id} />
      <Field label="Description" name="description" maxLength={300} defaultValue={valueOf(state, "description", space.description)} error={errorOf(state, "description")} />
      <TextAreaField label="Guideline" name="guideline" maxLength={2000} rows={4} value={valueOf(state, "guideline", space.guideline)} error={errorOf(state, "guideline")} />
      <ChoiceGroup
        type="radio"
        name="status"
        legend="Status"
        options={[
          { value: "open", label: "Open" },
          { value: "paused", label: "Paused (read only for now)" },
          { value: "retired", label: "Retired (closed; posts stay readable)" },
        ]}
        value={valueOf(state, "status", space.status)}
      />
      <label className="flex gap-2">
        <input type="checkbox" name="heldForReview" defaultChecked={space.heldForReview} className="mt-1 size-4" /> Hold every post for a moderator before it is shown
      </label>
      <div>
        <SubmitButton>Save {space.name}</SubmitButton>
      </div>
    </form>
  );
}
