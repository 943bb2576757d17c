import type { HistoryEntry } from "@/lib/dal/staff/history";
import { actionLabels, contentKindLabels } from "@/lib/moderation/words";

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const appealWords = { open: "appeal waiting", upheld: "appeal upheld", overturned: "appeal overturned" } as const;

/** What moderators have done about a person before, newest first: the context for the next decision. */
export function ModerationHistory({ name, history }: { name: string; history: { entries: HistoryEntry[]; openReports: number; openSafetyItems: number } }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        Open about {name}: {history.openReports} {history.openReports === 1 ? "report" : "reports"}, {history.openSafetyItems}{" "}
        {history.openSafetyItems === 1 ? "safety item" : "safety items"}.
      </p>
      {history.entries.length === 0 ? (
        <p>No earlier actions.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {history.entries.map((e) => (
            <li key={e.id} className="rounded-lg border border-line bg-surface p-3">
              <p className="font-medium">
                {actionLabels[e.action]}
                {e.targetKind && e.targetKind !== "person" ? ` (${contentKindLabels[e.targetKind]})` : ""}
                <span className="font-normal text-muted">
                  {" "}
                  · {dayFormat.format(e.createdAt)}
                  {e.moderatorName ? ` · ${e.moderatorName}` : ""}
                  {e.appeal ? ` · ${appealWords[e.appeal.status]}` : ""}
                </span>
              </p>
              <p className="text-sm">“{e.reason}”</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
