"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { messageWriterAction, proposeEditAction, publishHeldPostAction, removePostAction } from "@/lib/actions/staff/space-posts";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { POST_BODY_MAX, POST_TITLE_MAX } from "@/lib/validation/spaces";

/** What a moderator can do with a post: show it, write to the writer, suggest an edit, or take it down with the guideline. */
export function StaffPostActions({ postId, held, removed, title, body }: { postId: string; held: boolean; removed: boolean; title: string; body: string }) {
  const [published, publish] = useActionState(publishHeldPostAction, idle);
  const [messaged, message] = useActionState(messageWriterAction, idle);
  const [proposed, propose] = useActionState(proposeEditAction, idle);
  const [removedState, remove] = useActionState(removePostAction, idle);
  const box = "flex flex-col gap-3 rounded-xl border border-line bg-surface p-4";
  return (
    <div className="flex flex-col gap-4">
      {/* After a decision the page re-renders without the form's reason to exist; the form stays to say what was done. */}
      {held || published.status === "success" ? (
        <form action={publish} className={box}>
          <h2 className="text-lg font-semibold">Show it in the space</h2>
          <FormMessage state={published} />
          <input type="hidden" name="postId" value={postId} />
          {published.status === "success" ? null : (
            <div>
              <SubmitButton>Publish this post</SubmitButton>
            </div>
          )}
        </form>
      ) : null}
      <form action={message} className={box}>
        <h2 className="text-lg font-semibold">Write to the writer privately</h2>
        <FormMessage state={messaged} />
        <input type="hidden" name="postId" value={postId} />
        <TextAreaField label="Your words to them" name="message" maxLength={2000} rows={4} value={valueOf(messaged, "message")} error={errorOf(messaged, "message")} hint="They read this in their notifications. Warm and plain; for a crisis post, name the lines you think fit." />
        <div>
          <SubmitButton>Send to the writer</SubmitButton>
        </div>
      </form>
      {held || proposed.status === "success" ? (
        <form action={propose} className={box}>
          <h2 className="text-lg font-semibold">Suggest an edit</h2>
          <p className="text-sm text-muted">For example without details of methods. Shown in the space only if the writer accepts it.</p>
          <FormMessage state={proposed} />
          <input type="hidden" name="postId" value={postId} />
          <Field label="Title" name="title" maxLength={POST_TITLE_MAX} defaultValue={valueOf(proposed, "title", title)} error={errorOf(proposed, "title")} />
          <TextAreaField label="Words" name="body" maxLength={POST_BODY_MAX} rows={6} value={valueOf(proposed, "body", body)} error={errorOf(proposed, "body")} />
          <TextAreaField label="A note to the writer (optional)" name="message" maxLength={1000} rows={2} value={valueOf(proposed, "message")} />
          <div>
            <SubmitButton>Suggest this edit</SubmitButton>
          </div>
        </form>
      ) : null}
      {!removed || removedState.status === "success" ? (
        <form action={remove} className={box}>
          <h2 className="text-lg font-semibold">Take it down</h2>
          <FormMessage state={removedState} />
          <input type="hidden" name="postId" value={postId} />
          <TextAreaField
            label="The guideline it broke, as the writer will read it"
            name="reason"
            maxLength={1000}
            rows={3}
            required
            value={valueOf(removedState, "reason")}
            error={errorOf(removedState, "reason")}
            hint="They can revise and post again, and appeal once."
          />
          <label className="flex gap-2">
            <input type="checkbox" name="pause" className="mt-1 size-4" /> Also pause their posting in this space, with the same reason
          </label>
          <div>
            <SubmitButton tone="danger">Take it down</SubmitButton>
          </div>
        </form>
      ) : null}
    </div>
  );
}
