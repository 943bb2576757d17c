"use client";

import { createContext, useActionState, useContext, useState } from "react";
import { askAction, saveChoiceAction } from "@/lib/actions/matching/suggestions";
import { blockAction } from "@/lib/actions/relationship/ending";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, idle } from "@/lib/forms/state";

/** The forms every card's buttons submit (each button has form={…}, wherever it sits in the page). */
export const ASK_FORM_ID = "suggestion-ask";
export const SAVE_FORM_ID = "suggestion-save";
export const BLOCK_FORM_ID = "suggestion-block";

export type SuggestionFormKind = "ask" | "save" | "block";

interface Answers {
  state: Record<SuggestionFormKind, FormState>;
  pending: Record<SuggestionFormKind, boolean>;
  /** The button last pressed ("ask:mentorship:<id>"), so only its label says it is working. */
  pressed: string | null;
  press: (key: string) => void;
}

const AnswersContext = createContext<Answers | null>(null);

/** Whom an answer is about: the person the pressed button named, as the action sent it back in `values`. */
export function personOf(kind: SuggestionFormKind, state: FormState): string | null {
  const values = state.status === "idle" ? undefined : state.values;
  if (!values) return null;
  const one = (field: string) => (typeof values[field] === "string" && values[field] ? (values[field] as string) : null);
  if (kind === "ask") {
    const ask = one("ask");
    return ask ? ask.slice(ask.indexOf(":") + 1) : null;
  }
  if (kind === "save") return one("save") ?? one("unsave");
  return one("personId");
}

/** The shared forms' answers, for the cards (suggestion-cards.tsx). */
export function useSuggestionAnswers() {
  const answers = useContext(AnswersContext);
  if (!answers) throw new Error("A suggestion card must sit inside SuggestionForms");
  return answers;
}

/**
 * The suggestions page's three forms — ask, save or unsave, block — shared by
 * every card. A card's buttons and note boxes belong to these by their `form`
 * attribute and name their person in their own value, so the page holds three
 * forms instead of three per card, and it works before the script loads.
 * Each answer shows on the card it is about; if that card is no longer on the
 * page (after asking without the script, the page comes back without the
 * person asked), it shows here instead. `shown` lists, for each form, the
 * people with a card on the page that shows that form's answers.
 */
export function SuggestionForms({ shown, children }: { shown: Record<SuggestionFormKind, string[]>; children: React.ReactNode }) {
  const [askState, ask, asking] = useActionState(askAction, idle);
  const [saveState, save, saving] = useActionState(saveChoiceAction, idle);
  const [blockState, block, blocking] = useActionState(blockAction, idle);
  const [pressed, press] = useState<string | null>(null);
  const state = { ask: askState, save: saveState, block: blockState };
  const elsewhere = (["ask", "save", "block"] as const).filter((kind) => {
    const person = personOf(kind, state[kind]);
    return state[kind].status !== "idle" && (person === null || !shown[kind].includes(person));
  });
  return (
    <AnswersContext value={{ state, pending: { ask: asking, save: saving, block: blocking }, pressed, press }}>
      {/* Empty: their controls are in the cards. display: contents, so they add no gap. */}
      <form id={ASK_FORM_ID} action={ask} className="contents" />
      <form id={SAVE_FORM_ID} action={save} className="contents" />
      <form id={BLOCK_FORM_ID} action={block} className="contents">
        <input type="hidden" name="from" value="suggestions" />
      </form>
      {elsewhere.map((kind) => (
        <FormMessage key={kind} state={state[kind]} />
      ))}
      {children}
    </AnswersContext>
  );
}
