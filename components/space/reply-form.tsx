"use client";

import { useActionState, useId, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { replyAction, type ReplyFormState } from "@/lib/actions/space/posts";
import { errorOf, idle } from "@/lib/forms/state";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { wishLabels, type Wish } from "@/lib/spaces/words";
import { REPLY_MAX } from "@/lib/validation/spaces";
import { CrisisLines } from "./crisis-lines";
import { RiskHint } from "./risk-hint";

/**
 * The reply box, with the writer's wish beside it, so a reply answers what
 * was asked. A new client key after each stored reply makes a double click
 * store one reply.
 */
export function ReplyForm({ postId, wish, writerName, region, firstKey }: { postId: string; wish: Wish; writerName: string; region: CrisisRegion | undefined; firstKey: string }) {
  const [body, setBody] = useState("");
  const [key, setKey] = useState(firstKey);
  const [state, action] = useActionState<ReplyFormState, FormData>(async (prev, data) => {
    const result = await replyAction(prev, data);
    if (result.status === "success") {
      setBody("");
      setKey(crypto.randomUUID());
    }
    return result;
  }, idle);
  const id = useId();
  const error = errorOf(state, "body");
  return (
    <form action={action} noValidate className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
      <h2 className="text-xl font-semibold">Reply</h2>
      <div id={`${id}-wish`} className="rounded-lg border-l-4 border-brand bg-brand-soft p-3 text-sm">
        <p className="font-semibold">
          {writerName === "You" ? "You asked for" : `${writerName} asked for`}: {wishLabels[wish].label.toLowerCase()}
        </p>
        <p>{wishLabels[wish].forReplier}</p>
      </div>
      <FormMessage state={state} />
      {state.status === "success" && state.reply?.status === "held_crisis" ? <CrisisLines level="crisis" region={region} held /> : null}
      {state.status === "success" && state.reply?.risk === "concern" ? <CrisisLines level="concern" region={region} /> : null}
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="clientKey" value={key} />
      <label htmlFor={`${id}-body`} className="font-medium">
        Your reply
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-describedby={`${id}-wish ${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className={`rounded-lg border bg-surface p-3 ${error ? "border-danger" : "border-line"}`}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        Up to {REPLY_MAX} characters. Replies are shown to everyone who can read this post.
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <RiskHint text={body} region={region} />
      <div>
        <SubmitButton pendingLabel="Replying…">Post reply</SubmitButton>
      </div>
    </form>
  );
}
