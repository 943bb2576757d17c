/**
 * The plain data circle placement reads. A seeker waiting for a group is the
 * same needs profile as for a mentor (SeekerForMatching); a circle is the
 * facilitator's proposal plus the people already in it. Pure: the DAL fills
 * these shapes and the JSON cohort of `npm run circles:generate` holds them.
 */
import type { Day } from "@/lib/profiles/options";
import type { AgeBand, ListenStyle, MessageLength, PairList, SeekerForMatching, Tone, TopicLabel } from "../types";

export type CircleCadence = "weekly" | "fortnightly";

/** A seeker looking for a small group. */
export interface CircleSeeker extends SeekerForMatching {
  /**
   * Their last circle ended early through no choice of their own in it (they
   * moved after a block, it closed without a facilitator, or a removal was
   * overturned too late for the seat): a round seats them first wherever
   * they fit. Never shown to anyone else.
   */
  priority?: boolean;
}

/** The facilitator as placement sees them: style, lived experience, topics they do not take on. */
export interface CircleFacilitator {
  id: string;
  name?: string;
  topicIds: string[];
  avoidTopicIds: string[];
  listenStyle: ListenStyle | null;
  tone: Tone | null;
  messageLength: MessageLength | null;
  ageBand: AgeBand | null;
}

export interface CircleForPlacement {
  id: string;
  title?: string;
  facilitator: CircleFacilitator;
  focusTopicIds: string[];
  language: string;
  /** Seats a round fills up to; the facilitator may accept people up to maxSize on request. */
  targetSize: number;
  maxSize: number;
  cadence: CircleCadence;
  /** The session window in the facilitator's zone. */
  day: Day;
  /** Minutes after local midnight (a multiple of 15). */
  startMinute: number;
  durationMinutes: number;
  timezone: string;
  /** Sessions already held: nobody joins at or after half the length. */
  sessionsHeld: number;
  lengthSessions: number;
  /** People already in the circle (their needs profiles). */
  members: CircleSeeker[];
  /** A proposed circle (fewer than four) may be closed by a round; an open or active one never is. */
  status: "proposed" | "open" | "active";
}

/** The JSON cohort of `circles:generate` and the input of `circles:round`. */
export interface CircleCohort {
  format: "alongside-circles/1";
  referenceDate: string;
  seed?: number;
  topics: TopicLabel[];
  seekers: CircleSeeker[];
  circles: CircleForPlacement[];
  /** Either person blocked the other. */
  blockedPairs?: PairList;
  /** Relationships or circle stays that ended between the two. */
  pastPairs?: PairList;
}

export const MIN_CIRCLE_SIZE = 4;
export const MAX_CIRCLE_SIZE = 8;
