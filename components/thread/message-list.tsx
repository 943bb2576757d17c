import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { safetyNotes } from "@/lib/thread/safety-notes";
import { messageTime } from "@/lib/thread/time";
import type { MessageDto } from "@/lib/thread/types";
import { ReportLink } from "@/components/reports/report-link";
import { MessageText } from "./message-text";
import { AuthorSafetyNote, PartnerGuidance } from "./safety-notes";

/** The messages, oldest first; one's own on the right. Safety notes sit right under the message they belong to. */
export function MessageList({
  messages,
  otherName,
  timezone,
  region,
}: {
  messages: readonly MessageDto[];
  otherName: string;
  timezone: string;
  region: CrisisRegion | undefined;
}) {
  const notes = safetyNotes(messages);
  return (
    <ol className="flex flex-col gap-3" aria-label={`Messages with ${otherName}`}>
      {messages.map((m) => {
        const note = notes.get(m.id);
        return (
          <li key={m.id} className={`flex flex-col gap-2 ${m.mine ? "items-end" : "items-start"}`}>
            <article
              aria-label={`${m.mine ? "You" : m.authorName}, ${messageTime(m.createdAt, timezone)}`}
              className={`max-w-[85%] rounded-2xl px-4 py-2 ${m.mine ? "rounded-br-sm bg-brand-soft" : "rounded-bl-sm border border-line bg-surface"}`}
            >
              <p className="text-xs text-muted">
                <span className="font-semibold">{m.mine ? "You" : m.authorName}</span> ·{" "}
                <time dateTime={m.createdAt}>{messageTime(m.createdAt, timezone)}</time>
              </p>
              {m.removed ? (
                <p className="italic text-muted">This message was removed by a moderator.</p>
              ) : m.unreadable ? (
                <p className="italic text-muted">This message can&apos;t be shown right now.</p>
              ) : (
                <MessageText text={m.body} />
              )}
            </article>
            {!m.mine && !m.removed ? <ReportLink targetKind="message" targetId={m.id} label="Report this message" /> : null}
            {note ? (
              <div className="w-full max-w-[85%]">
                {m.mine ? <AuthorSafetyNote level={note} otherName={otherName} region={region} /> : <PartnerGuidance level={note} authorName={m.authorName} />}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
