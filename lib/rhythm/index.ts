/**
 * The rhythm engine's one door: pages and the DAL import from here, so the
 * files behind it can change without touching them. Pure: no database, no
 * clock — every function that needs the time takes `now`.
 */
export type { Absence, Rhythm, RhythmVersion, Slot, SlotStatus } from "./types";
export { CHECK_IN_GRACE_MS, nextSlot, slotsBetween } from "./slots";
export { slotStatus, type SlotStatusInput } from "./status";
export { consistencyRecord, missedInARow, type ConsistencyRecord } from "./record";
export { describeRhythm, formatSlot } from "./describe";
