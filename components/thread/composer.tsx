"use client";

import { useId, useRef, useState, useTransition } from "react";
import { type SendMessageState, sendMessageAction } from "@/lib/actions/relationship/thread";
import { useLiveRisk } from "@/components/safety/use-live-risk";
import { WhileWritingHelp } from "@/components/safety/while-writing-help";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle } from "@/lib/forms/state";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import type { MessageDto } from "@/lib/thread/types";
import { MESSAGE_MAX } from "@/lib/validation/messages";
import { newClientKey } from "./client-key";

const NETWORK_ERROR =
  "We couldn't reach Alongside, so your message may not have been sent. It's still here: try again in a moment, and it will be sent only once.";

/**
 * Writing a message. The draft lives in this component's state and is
 * cleared only when the server says the message is stored; a validation
 * error, a server error or a lost connection all leave it as it was.
 *
 * Each draft has a clientKey made here in the browser. Sending the same
 * draft again (a double click, a retry after a lost answer) reuses it, so
 * the server stores one message. Editing a draft after trying to send it
 * makes it a new draft with a new key: nothing typed is ever merged away.
 *
 * While writing, the risk detector reads the draft in the browser (debounced);
 * at crisis level the crisis lines for the person's region appear beside the
 * box before they send. Never blocking, never changing what is sent; the
 * server assesses again on send.
 */
export function Composer({
  relationshipId,
  otherName,
  onSent,
  region,
}: {
  relationshipId: string;
  otherName: string;
  onSent: (message: MessageDto) => void;
  region?: CrisisRegion;
}) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [state, setState] = useState<SendMessageState>(idle);
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const key = useRef<string | null>(null);
  const tried = useRef(false);
  const error = errorOf(state, "body");
  // Problems that are not about the words typed (a lost connection, an ended relationship, a broken draft key).
  const formError = state.status === "error" && !error ? (state.fieldErrors.clientKey ?? state.fieldErrors.relationshipId ?? state.message) : undefined;
  const length = draft.trim().length;
  const over = length > MESSAGE_MAX;
  const liveRisk = useLiveRisk(draft);

  function send(form: HTMLFormElement) {
    if (pending) return;
    const data = new FormData(form);
    key.current ??= newClientKey();
    data.set("clientKey", key.current);
    const submitted = draft;
    tried.current = true;
    setAnnouncement("");
    startTransition(async () => {
      let result: SendMessageState;
      try {
        result = await sendMessageAction(idle, data);
      } catch {
        result = { status: "error", message: NETWORK_ERROR, fieldErrors: {}, values: { body: submitted } };
      }
      setState(result);
      if (result.status !== "success") return;
      // Typed more while it was sending? That text is a new draft and stays.
      setDraft((current) => (current === submitted ? "" : current));
      key.current = null;
      tried.current = false;
      if (result.sent) {
        onSent(result.sent);
        setAnnouncement(
          result.sent.risk === "none"
            ? "Message sent."
            : `Message sent. You matter: under your message are people you can talk to right now.`,
        );
      }
    });
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        send(event.currentTarget);
      }}
    >
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <label htmlFor={id} className="text-sm font-medium">
        Message to {otherName}
      </label>
      {/* A chat's composer: the box and Send side by side. */}
      <div className="flex items-end gap-2">
        <textarea
          id={id}
          name="body"
          rows={2}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            if (tried.current) {
              key.current = null;
              tried.current = false;
            }
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          aria-invalid={error || over ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}${liveRisk === "crisis" ? ` ${id}-help` : ""}`}
          className={`min-h-12 min-w-0 flex-1 rounded-lg border bg-surface p-3 ${error || over ? "border-danger" : "border-line"}`}
        />
        <button type="submit" className={buttonClass("primary")} disabled={pending} aria-disabled={pending}>
          {pending ? "Sending…" : "Send"}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <WhileWritingHelp id={`${id}-help`} level={liveRisk} region={region} />
      <p id={`${id}-hint`} className={`text-xs ${over ? "font-medium text-danger" : "text-muted"}`}>
        {over ? `${length} of ${MESSAGE_MAX} characters: a little too long.` : `Up to ${MESSAGE_MAX} characters. Ctrl or ⌘ + Enter also sends.`}
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
