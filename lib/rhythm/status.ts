/**
 * Whether a check-in happened is a fact about both people, not a judgement of
 * either: a slot is kept when both showed up, and a slot one of them said in
 * advance they would miss is excused rather than missed, so planned time away
 * never counts against anyone.
 */
import type { Absence, Slot, SlotStatus } from "./types";

export interface SlotStatusInput {
  slot: Slot;
  now: Date;
  members: readonly [string, string];
  /** Members who wrote a check-in entry for this slot. */
  entryAuthors: ReadonlySet<string>;
  /** Per member, the times of their messages in the pair's conversation. */
  messageTimes: ReadonlyMap<string, readonly Date[]>;
  absences: readonly Absence[];
}

/** Wrote an entry for the slot, or sent a message in [startsAt, closesAt). */
function showedUp(member: string, { slot, entryAuthors, messageTimes }: SlotStatusInput): boolean {
  if (entryAuthors.has(member)) return true;
  const from = slot.startsAt.getTime();
  const until = slot.closesAt.getTime();
  return (messageTimes.get(member) ?? []).some((time) => {
    const t = time.getTime();
    return t >= from && t < until;
  });
}

/** A member's absence that covers the slot's start and was announced before it. */
function excusedBy(absence: Absence, { slot, members }: SlotStatusInput): boolean {
  const start = slot.startsAt.getTime();
  return (
    members.includes(absence.userId) &&
    absence.startsAt.getTime() <= start &&
    start < absence.returnsAt.getTime() &&
    absence.announcedAt.getTime() < start
  );
}

/** kept > excused > missed / open / upcoming (see docs/rhythm.md). */
export function slotStatus(input: SlotStatusInput): SlotStatus {
  if (input.members.every((member) => showedUp(member, input))) return "kept";
  if (input.absences.some((absence) => excusedBy(absence, input))) return "excused";
  const now = input.now.getTime();
  if (now >= input.slot.closesAt.getTime()) return "missed";
  if (now >= input.slot.startsAt.getTime()) return "open";
  return "upcoming";
}
