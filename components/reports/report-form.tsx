"use client";

import Link from "next/link";
import { useActionState } from "react";
import { reportAction } from "@/lib/actions/safety/reports";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { categoryLabels } from "@/lib/moderation/words";
import { type ContentKindValue, REPORT_CATEGORIES, REPORT_NOTE_MAX } from "@/lib/validation/reports";

const choices = REPORT_CATEGORIES.map((value) => ({ value, label: categoryLabels[value].label, hint: categoryLabels[value].hint }));

/**
 * "Report…": a disclosure with what is wrong and an optional note, for a
 * message, a check-in entry, a profile or a person. It sends only the kind and
 * id; the server works out whom it is about and whether the viewer may report
 * it. Place it next to the thing (e.g. label "Report this message").
 */
export function ReportForm({
  targetKind,
  targetId,
  label,
  open = false,
  circleId,
}: {
  targetKind: ContentKindValue;
  targetId: string;
  label: string;
  open?: boolean;
  /** Reporting from a circle's page: the server checks both people are in it, and the circle's moderators see it. */
  circleId?: string;
}) {
  const [state, action] = useActionState(reportAction, idle);
  if (state.status === "success") {
    return (
      <Notice tone="success" title="Report sent">
        {state.message}{" "}
        <Link href="/reports" className="underline">
          Your reports
        </Link>
      </Notice>
    );
  }
  return (
    <details open={open || state.status === "error" || undefined} className="rounded-lg">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2 text-sm underline">{label}…</summary>
      <form action={action} noValidate className="mt-3 flex flex-col gap-4 rounded-xl border border-line bg-surface p-4">
        <FormMessage state={state} />
        <input type="hidden" name="targetKind" value={targetKind} />
        <input type="hidden" name="targetId" value={targetId} />
        {circleId ? <input type="hidden" name="circleId" value={circleId} /> : null}
        <ChoiceGroup type="radio" name="category" legend="What's wrong?" options={choices} value={valueOf(state, "category")} error={errorOf(state, "category")} />
        <TextAreaField
          label="Anything moderators should know (optional)"
          hint="Only moderators read this. The person you report is not told who reported them."
          name="note"
          rows={3}
          maxLength={REPORT_NOTE_MAX}
          value={valueOf(state, "note")}
          error={errorOf(state, "note")}
        />
        <p className="text-sm text-muted">
          If someone is in danger right now, don&apos;t wait for us:{" "}
          <Link href="/get-help" className="underline">
            get help now
          </Link>
          .
        </p>
        <div>
          <SubmitButton tone="danger" pendingLabel="Sending…">
            Send report
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
