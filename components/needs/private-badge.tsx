/** Marks an answer nobody else sees. */
export function PrivateBadge() {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-line bg-page px-2 py-0.5 text-xs font-medium text-muted">
      Only you see this — used for matching
    </span>
  );
}
