import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { matchRequests, relationships } from "@/db/schema";
import { describeRhythm, type Rhythm } from "@/lib/rhythm";
import type { Cadence, Day, DayPart } from "@/lib/profiles/options";
import { endReasonForOther, endReasonLabel, type EndReason } from "@/lib/validation/relationships";
import { accessRelationship, timezoneOf } from "./access";
import { absencesOf, rhythmRowsOf, rupturesOf } from "./reads";
import { finishPlannedEndingIfDue } from "./lifecycle";
import { dateFormat } from "@/lib/time/format";

/**
 * A relationship's story, told from its data for one of its two people:
 * how it started, the rhythm agreed and changed, ruptures named and repaired,
 * time away, and the ending (planned or done). Only facts and dates: no
 * message, entry, note or closing word appears here.
 */

export interface TimelineEvent {
  /** Stable within the list, for React keys. */
  key: string;
  at: Date;
  kind: "started" | "rhythm" | "rupture" | "repair" | "absence" | "ending-planned" | "ended";
  title: string;
  detail: string | null;
}

/**
 * The story, oldest first. `{ howItStarted: false }` leaves out the one read
 * only the first event's detail needs (the request it came from): for the
 * closed fold's summary, which counts the events and dates the latest.
 */
export async function getTimeline(relationshipId: string, { howItStarted = true }: { howItStarted?: boolean } = {}): Promise<{ timezone: string; events: TimelineEvent[] }> {
  // Rendered beside the ending section: both settle a due planned ending first, so they tell the same story.
  await finishPlannedEndingIfDue(relationshipId);
  const access = await accessRelationship(relationshipId);
  const { viewer, otherName } = access;
  const [timezone, request, rhythmRows, ruptureRows, absenceRows] = await Promise.all([
    timezoneOf(viewer.id),
    // The request the relationship came from, if any: a round's proposal or someone asking.
    !howItStarted
      ? null
      : db()
          .select({ fromId: matchRequests.fromId, roundId: matchRequests.roundId })
          .from(relationships)
          .innerJoin(matchRequests, eq(matchRequests.id, relationships.requestId))
          .where(eq(relationships.id, access.id))
          .then((rows) => rows[0] ?? null),
    // The rows the other sections read too, shared within the request (./reads.ts).
    rhythmRowsOf(access.id).then((rows) => rows.filter((r) => r.status === "agreed")),
    rupturesOf(access.id),
    absencesOf(access.id),
  ]);

  const who = (userId: string | null, you: string, them: string) => (userId === viewer.id ? you : them);
  const day = dateFormat({ day: "numeric", month: "long", timeZone: timezone });
  const events: TimelineEvent[] = [];

  events.push({
    key: "started",
    at: access.startedAt,
    kind: "started",
    title: access.kind === "friendship" ? "You became peer friends" : "You started walking alongside each other",
    detail: !request
      ? null
      : request.roundId
        ? "Our moderators introduced you in a matching round, and you both said yes."
        : request.fromId === viewer.id
          ? `You asked ${otherName}, and they said yes.`
          : `${otherName} asked you, and you said yes.`,
  });

  rhythmRows.forEach((r, i) => {
    if (!r.effectiveFrom) return;
    const rhythm: Rhythm = { cadence: r.cadence as Cadence, day: r.day as Day, part: r.part as DayPart, timezone: r.timezone };
    events.push({
      key: `rhythm-${r.id}`,
      at: r.effectiveFrom,
      kind: "rhythm",
      title: i === 0 ? "You agreed your rhythm" : "You changed your rhythm",
      detail: safeDescribe(rhythm, timezone, r.effectiveFrom),
    });
  });

  for (const r of ruptureRows) {
    events.push({
      key: `rupture-${r.id}`,
      at: r.openedAt,
      kind: "rupture",
      title: `${who(r.openedById, "You", otherName)} said something felt off`,
      detail: "Saying so is how things get better.",
    });
    if (r.status === "repaired" && r.resolvedAt) {
      events.push({ key: `repair-${r.id}`, at: r.resolvedAt, kind: "repair", title: "You worked through something together", detail: "A repair is a strength of a relationship." });
    }
  }

  for (const a of absenceRows) {
    events.push({
      key: `absence-${a.id}`,
      at: a.startsAt,
      kind: "absence",
      title: `${who(a.userId, "You", otherName)} took time away`,
      detail: `${day.format(a.startsAt)} to ${day.format(a.returnsAt)}, announced ahead: those check-ins were excused.`,
    });
  }

  if (access.status === "active" && access.endingAfter) {
    events.push({
      key: "ending-planned",
      at: access.endingAfter,
      kind: "ending-planned",
      title: `${who(access.endedById, "You", otherName)} planned one final check-in`,
      detail: "The relationship closes after it.",
    });
  }
  if (access.status === "ended" && access.endedAt) {
    const byViewer = access.endedById === viewer.id;
    const reason = byViewer ? endReasonLabel(access.endReason) : (endReasonForOther[access.endReason as EndReason] ?? null);
    events.push({
      key: "ended",
      at: access.endedAt,
      kind: "ended",
      title: `${byViewer ? "You" : otherName} closed the relationship${access.endingAfter ? ", after a final check-in" : ""}`,
      detail: reason ? `${byViewer ? "Your reason: " : ""}${reason}` : null,
    });
  }

  // Newest last; events at the same moment keep the order they were added in (the story's order).
  const order = new Map(events.map((e, i) => [e.key, i]));
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || order.get(a.key)! - order.get(b.key)!);
  return { timezone, events };
}

/** An invalid stored rhythm must not break the page: it shows without the words. */
function safeDescribe(rhythm: Rhythm, timezone: string, at: Date): string | null {
  try {
    return describeRhythm(rhythm, timezone, at);
  } catch {
    return null;
  }
}
