import { useId } from "react";

/** A labelled textarea; its hint, length limit and error are announced with it. */
export function TextAreaField({
  label,
  name,
  value,
  hint,
  error,
  maxLength,
  rows = 4,
  required,
}: {
  label: string;
  name: string;
  value?: string;
  hint?: string;
  error?: string;
  maxLength: number;
  rows?: number;
  required?: boolean;
}) {
  const id = useId();
  const describedBy = [`${id}-limit`, hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded-lg border bg-surface p-3 ${error ? "border-danger" : "border-line"}`}
      />
      <p id={`${id}-limit`} className="text-xs text-muted">
        Up to {maxLength} characters.
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
