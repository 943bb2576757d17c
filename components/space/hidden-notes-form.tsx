"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { hiddenNotesAction } from "@/lib/actions/space/spaces";
import { idle, valuesOf } from "@/lib/forms/state";
import { CONTENT_NOTES, contentNoteLabels } from "@/lib/spaces/words";

/** The reader's filter: posts with the chosen content notes are left out for them everywhere in spaces. */
export function HiddenNotesForm({ hidden }: { hidden: string[] }) {
  const [state, action] = useActionState(hiddenNotesAction, idle);
  return (
    <section aria-labelledby="hide-notes" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="hide-notes" className="text-xl font-semibold">
        Content notes you&apos;d rather not see
      </h2>
      <form action={action} className="mt-3 flex flex-col gap-3">
        <FormMessage state={state} />
        <ChoiceGroup
          type="checkbox"
          name="notes"
          legend="Leave out posts about"
          hint="Other posts with a content note stay folded until you open them."
          options={CONTENT_NOTES.map((n) => ({ value: n, label: contentNoteLabels[n] }))}
          value={valuesOf(state, "notes", hidden)}
          columns
        />
        <div>
          <SubmitButton>Save</SubmitButton>
        </div>
      </form>
    </section>
  );
}
