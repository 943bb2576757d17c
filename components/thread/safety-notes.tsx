import Link from "next/link";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import type { NoteLevel } from "@/lib/thread/safety-notes";

/**
 * The care the thread offers beside a message whose words sound like a
 * concern or a crisis. The message itself was sent as written: these notes
 * never block, change or hold anything back.
 */

export function RegionLines({ region }: { region: CrisisRegion | undefined }) {
  if (!region) {
    return <p>If you might be in danger, call your local emergency number now.</p>;
  }
  return (
    <ul className="flex flex-col gap-1">
      {region.lines.map((line) => (
        <li key={line.name}>
          {line.name}:{" "}
          {line.href ? (
            <a href={line.href} className="font-semibold underline">
              {line.contact}
            </a>
          ) : (
            <strong>{line.contact}</strong>
          )}
          {line.note ? <span className="text-muted"> ({line.note})</span> : null}
        </li>
      ))}
      <li>
        In an emergency ({region.region}): <strong>{region.emergency}</strong>
      </li>
    </ul>
  );
}

/** For the author, right under their message. */
export function AuthorSafetyNote({ level, otherName, region }: { level: NoteLevel; otherName: string; region: CrisisRegion | undefined }) {
  return (
    <aside aria-label="Support for you" className="flex flex-col gap-2 rounded-lg border-l-4 border-help bg-help-soft p-3 text-sm">
      <p className="font-semibold">You matter. Your message was sent to {otherName}.</p>
      {level === "crisis" ? (
        <p>
          {otherName} will read it when they can, but nobody here is watching around the clock. If you might act on these thoughts, or
          you are in danger, please reach someone who is there right now:
        </p>
      ) : (
        <p>It sounds like a lot to carry. If it gets too heavy, there are people to talk to day and night:</p>
      )}
      <RegionLines region={region} />
      <p>
        <Link href="/get-help" className="font-semibold text-help underline">
          {region ? "Helplines in other places" : "Find a helpline near you"}
        </Link>
      </p>
    </aside>
  );
}

/** For the other person, beside the message: how to help, briefly. */
export function PartnerGuidance({ level, authorName }: { level: NoteLevel; authorName: string }) {
  return (
    <aside aria-label={`How to help ${authorName}`} className="flex flex-col gap-2 rounded-lg border-l-4 border-help bg-help-soft p-3 text-sm">
      <p className="font-semibold">{level === "crisis" ? `${authorName} may be in crisis. You don't have to handle this alone.` : `${authorName} may be having a hard time.`}</p>
      <ul className="list-disc pl-5">
        <li>{level === "crisis" ? "Stay with them: reply, and tell them you're glad they told you." : "Stay present: listening is enough, you don't need to fix it."}</li>
        <li>
          Share help that is there right now:{" "}
          <Link href="/get-help" className="font-semibold text-help underline">
            Get help now
          </Link>{" "}
          lists crisis lines by country.
        </li>
        <li>Don&apos;t promise to keep it secret: when someone&apos;s safety is at risk, safety comes first.</li>
        <li>
          {level === "crisis"
            ? "Tell a moderator, so you are not carrying this on your own. If they may be in danger right now, call emergency services."
            : "If you are worried, tell a moderator."}
        </li>
      </ul>
    </aside>
  );
}
