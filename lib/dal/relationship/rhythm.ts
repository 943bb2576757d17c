import "server-only";
import { and, eq } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { friendProfiles, mentorProfiles, needsProfiles, rhythms } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseWindow, sharedWindows, weekMask } from "@/lib/matching/windows";
import type { Cadence, Day, DayPart, Window } from "@/lib/profiles/options";
import { describeRhythm } from "@/lib/rhythm";
import { isoDate, localDayOf } from "@/lib/rhythm/local";
import { proposeRhythmSchema, respondRhythmSchema, withdrawRhythmSchema } from "@/lib/validation/check-ins";
import { agreedVersions, syncCheckIns } from "./check-ins";
import { notify, type NewNotification } from "@/lib/dal/notifications/bell";
import { accessActiveRelationship, accessRelationship, timezoneOf, type RelationshipAccess } from "./access";
import { lockRelationship } from "./lock";
import { rhythmRowsOf } from "./reads";
import { perRequest } from "@/lib/dal/system/request-scope";

/**
 * Agreeing a rhythm. One person proposes (in their own timezone), the other
 * reads it in theirs and says yes or no, or proposes another instead. Every
 * agreed proposal becomes a version that governs the slots from the moment it
 * was agreed, so past check-ins never move. Writes take the relationship's row
 * lock, so two answers, two tabs or a double click are settled one at a time.
 */

export interface RhythmChoice {
  cadence: Cadence;
  day: Day;
  part: DayPart;
}

export interface AgreedRhythmView extends RhythmChoice {
  timezone: string;
  /** In the viewer's own clock. */
  description: string;
  effectiveFrom: Date;
}

export interface RhythmProposalView extends RhythmChoice {
  id: string;
  byViewer: boolean;
  timezone: string;
  /** In the viewer's own clock. */
  description: string;
}

/** What the header and the closed check-ins fold show of the rhythm. */
export interface RhythmSummary {
  viewerTimezone: string;
  agreed: AgreedRhythmView | null;
  proposal: RhythmProposalView | null;
}

export interface RhythmView extends RhythmSummary {
  /** What the proposal form starts with, in the viewer's zone. */
  suggestion: RhythmChoice;
}

/** The rhythm and any open proposal, for one of the two people. Once per request (the header and the fold). */
export const rhythmSummary = perRequest("rhythm-summary", async (relationshipId: string): Promise<RhythmSummary> => {
  const access = await accessRelationship(relationshipId);
  const at = now();
  const [viewerTimezone, versions, rows] = await Promise.all([timezoneOf(access.viewer.id), agreedVersions(access.id), rhythmRowsOf(access.id)]);
  const latest = versions.at(-1) ?? null;
  const open = rows.find((r) => r.status === "proposed");
  return {
    viewerTimezone,
    agreed: latest
      ? { cadence: latest.cadence, day: latest.day, part: latest.part, timezone: latest.timezone, effectiveFrom: latest.effectiveFrom, description: describeRhythm(latest, viewerTimezone, at) }
      : null,
    proposal: open
      ? {
          id: open.id,
          byViewer: open.proposedById === access.viewer.id,
          cadence: open.cadence,
          day: open.day as Day,
          part: open.part as DayPart,
          timezone: open.timezone,
          description: describeRhythm({ cadence: open.cadence, day: open.day as Day, part: open.part as DayPart, timezone: open.timezone }, viewerTimezone, at),
        }
      : null,
  };
});

/** The summary and a suggestion for the proposal form: for the open fold only, as the suggestion may read both people's profiles. */
export async function getRhythmView(relationshipId: string): Promise<RhythmView> {
  const access = await accessRelationship(relationshipId);
  const summary = await rhythmSummary(access.id);
  const { agreed, viewerTimezone } = summary;
  // The form starts from what is agreed when it was agreed in the viewer's own clock; only otherwise is a first guess worked out.
  const keep = agreed && agreed.timezone === viewerTimezone ? { cadence: agreed.cadence, day: agreed.day, part: agreed.part } : null;
  if (keep) return { ...summary, suggestion: keep };
  const suggested = await suggestRhythm(access, viewerTimezone, await timezoneOf(access.otherId), now());
  return { ...summary, suggestion: { ...suggested, cadence: agreed?.cadence ?? suggested.cadence } };
}

/**
 * A first guess both can live with: the seeker's cadence, and the viewer's
 * window that overlaps the other person's windows most (each person's windows
 * are in their own zone), else the viewer's first window.
 */
async function suggestRhythm(access: RelationshipAccess, viewerTimezone: string, otherTimezone: string, at: Date): Promise<RhythmChoice> {
  const [cadence, mine, theirs] = await Promise.all([seekerCadence(access.seekerId), windowsOf(access, access.viewer.id), windowsOf(access, access.otherId)]);
  const reference = isoDate(localDayOf(at.getTime(), "UTC"));
  const best = sharedWindows(mine, viewerTimezone, weekMask(theirs, otherTimezone, reference), reference)[0]?.window ?? mine[0] ?? "tue-evening";
  const { day, part } = parseWindow(best)!;
  return { cadence, day, part };
}

async function seekerCadence(seekerId: string): Promise<Cadence> {
  const [[needs], [friend]] = await Promise.all([
    db().select({ cadence: needsProfiles.cadence }).from(needsProfiles).where(eq(needsProfiles.userId, seekerId)),
    db().select({ cadence: friendProfiles.cadence }).from(friendProfiles).where(eq(friendProfiles.userId, seekerId)),
  ]);
  return needs?.cadence ?? friend?.cadence ?? "weekly";
}

/** A person's windows for this relationship: a mentor's from their mentor profile, a friend's from their friend profile (else needs profile). */
async function windowsOf(access: RelationshipAccess, userId: string): Promise<Window[]> {
  const isMentor = access.mentorId === userId;
  const isFriend = access.kind === "friendship";
  const [mentor, friend, needs] = await Promise.all([
    isMentor ? db().select({ w: mentorProfiles.windows }).from(mentorProfiles).where(eq(mentorProfiles.userId, userId)) : [],
    isFriend ? db().select({ w: friendProfiles.windows }).from(friendProfiles).where(eq(friendProfiles.userId, userId)) : [],
    isMentor ? [] : db().select({ w: needsProfiles.windows }).from(needsProfiles).where(eq(needsProfiles.userId, userId)),
  ]);
  const list = isMentor ? mentor[0]?.w : friend[0]?.w?.length ? friend[0].w : needs[0]?.w;
  return (list ?? []).filter((w): w is Window => parseWindow(w) !== null);
}

/**
 * Proposes a rhythm in the viewer's timezone. When a proposal is open, the
 * form says which one the person saw (`replaces`): the other's is then
 * declined by this counter-proposal, the viewer's own replaced. If the open
 * proposal changed in the meantime nothing happens and the person is told.
 */
export async function proposeRhythm(input: unknown): Promise<{ rhythmId: string }> {
  const data = proposeRhythmSchema.parse(input);
  const access = await accessActiveRelationship(data.relationshipId);
  const timezone = await timezoneOf(access.viewer.id);
  const at = now();
  const rhythmId = await transaction(async (tx) => {
    await lockRelationship(access);
    const [open] = await tx
      .select({ id: rhythms.id, proposedById: rhythms.proposedById, cadence: rhythms.cadence, day: rhythms.day, part: rhythms.part, timezone: rhythms.timezone })
      .from(rhythms)
      .where(and(eq(rhythms.relationshipId, access.id), eq(rhythms.status, "proposed")));
    const same = (r: { cadence: string; day: string; part: string; timezone: string }) =>
      r.cadence === data.cadence && r.day === data.day && r.part === data.part && r.timezone === timezone;
    // The same proposal sent twice (a double click, a retry) is the one already waiting.
    if (open && open.proposedById === access.viewer.id && same(open)) return open.id;
    if ((open?.id ?? null) !== data.replaces) {
      throw new ConflictError(
        open
          ? `${open.proposedById === access.viewer.id ? "You already have" : `${access.otherName} has just sent`} a proposal waiting for an answer. Have a look at it first.`
          : "That proposal was answered or withdrawn in the meantime. Here is where things stand now.",
      );
    }
    const latest = (await agreedVersions(access.id)).at(-1);
    if (latest && same(latest)) throw new ConflictError("That is already your rhythm, so there is nothing to change.");
    if (open) {
      const ownOpen = open.proposedById === access.viewer.id;
      await tx
        .update(rhythms)
        .set({ status: ownOpen ? "withdrawn" : "declined", respondedById: ownOpen ? null : access.viewer.id, respondedAt: at, updatedAt: at })
        .where(and(eq(rhythms.id, open.id), eq(rhythms.status, "proposed")));
    }
    const [row] = await tx
      .insert(rhythms)
      .values({ relationshipId: access.id, cadence: data.cadence, day: data.day, part: data.part, timezone, proposedById: access.viewer.id, createdAt: at, updatedAt: at })
      .returning({ id: rhythms.id });
    return row!.id;
  });
  // After the commit: on PGlite an email written inside the transaction would wait for it.
  await tell(access, access.otherId, {
    kind: "rhythm-proposed",
    dedupeKey: `rhythm-proposed:${rhythmId}`,
    title: `${access.viewer.name} proposed a rhythm for your check-ins`,
    body: `${access.viewer.name} suggested when the two of you could check in. Have a look: you can say yes, or suggest another time that suits you better.`,
    email: true,
  });
  return { rhythmId };
}

export type RhythmAnswer = "agreed" | "declined" | "already";

/** The other person says yes (a new version from now on) or no. Saying the same thing twice changes nothing. */
export async function respondToRhythm(input: unknown): Promise<{ outcome: RhythmAnswer; description: string }> {
  const data = respondRhythmSchema.parse(input);
  const access = await accessActiveRelationship(data.relationshipId);
  const viewerTimezone = await timezoneOf(access.viewer.id);
  const at = now();
  const result = await transaction(async (tx) => {
    await lockRelationship(access);
    const [row] = await tx.select().from(rhythms).where(and(eq(rhythms.id, data.rhythmId), eq(rhythms.relationshipId, access.id))).for("update");
    if (!row) throw new NotFoundError("We couldn't find that proposal.");
    const description = describeRhythm({ cadence: row.cadence, day: row.day as Day, part: row.part as DayPart, timezone: row.timezone }, viewerTimezone, at);
    const wanted: "agreed" | "declined" = data.decision === "accept" ? "agreed" : "declined";
    if (row.status === wanted && row.respondedById === access.viewer.id) return { outcome: "already" as RhythmAnswer, description, proposerId: row.proposedById };
    if (row.status !== "proposed") throw new ConflictError("That proposal was withdrawn or answered in the meantime. Here is where things stand now.");
    if (row.proposedById === access.viewer.id) throw new ForbiddenError(`This is your own proposal: it is waiting for ${access.otherName}'s answer.`);
    await tx
      .update(rhythms)
      .set({ status: wanted, respondedById: access.viewer.id, respondedAt: at, effectiveFrom: wanted === "agreed" ? at : null, updatedAt: at })
      .where(eq(rhythms.id, row.id));
    // The new version may drop a future slot of the old one: sync now, under the same lock.
    if (wanted === "agreed") await syncCheckIns(access.id, at);
    return { outcome: wanted as RhythmAnswer, description, proposerId: row.proposedById };
  });
  if (result.outcome !== "already" && result.proposerId) {
    await tell(access, result.proposerId, {
      kind: result.outcome === "agreed" ? "rhythm-agreed" : "rhythm-declined",
      dedupeKey: `rhythm-answered:${data.rhythmId}`,
      title: result.outcome === "agreed" ? `${access.viewer.name} agreed your rhythm` : `${access.viewer.name} would like a different rhythm`,
      body:
        result.outcome === "agreed"
          ? "Your check-ins follow it from now on. You'll find the next one on your relationship page."
          : "That time doesn't suit them. You can suggest another on your relationship page.",
    });
  }
  return { outcome: result.outcome, description: result.description };
}

/** The proposer takes their open proposal back. Withdrawing twice is fine. */
export async function withdrawRhythmProposal(input: unknown) {
  const data = withdrawRhythmSchema.parse(input);
  const access = await accessActiveRelationship(data.relationshipId);
  const at = now();
  await transaction(async (tx) => {
    await lockRelationship(access);
    const [row] = await tx
      .select({ status: rhythms.status })
      .from(rhythms)
      .where(and(eq(rhythms.id, data.rhythmId), eq(rhythms.relationshipId, access.id), eq(rhythms.proposedById, access.viewer.id)));
    if (!row) throw new NotFoundError("We couldn't find that proposal.");
    if (row.status === "withdrawn") return;
    if (row.status !== "proposed") throw new ConflictError(`${access.otherName} has already answered that proposal.`);
    await tx.update(rhythms).set({ status: "withdrawn", respondedAt: at, updatedAt: at }).where(eq(rhythms.id, data.rhythmId));
  });
}

/** A bell notification for one of the two people about this relationship. */
async function tell(access: RelationshipAccess, userId: string, n: Omit<NewNotification, "userId" | "relationshipId" | "href">) {
  await notify({ ...n, userId, relationshipId: access.id, href: `/relationships/${access.id}` });
}
