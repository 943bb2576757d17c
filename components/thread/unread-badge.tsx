/** "3 new messages" beside a person, on the list of one's people and the home page. Nothing when there are none. */
export function UnreadBadge({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <span className="inline-flex items-center rounded-full bg-brand px-2.5 py-0.5 text-sm font-semibold text-brand-ink">
      {count === 1 ? "1 new message" : `${count} new messages`}
    </span>
  );
}
