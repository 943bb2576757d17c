/**
 * The plain data matching reads. Each type mirrors the profile columns
 * (db/schema/needs-profiles.ts, mentor-profiles.ts, friend-profiles.ts) so the
 * DAL can fill it with one query per table, and the same shapes are the JSON
 * cohort format of `npm run match:generate` (see docs/matching.md).
 *
 * Nothing here is read from a database: lib/matching is pure.
 */
import type { AgeBand, Cadence, Dealbreaker, Gender, ListenStyle, MessageLength, Tone, Window } from "@/lib/profiles/options";

export type { AgeBand, Cadence, Dealbreaker, Gender, ListenStyle, MessageLength, Tone, Window };

/** A topic a seeker asked for support with, and whether lived experience of it matters to them. */
export interface SeekerTopic {
  topicId: string;
  livedExperienceMatters: boolean;
}

/** A seeker's needs profile, as matching sees it. `ownWords` and `hopes` are never read. */
export interface SeekerForMatching {
  id: string;
  /** First name, used only in sentences shown to the mentor. */
  name?: string;
  /** When the seeker started waiting (ISO date): arrival order and the aging bonus. */
  waitingSince?: string | null;
  topics: SeekerTopic[];
  cadence: Cadence | null;
  /** Windows in the seeker's own timezone, e.g. "tue-evening". */
  windows: Window[];
  /** IANA name, e.g. "Europe/London". Missing means UTC. */
  timezone: string | null;
  languages: string[];
  listenStyle: ListenStyle | null;
  tone: Tone | null;
  messageLength: MessageLength | null;
  /** 1–4 (nice to have … essential); missing counts as 2. */
  consistencyImportance: number | null;
  nonJudgmentImportance: number | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
  /** Private to the seeker: hard filters when given, never put into words. */
  preferredAgeBands: AgeBand[];
  preferredGenders: Gender[];
  /** Topics the seeker does not want raised (private). */
  avoidTopicIds: string[];
  /** About the other person's stated style (private). */
  dealbreakers: Dealbreaker[];
  /** A moderator's safety hold: no new matches while it stands. */
  safetyHold?: boolean;
}

/**
 * What the relationships issue learns about a mentor over the last ~90 days.
 * Everyone starts at zero, which means "the platform average" after shrinkage.
 */
export interface MentorSignals {
  keptCheckIns: number;
  scheduledCheckIns: number;
  /** Pulse answers "I felt not judged": yes out of all answers. */
  notJudgedYes: number;
  pulseAnswers: number;
}

/** An approved (or not) mentor profile, as matching sees it. */
export interface MentorForMatching {
  id: string;
  /** First name, used in sentences shown to the seeker. */
  name?: string;
  /** status === "approved"; anything else is never matched. */
  approved: boolean;
  /** A paused mentor gets no new people until this date (ISO date). */
  pausedUntil?: string | null;
  /** How many people the mentor takes on (1–5). */
  capacity: number;
  /** How many relationships the mentor has now. */
  activeCount: number;
  /** Topics the mentor has lived experience of. */
  topicIds: string[];
  /** Topics the mentor does not take on (private). */
  avoidTopicIds: string[];
  cadences: Cadence[];
  windows: Window[];
  timezone: string | null;
  languages: string[];
  listenStyle: ListenStyle | null;
  tone: Tone | null;
  messageLength: MessageLength | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
  safetyHold?: boolean;
  signals?: MentorSignals;
}

/**
 * A seeker who opted into peer friendship: their needs profile's topics,
 * languages, style and private preferences, with the friend profile's own
 * cadence, windows and timezone.
 */
export interface FriendForMatching {
  id: string;
  name?: string;
  waitingSince?: string | null;
  topicIds: string[];
  avoidTopicIds: string[];
  cadence: Cadence | null;
  windows: Window[];
  timezone: string | null;
  languages: string[];
  listenStyle: ListenStyle | null;
  tone: Tone | null;
  messageLength: MessageLength | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
  preferredAgeBands: AgeBand[];
  preferredGenders: Gender[];
  dealbreakers: Dealbreaker[];
  safetyHold?: boolean;
}

export interface TopicLabel {
  id: string;
  label: string;
}

/** Platform averages the learned signals are shrunk toward. */
export interface SignalPriors {
  /** Kept / scheduled check-ins over all mentors. */
  keptRate: number;
  /** "Felt not judged" yes / answers over all mentors. */
  notJudgedRate: number;
}

/** Unordered pairs of person ids. */
export type PairList = readonly (readonly [string, string])[];

/** Settings of the hard filters; the defaults are in DEFAULT_SETTINGS. */
export interface MatchingSettings {
  /** Shared hours a week the windows must overlap, after converting both to UTC. */
  minOverlapHours: number;
  /** Largest difference of UTC offsets (hours) on the reference date. */
  maxTimezoneDifferenceHours: number;
}

export const DEFAULT_SETTINGS: MatchingSettings = { minOverlapHours: 2, maxTimezoneDifferenceHours: 8 };

/** A generated or exported cohort: the JSON format of `match:generate` and the input of `match:round`. */
export interface Cohort {
  format: "alongside-cohort/1";
  /** The date the windows are converted to UTC at (so DST is that day's), and the "today" of pauses and waiting. */
  referenceDate: string;
  seed?: number;
  topics: TopicLabel[];
  seekers: SeekerForMatching[];
  mentors: MentorForMatching[];
  friends?: FriendForMatching[];
  /** Either person blocked the other. */
  blockedPairs?: PairList;
  /** Relationships that ended before: never suggested again. */
  pastPairs?: PairList;
  /** Open match requests: excluded from on-demand suggestions only. */
  requestedPairs?: PairList;
  priors?: SignalPriors;
  settings?: Partial<MatchingSettings>;
}
