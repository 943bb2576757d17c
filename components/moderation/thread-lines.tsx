import type { ThreadLine } from "@/lib/dal/staff/moderator-content";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Messages as a moderator reads them: the one an item points at is marked; removed ones say so (staff still see the words). */
export function ThreadLines({ lines, label }: { lines: ThreadLine[]; label: string }) {
  if (lines.length === 0) return <p className="text-sm text-muted">No messages around it.</p>;
  return (
    <ol aria-label={label} className="flex flex-col gap-2">
      {lines.map((line) => (
        <li
          key={line.id}
          aria-current={line.focus ? "true" : undefined}
          className={`rounded-lg border p-3 ${line.focus ? "border-danger bg-danger-soft" : "border-line bg-surface"}`}
        >
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">{line.authorName}</span> · {timeFormat.format(line.createdAt)} UTC
            {line.focus ? <span className="font-semibold text-ink"> · reported</span> : null}
            {line.removed ? <span className="font-semibold text-danger"> · removed by a moderator</span> : null}
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{line.text ?? "(These words could not be decrypted: a data key is missing.)"}</p>
        </li>
      ))}
    </ol>
  );
}
