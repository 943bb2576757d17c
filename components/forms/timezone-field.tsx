"use client";

import { useEffect, useId, useState } from "react";

/**
 * The person's timezone: the saved one, else the browser's, always editable.
 * The list comes from the browser (Intl), so it matches what it can display.
 */
export function TimezoneField({ name = "timezone", value, error }: { name?: string; value?: string; error?: string }) {
  const id = useId();
  const [zone, setZone] = useState(value ?? "");
  const [zones, setZones] = useState<string[]>(value ? [value] : []);
  useEffect(() => {
    const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setZones([...new Set([...(value ? [value] : []), detected, ...all, "UTC"])].sort());
    if (!value && detected) setZone(detected);
  }, [value]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        Your timezone
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        We found this from your browser. Times are always shown to each person in their own timezone.
      </p>
      <select
        id={id}
        name={name}
        value={zone}
        onChange={(event) => setZone(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="min-h-11 max-w-md rounded-lg border border-line bg-surface px-3"
      >
        {zone === "" ? <option value="">Choose your timezone</option> : null}
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
