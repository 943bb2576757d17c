"use client";

import { useId } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, valueOf } from "@/lib/forms/state";
import { ASK_FORM_ID, BLOCK_FORM_ID, personOf, SAVE_FORM_ID, type SuggestionFormKind, useSuggestionAnswers } from "./suggestion-forms";

// The suggestions page's cards. Client leaves with no state of their own, so
// the page's payload carries each card's few values (already in words) rather
// than its whole markup a second time; their buttons submit the page's shared
// forms (suggestion-forms.tsx) and name their person in their value.

/** A suggested mentor as the page shows them, every line already in words. */
export interface MentorSuggestionView {
  id: string;
  name: string;
  initials: string;
  bestFit: boolean;
  /** "3 of 4 places free · weekly or every two weeks" */
  places: string;
  reasons: string[];
  weakest: string | null;
  intro: string | null;
  /** "Lived experience: … · Listen first, gentle · English" */
  about: string;
  saved: boolean;
}

export interface FriendSuggestionView {
  id: string;
  name: string;
  initials: string;
  reasons: string[];
}

export interface SavedMentorView {
  id: string;
  name: string;
  initials: string;
  /** Where they stand, in words. */
  standing: string;
  canAsk: boolean;
  /** False when the same mentor's suggestion card above shows the answers. */
  answersHere: boolean;
}

function Initials({ initials }: { initials: string }) {
  return (
    <span aria-hidden="true" className="inline-flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-soft text-base font-semibold text-brand">
      {initials}
    </span>
  );
}

/** This card's answer from one shared form, if the last one was about this person (and this card shows answers). */
function useAnswer(kind: SuggestionFormKind, id: string, here = true) {
  const { state, pending, pressed, press } = useSuggestionAnswers();
  const mine = here && personOf(kind, state[kind]) === id;
  return { state: mine ? state[kind] : null, pending: pending[kind], pressed, press };
}

/** "Ask …": a note box and a send button, both belonging to the shared ask form. */
function Ask({ id, name, kind, here = true }: { id: string; name: string; kind: "mentorship" | "friendship"; here?: boolean }) {
  const { state, pending, pressed, press } = useAnswer("ask", id, here);
  const boxId = useId();
  const value = `${kind}:${id}`;
  const key = `ask:${value}`;
  if (state?.status === "success") return <FormMessage state={state} />;
  const error = state ? errorOf(state, "note") : undefined;
  return (
    <details open={state?.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg bg-brand px-4 font-medium text-brand-ink">
        {kind === "friendship" ? `Ask ${name} to be peer friends…` : `Ask ${name}…`}
      </summary>
      <div className="mt-3 flex flex-col gap-2">
        {state ? <FormMessage state={state} /> : null}
        <label htmlFor={boxId} className="font-medium">
          A note for {name} (optional)
        </label>
        <p id={`${boxId}-hint`} className="-mt-1 text-sm text-muted">
          A line about you or what you hope for. {name} also sees your shareable profile, never your private answers.
        </p>
        <textarea
          id={boxId}
          form={ASK_FORM_ID}
          name={`note-${id}`}
          rows={3}
          maxLength={500}
          defaultValue={state ? valueOf(state, "note") : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${boxId}-hint${error ? ` ${boxId}-error` : ""}`}
          className="rounded-lg border border-line bg-surface p-2"
        />
        {error ? (
          <p id={`${boxId}-error`} className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
        <button type="submit" form={ASK_FORM_ID} name="ask" value={value} onClick={() => press(key)} className={buttonClass()} disabled={pending} aria-disabled={pending}>
          {pending && pressed === key ? "Sending…" : `Send my request to ${name}`}
        </button>
      </div>
    </details>
  );
}

/** "Save for later" or "Remove from saved": one button of the shared save form. */
function Save({ id, name, saved, here = true }: { id: string; name: string; saved: boolean; here?: boolean }) {
  const { state, pending, pressed, press } = useAnswer("save", id, here);
  const intent = saved ? "unsave" : "save";
  const key = `${intent}:${id}`;
  const working = pending && pressed === key;
  return (
    <div className="flex flex-col gap-2">
      {state ? <FormMessage state={state} /> : null}
      <div>
        <button type="submit" form={SAVE_FORM_ID} name={intent} value={id} onClick={() => press(key)} className={buttonClass("secondary")} disabled={pending} aria-disabled={pending}>
          {working ? (saved ? "Removing…" : "Saving…") : saved ? "Remove from saved" : "Save for later"}
          <span className="sr-only"> ({name})</span>
        </button>
      </div>
    </div>
  );
}

/**
 * "Block …": opening it is the first step; the button inside, after plain
 * words on what happens, is the confirmation. On success the action sends
 * the viewer on, so only a refusal shows here.
 */
function Block({ id, name }: { id: string; name: string }) {
  const { state, pending, pressed, press } = useAnswer("block", id);
  const key = `block:${id}`;
  return (
    <details open={state?.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm underline">Block {name}…</summary>
      <div className="mt-2 flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        {state ? <FormMessage state={state} /> : null}
        <p>
          Blocking hides you from each other everywhere on Alongside: no suggestions, requests or messages between you, and any
          relationship you have together closes now. {name} isn&apos;t told. You can unblock later from your account page.
        </p>
        <button type="submit" form={BLOCK_FORM_ID} name="personId" value={id} onClick={() => press(key)} className={buttonClass("danger")} disabled={pending} aria-disabled={pending}>
          {pending && pressed === key ? "Blocking…" : `Yes, block ${name}`}
        </button>
      </div>
    </details>
  );
}

export function MentorSuggestionCard({ mentor: m }: { mentor: MentorSuggestionView }) {
  return (
    <article aria-label={`Suggested mentor: ${m.name}`} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <div className="flex items-center gap-3">
        <Initials initials={m.initials} />
        <div>
          <h2 className="text-lg font-semibold">{m.name}</h2>
          {m.bestFit ? <p className="text-sm font-medium text-brand">Your closest fit right now</p> : null}
          <p className="text-sm text-muted">{m.places}</p>
        </div>
      </div>
      <div>
        <h3 className="text-sm font-medium">Why we suggest {m.name}</h3>
        <ul className="list-disc pl-5">
          {m.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {m.weakest ? <p className="mt-1 text-sm text-muted">Worth knowing: {m.weakest}</p> : null}
      </div>
      {m.intro ? <p className="whitespace-pre-line border-l-4 border-line pl-3">“{m.intro}”</p> : null}
      <p className="text-sm text-muted">{m.about}</p>
      <Ask id={m.id} name={m.name} kind="mentorship" />
      <Save id={m.id} name={m.name} saved={m.saved} />
      <Block id={m.id} name={m.name} />
    </article>
  );
}

export function FriendSuggestionCard({ friend: f }: { friend: FriendSuggestionView }) {
  return (
    <article aria-label={`Suggested peer friend: ${f.name}`} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <div className="flex items-center gap-3">
        <Initials initials={f.initials} />
        <h3 className="text-lg font-semibold">{f.name}</h3>
      </div>
      <ul className="list-disc pl-5">
        {f.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <Ask id={f.id} name={f.name} kind="friendship" />
      <Block id={f.id} name={f.name} />
    </article>
  );
}

export function SavedMentorCard({ mentor: m }: { mentor: SavedMentorView }) {
  return (
    <article aria-label={`Saved mentor: ${m.name}`} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
      <div className="flex items-center gap-3">
        <Initials initials={m.initials} />
        <div>
          <h3 className="font-semibold">{m.name}</h3>
          <p className="text-sm text-muted">{m.standing}</p>
        </div>
      </div>
      {m.canAsk ? <Ask id={m.id} name={m.name} kind="mentorship" here={m.answersHere} /> : null}
      <Save id={m.id} name={m.name} saved here={m.answersHere} />
    </article>
  );
}
