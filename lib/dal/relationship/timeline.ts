import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { matchRequests, relationships } from "@/db/schema";
import { describeRhythm, type Rhythm } from "@/lib/rhythm";
import type { Cadence, Day, DayPart } from "@/lib/profiles/options";
import { endReasonForOther, endReasonLabel, type EndReason } from "@/lib/validation/relationships";
import { accessRelationship, timezoneOf } from "./access";
import { foldRowsOf } from "./fold-rows";
import { absencesOf, rhythmRowsOf } from "./reads";
import { finishPlannedEndingIfDue } from "./lifecycle";
import { dateFormat } from "@/lib/time/format";
import { perRequest } from "@/lib/dal/system/request-scope";

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

/** One moment of the story before it is put into words: which facts make the story, and when. */
type Moment = { key: string; at: Date } & (
  | { kind: "started" }
  | { kind: "rhythm"; rhythm: Rhythm; first: boolean }
  | { kind: "rupture"; byId: string }
  | { kind: "repair" }
  | { kind: "absence"; byId: string; startsAt: Date; returnsAt: Date }
  | { kind: "ending-planned"; byId: string | null }
  | { kind: "ended" }
);

/**
 * The story's moments, oldest first, for the closed fold's summary (how
 * many, the latest) and the full story alike, so the two always agree. From
 * rows the rest of the page reads anyway (./reads.ts, ./fold-rows.ts).
 * Once per request: with the story fold open, its summary and the story
 * itself ask for the same moments.
 */
const momentsOf = perRequest("story-moments", async (relationshipId: string) => {
  // Rendered beside the ending section: both settle a due planned ending first, so they tell the same story.
  await finishPlannedEndingIfDue(relationshipId);
  const access = await accessRelationship(relationshipId);
  const [timezone, rhythmRows, { ruptures }, absenceRows] = await Promise.all([
    timezoneOf(access.viewer.id),
    rhythmRowsOf(access.id).then((rows) => rows.filter((r) => r.status === "agreed")),
    foldRowsOf(access),
    absencesOf(access.id),
  ]);
  const moments: Moment[] = [{ key: "started", at: access.startedAt, kind: "started" }];
  rhythmRows.forEach((r, i) => {
    if (!r.effectiveFrom) return;
    const rhythm: Rhythm = { cadence: r.cadence as Cadence, day: r.day as Day, part: r.part as DayPart, timezone: r.timezone };
    moments.push({ key: `rhythm-${r.id}`, at: r.effectiveFrom, kind: "rhythm", rhythm, first: i === 0 });
  });
  for (const r of ruptures) {
    moments.push({ key: `rupture-${r.id}`, at: r.openedAt, kind: "rupture", byId: r.openedById });
    if (r.status === "repaired" && r.resolvedAt) moments.push({ key: `repair-${r.id}`, at: r.resolvedAt, kind: "repair" });
  }
  for (const a of absenceRows) moments.push({ key: `absence-${a.id}`, at: a.startsAt, kind: "absence", byId: a.userId, startsAt: a.startsAt, returnsAt: a.returnsAt });
  if (access.status === "active" && access.endingAfter) moments.push({ key: "ending-planned", at: access.endingAfter, kind: "ending-planned", byId: access.endedById });
  if (access.status === "ended" && access.endedAt) moments.push({ key: "ended", at: access.endedAt, kind: "ended" });
  // Newest last; moments at the same instant keep the order they were added in (the story's order).
  const order = new Map(moments.map((m, i) => [m.key, i]));
  moments.sort((a, b) => a.at.getTime() - b.at.getTime() || order.get(a.key)! - order.get(b.key)!);
  return { access, timezone, moments };
});

/** The closed fold's summary: how many moments, and when the latest was. No words are made. */
export async function storySummary(relationshipId: string): Promise<{ timezone: string; moments: number; latest: Date | null }> {
  const { timezone, moments } = await momentsOf(relationshipId);
  return { timezone, moments: moments.length, latest: moments.at(-1)?.at ?? null };
}

/** The story, oldest first, in words. */
export async function getTimeline(relationshipId: string): Promise<{ timezone: string; events: TimelineEvent[] }> {
  const [{ access, timezone, moments }, request] = await Promise.all([momentsOf(relationshipId), howItStarted(relationshipId)]);
  const { viewer, otherName } = access;
  const who = (userId: string | null, you: string, them: string) => (userId === viewer.id ? you : them);
  const day = dateFormat({ day: "numeric", month: "long", timeZone: timezone });

  const tell = (m: Moment): Omit<TimelineEvent, "key" | "at" | "kind"> => {
    switch (m.kind) {
      case "started":
        return {
          title: access.kind === "friendship" ? "You became peer friends" : "You started walking alongside each other",
          detail: !request
            ? null
            : request.roundId
              ? "Our moderators introduced you in a matching round, and you both said yes."
              : request.fromId === viewer.id
                ? `You asked ${otherName}, and they said yes.`
                : `${otherName} asked you, and you said yes.`,
        };
      case "rhythm":
        return { title: m.first ? "You agreed your rhythm" : "You changed your rhythm", detail: safeDescribe(m.rhythm, timezone, m.at) };
      case "rupture":
        return { title: `${who(m.byId, "You", otherName)} said something felt off`, detail: "Saying so is how things get better." };
      case "repair":
        return { title: "You worked through something together", detail: "A repair is a strength of a relationship." };
      case "absence":
        return {
          title: `${who(m.byId, "You", otherName)} took time away`,
          detail: `${day.format(m.startsAt)} to ${day.format(m.returnsAt)}, announced ahead: those check-ins were excused.`,
        };
      case "ending-planned":
        return { title: `${who(m.byId, "You", otherName)} planned one final check-in`, detail: "The relationship closes after it." };
      case "ended": {
        const byViewer = access.endedById === viewer.id;
        const reason = byViewer ? endReasonLabel(access.endReason) : (endReasonForOther[access.endReason as EndReason] ?? null);
        return {
          title: `${byViewer ? "You" : otherName} closed the relationship${access.endingAfter ? ", after a final check-in" : ""}`,
          detail: reason ? `${byViewer ? "Your reason: " : ""}${reason}` : null,
        };
      }
    }
  };
  return { timezone, events: moments.map((m) => ({ key: m.key, at: m.at, kind: m.kind, ...tell(m) })) };
}

/** The request the relationship came from, if any (a round's proposal or someone asking): only the first event's detail needs it. */
async function howItStarted(relationshipId: string) {
  const access = await accessRelationship(relationshipId);
  const [request] = await db()
    .select({ fromId: matchRequests.fromId, roundId: matchRequests.roundId })
    .from(relationships)
    .innerJoin(matchRequests, eq(matchRequests.id, relationships.requestId))
    .where(eq(relationships.id, access.id));
  return request ?? null;
}

/** An invalid stored rhythm must not break the page: it shows without the words. */
function safeDescribe(rhythm: Rhythm, timezone: string, at: Date): string | null {
  try {
    return describeRhythm(rhythm, timezone, at);
  } catch {
    return null;
  }
}
