"use client";

import { useActionState, useId, useState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { createPostAction, type PostFormState } from "@/lib/actions/space/posts";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { CONTENT_NOTES, contentNoteLabels, WISHES, wishLabels } from "@/lib/spaces/words";
import { POST_BODY_MAX, POST_TITLE_MAX, PSEUDONYM_MAX } from "@/lib/validation/spaces";
import { CrisisLines } from "./crisis-lines";
import { RiskHint } from "./risk-hint";
import Link from "next/link";

/**
 * Writing a post: title, words, what the writer wants from replies, an
 * optional content note, and their name or a pseudonym for this post. Crisis
 * lines appear beside the words while typing when they sound like a crisis;
 * a post held as a crisis stays on this page with the lines and plain words.
 */
export function PostForm({ space, spaceName, userName, region, clientKey }: { space: string; spaceName: string; userName: string; region: CrisisRegion | undefined; clientKey: string }) {
  const [state, action] = useActionState<PostFormState, FormData>(createPostAction, idle);
  const [body, setBody] = useState(valueOf(state, "body"));
  const [title, setTitle] = useState(valueOf(state, "title"));
  const id = useId();
  if (state.status === "success" && state.held?.crisis) {
    return (
      <div className="flex flex-col gap-4">
        <h2 className="text-xl font-semibold">Thank you for telling us</h2>
        <CrisisLines level="crisis" region={region} held />
        <p>
          You can see your post, and anything a moderator writes to you, on{" "}
          <Link href={`/spaces/${space}/posts/${state.held.postId}`} className="underline">
            your post&apos;s page
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage state={state} />
      <input type="hidden" name="space" value={space} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <Field
        label="Title"
        name="title"
        maxLength={POST_TITLE_MAX}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errorOf(state, "title")}
        hint="A few words, so people know what it's about."
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-body`} className="font-medium">
          Your words
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          Plain text, up to {POST_BODY_MAX} characters. Please don&apos;t describe ways of hurting yourself.
        </p>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={8}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errorOf(state, "body") ? true : undefined}
          aria-describedby={`${id}-hint${errorOf(state, "body") ? ` ${id}-error` : ""}`}
          className={`rounded-lg border bg-surface p-3 ${errorOf(state, "body") ? "border-danger" : "border-line"}`}
        />
        {errorOf(state, "body") ? (
          <p id={`${id}-error`} className="text-sm font-medium text-danger">
            {errorOf(state, "body")}
          </p>
        ) : null}
      </div>
      <RiskHint text={`${title}\n${body}`} region={region} />
      <ChoiceGroup
        type="radio"
        name="wish"
        legend="What would help most?"
        hint="People who reply see this beside their reply box."
        options={WISHES.map((w) => ({ value: w, label: wishLabels[w].label }))}
        value={valueOf(state, "wish", "just_listen")}
        error={errorOf(state, "wish")}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="font-medium">
          Content note (optional)
        </label>
        <p id={`${id}-note-hint`} className="text-sm text-muted">
          If your post touches on something others may find hard, a note folds it until they choose to open it.
        </p>
        <select
          id={`${id}-note`}
          name="contentNote"
          defaultValue={valueOf(state, "contentNote")}
          aria-describedby={`${id}-note-hint`}
          className="min-h-11 rounded-lg border border-line bg-surface px-3"
        >
          <option value="">No content note</option>
          {CONTENT_NOTES.map((n) => (
            <option key={n} value={n}>
              {contentNoteLabels[n]}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup
        type="radio"
        name="showAs"
        legend="How your name shows on this post"
        hint="Moderators can always see who wrote a post, to keep the space safe."
        options={[
          { value: "name", label: `As ${userName}` },
          { value: "pseudonym", label: "Under a pseudonym, just for this post" },
        ]}
        value={valueOf(state, "showAs", "name")}
        error={errorOf(state, "showAs")}
      />
      <Field label="Pseudonym (if you chose one)" name="pseudonym" maxLength={PSEUDONYM_MAX} defaultValue={valueOf(state, "pseudonym")} error={errorOf(state, "pseudonym")} />
      <div>
        <SubmitButton pendingLabel="Posting…">Post in {spaceName}</SubmitButton>
      </div>
    </form>
  );
}
