import { useId } from "react";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  /** "radio" for one answer, "checkbox" for several. */
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  options: readonly Choice[];
  /** The checked value(s). */
  value?: string | readonly string[];
  hint?: string;
  error?: string;
  /** Lay the options out in columns on wider screens. */
  columns?: boolean;
}

/**
 * A fieldset of radios or checkboxes with a legend, so a screen reader
 * announces the question with each option. Its hint and error are tied to
 * the group with aria-describedby.
 */
export function ChoiceGroup({ type, name, legend, options, value, hint, error, columns }: ChoiceGroupProps) {
  const id = useId();
  const checked = new Set(typeof value === "string" ? [value] : (value ?? []));
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="-mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={columns ? "grid gap-2 sm:grid-cols-2" : "flex flex-col gap-2"}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
          >
            <input type={type} name={name} value={option.value} defaultChecked={checked.has(option.value)} className="mt-1 size-4 shrink-0" />
            <span>
              <span className="font-medium">{option.label}</span>
              {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
