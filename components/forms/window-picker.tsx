import { useId } from "react";
import { dayParts, days } from "@/lib/profiles/options";

/**
 * Days × parts of day as a table of checkboxes named `name`, valued like
 * "tue-evening". Each box is labelled in full ("Tuesday evening") for screen
 * readers; the table's headers give the same to sighted people.
 */
export function WindowPicker({
  name = "windows",
  legend,
  value = [],
  hint,
  error,
}: {
  name?: string;
  legend: string;
  value?: readonly string[];
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const checked = new Set(value);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="-mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <table className="w-full max-w-md border-collapse text-sm">
        <thead>
          <tr>
            <td />
            {dayParts.map((part) => (
              <th key={part.value} scope="col" className="p-1 text-center font-medium">
                {part.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.value} className="border-t border-line">
              <th scope="row" className="p-1 text-left font-medium">
                {day.label}
              </th>
              {dayParts.map((part) => {
                const window = `${day.value}-${part.value}`;
                return (
                  <td key={window} className="p-0 text-center">
                    <label className="flex min-h-11 cursor-pointer items-center justify-center">
                      <input type="checkbox" name={name} value={window} defaultChecked={checked.has(window)} className="size-5" />
                      <span className="sr-only">
                        {day.label} {part.label.toLowerCase()}
                      </span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
