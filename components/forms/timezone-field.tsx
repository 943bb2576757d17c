"use client";

import { useId, useSyncExternalStore } from "react";

// The browser's timezone and list, read once. The server renders without
// them; React swaps them in after hydration (useSyncExternalStore).
let browserZones: { detected: string; all: string[] } | undefined;
function readBrowserZones() {
  if (!browserZones) {
    const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    browserZones = { detected: Intl.DateTimeFormat().resolvedOptions().timeZone, all: [...new Set([...all, "UTC"])].sort() };
  }
  return browserZones;
}
const serverZones = { detected: "", all: [] as string[] };
const subscribe = () => () => {};

/**
 * The person's timezone: the saved one, else the browser's, always editable.
 * The list comes from the browser (Intl), so it matches what it can display.
 */
export function TimezoneField({ name = "timezone", value, error }: { name?: string; value?: string; error?: string }) {
  const id = useId();
  const zones = useSyncExternalStore(subscribe, readBrowserZones, () => serverZones);
  const zone = value || zones.detected;
  const options = zone && !zones.all.includes(zone) ? [zone, ...zones.all] : zones.all;
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
        // Uncontrolled, so React's reset of the form after an action returns it
        // to this default; a new default (the browser's zone arriving, or a
        // value echoed back by the server) remounts it.
        key={zone}
        defaultValue={zone}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="min-h-11 max-w-md rounded-lg border border-line bg-surface px-3"
      >
        {zone === "" ? <option value="">Choose your timezone</option> : null}
        {options.map((z) => (
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
