import type { CrisisRegion } from "@/lib/safety/crisis-resources";

/** A region as people will see it: emergency number, then each line. */
export function RegionSummary({ region }: { region: CrisisRegion }) {
  return (
    <div className="flex flex-col gap-1">
      <p>
        Emergency: <strong>{region.emergency}</strong>
      </p>
      {region.lines.length === 0 ? <p className="text-sm text-muted">No lines yet: only the emergency number is shown.</p> : null}
      <ul className="flex flex-col gap-1">
        {region.lines.map((line) => (
          <li key={line.name}>
            {line.name}: <strong>{line.contact}</strong>
            {line.href ? <code className="ml-2 text-xs text-muted">{line.href}</code> : null}
            {line.note ? <span className="text-muted"> ({line.note})</span> : null}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        {region.timezones.length === 0 ? "No timezones: shown to everyone, never first." : `Timezones: ${region.timezones.join(", ")}`}
      </p>
    </div>
  );
}
