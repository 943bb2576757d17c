"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { ALL_ZONES, filterZoneGroups, ZONE_GROUPS } from "@/lib/time/zones";

// The browser's own timezone, read once. The server renders without it; React
// swaps it in after hydration (useSyncExternalStore), so both render the same first.
let browserZone: string | undefined;
const readBrowserZone = () => (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone ?? "");
const subscribe = () => () => {};
const readHydrated = () => true;

const fullName = (zone: string) => zone.split("/").join(" / ").replaceAll("_", " ");

/**
 * The person's timezone: the saved one, else the browser's, always editable.
 * A native <select> grouped by region (it works, and submits a valid IANA
 * name, without JavaScript); with JavaScript the detected zone comes first
 * and a search box narrows the list as you type.
 */
export function TimezoneField({ name = "timezone", value, error }: { name?: string; value?: string; error?: string }) {
  const detected = useSyncExternalStore(subscribe, readBrowserZone, () => "");
  const hydrated = useSyncExternalStore(subscribe, readHydrated, () => false);
  const zone = value || detected;
  // Keyed on its default: when the browser's zone arrives, or the server echoes
  // a value back after an action, the field starts again from that default.
  return <ZoneChooser key={zone} name={name} zone={zone} saved={Boolean(value)} detected={detected} searchable={hydrated} error={error} />;
}

function ZoneChooser({
  name,
  zone,
  saved,
  detected,
  searchable,
  error,
}: {
  name: string;
  zone: string;
  saved: boolean;
  detected: string;
  searchable: boolean;
  error?: string;
}) {
  const id = useId();
  const [selected, setSelected] = useState(zone);
  const [query, setQuery] = useState("");
  const groups = filterZoneGroups(ZONE_GROUPS, query);
  const listed = new Set(groups.flatMap((g) => g.zones.map((z) => z.value)));

  // First, outside the regions: the saved zone, the browser's, and whatever is chosen now if the search hides it.
  const pinned: { value: string; label: string }[] = [];
  const pin = (value: string, label: string) => {
    if (value && !pinned.some((p) => p.value === value)) pinned.push({ value, label });
  };
  if (saved) pin(zone, `${fullName(zone)} (saved)`);
  pin(detected, `${fullName(detected)} (from your browser)`);
  if (!listed.has(selected)) pin(selected, fullName(selected));
  // A saved zone from an older list (e.g. "Asia/Calcutta") still shows as itself.
  if (zone && !ALL_ZONES.includes(zone)) pin(zone, fullName(zone));

  function search(next: string) {
    setQuery(next);
    const visible = filterZoneGroups(ZONE_GROUPS, next).flatMap((g) => g.zones.map((z) => z.value));
    // What the list shows selected is what the form sends: follow the search to its first match.
    if (next.trim() && visible.length > 0 && !visible.includes(selected)) setSelected(visible[0]!);
  }

  const matchCount = listed.size;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        Your timezone
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {searchable ? "Found from your browser; type a city or region to look for another. " : "Choose the city nearest you, by region. "}
        Times are always shown to each person in their own timezone.
      </p>
      {searchable ? (
        <div className="flex max-w-md flex-col gap-1">
          <label htmlFor={`${id}-search`} className="text-sm font-medium">
            Search the list by city or region
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            autoComplete="off"
            aria-controls={id}
            aria-describedby={`${id}-count`}
            onChange={(event) => search(event.target.value)}
            // Enter moves to the list instead of sending the whole form.
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                document.getElementById(id)?.focus();
              }
            }}
            className="min-h-11 rounded-lg border border-line bg-surface px-3"
          />
          <p id={`${id}-count`} aria-live="polite" className="text-sm text-muted">
            {query.trim() ? (matchCount === 0 ? `No timezone matches “${query.trim()}”.` : `${matchCount} ${matchCount === 1 ? "timezone matches" : "timezones match"}.`) : ""}
          </p>
        </div>
      ) : null}
      <select
        id={id}
        name={name}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="min-h-11 max-w-md rounded-lg border border-line bg-surface px-3"
      >
        {selected === "" ? <option value="">Choose your timezone</option> : null}
        {pinned.length > 0 ? (
          <optgroup label={saved ? "Yours" : "Found from your browser"}>
            {pinned.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {groups.map((group) => {
          const zones = group.zones.filter((z) => !pinned.some((p) => p.value === z.value));
          return zones.length > 0 ? (
            <optgroup key={group.region} label={group.region}>
              {zones.map((z) => (
                <option key={z.value} value={z.value}>
                  {z.label}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
