import Link from "next/link";
import type { ReportedContent } from "@/lib/dal/staff/moderator-content";
import { ThreadLines } from "./thread-lines";

/** The words an item points at, decrypted for this moderator (the read is already in the audit log). */
export function ReportedContentView({ content }: { content: ReportedContent }) {
  const recorded = <p className="text-sm text-muted">Reading this was recorded in the audit log. Don&apos;t copy these words anywhere else.</p>;
  switch (content.kind) {
    case "person":
      return <p>This is about the person, not a particular message. Their history is below.</p>;
    case "space":
      return (
        <p>
          This is {content.replyId ? "a reply to a post" : "a post"} in a space.{" "}
          <Link href={`/admin/space-posts/${content.postId}${content.replyId ? `#reply-${content.replyId}` : ""}`} className="font-semibold underline">
            Read it on its page
          </Link>{" "}
          (reading it is recorded), then decide here or there.
        </p>
      );
    case "gone":
      return <p>The content no longer exists (the account or relationship was deleted).</p>;
    case "profile":
      return (
        <div className="flex flex-col gap-3">
          {recorded}
          {content.sections.length === 0 ? <p>Their profile has no free text now.</p> : null}
          <dl className="flex flex-col gap-3">
            {content.sections.map((s) => (
              <div key={s.label} className="rounded-lg border border-line bg-surface p-3">
                <dt className="text-sm font-medium text-muted">{s.label}</dt>
                <dd className="mt-1 whitespace-pre-line break-words">{s.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      );
    case "circle_message":
      return (
        <div className="flex flex-col gap-3">
          {recorded}
          <ThreadLines lines={content.lines} label="The circle message with the messages around it" />
        </div>
      );
    case "message":
      return (
        <div className="flex flex-col gap-3">
          {recorded}
          <ThreadLines lines={content.lines} label="The reported message with the messages around it" />
        </div>
      );
    case "check_in_entry":
      return (
        <div className="flex flex-col gap-3">
          {recorded}
          <div className="rounded-lg border border-danger bg-danger-soft p-3">
            <p className="text-sm text-muted">
              Check-in entry by <span className="font-medium text-ink">{content.entry.authorName}</span>
              {content.entry.removed ? <span className="font-semibold text-danger"> · removed by a moderator</span> : null}
            </p>
            {content.entry.answers ? (
              <dl className="mt-2 flex flex-col gap-2">
                {content.entry.answers.map((a) => (
                  <div key={a.label}>
                    <dt className="text-sm font-medium">{a.label}</dt>
                    <dd className="whitespace-pre-line break-words">{a.text}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p>(This entry could not be decrypted: a data key is missing.)</p>
            )}
          </div>
          <h3 className="font-semibold">Messages around it</h3>
          <ThreadLines lines={content.lines} label="Messages around the check-in entry" />
        </div>
      );
  }
}
