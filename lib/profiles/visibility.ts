import { initialsOf } from "@/lib/profiles/initials";
import type { AccountStatus, FriendProfile, NeedsProfile, Role } from "@/db/schema";

/**
 * Who may see which part of a needs profile. Pure: the DAL loads a profile
 * and passes it through one of these before it leaves for anyone. The table
 * NEEDS_FIELD_AUDIENCES is the single source (docs/privacy.md copies it and a
 * test keeps the two equal); the views are derived from it, so a field that
 * is not in an audience's column cannot reach that audience.
 *
 * Audiences:
 * - owner — the seeker themselves: everything.
 * - matched — a mentor or friend in an accepted relationship with them.
 * - suggested — someone they are suggested to, or who receives their match request.
 * - moderator — staff, for safety work.
 */
export type Audience = "owner" | "matched" | "suggested" | "moderator";
export const AUDIENCES: readonly Audience[] = ["owner", "matched", "suggested", "moderator"];

export interface TopicOnProfile {
  id: string;
  name: string;
  livedExperienceMatters: boolean;
  /** Retired topics stay on the profiles that name them. */
  retired: boolean;
}

export interface NamedTopic {
  id: string;
  name: string;
  retired: boolean;
}

/** What the DAL loads to build any view. */
export interface NeedsProfileSource {
  person: { id: string; name: string };
  profile: NeedsProfile;
  topics: TopicOnProfile[];
  avoidTopics: NamedTopic[];
}

/** The whole profile, as its owner sees it. */
export interface OwnerNeedsView {
  userId: string;
  name: string;
  initials: string;
  lookingFor: NeedsProfile["lookingFor"];
  topics: TopicOnProfile[];
  ownWords: string | null;
  cadence: NeedsProfile["cadence"];
  windows: string[];
  timezone: string | null;
  listenStyle: NeedsProfile["listenStyle"];
  tone: NeedsProfile["tone"];
  messageLength: NeedsProfile["messageLength"];
  consistencyImportance: number | null;
  nonJudgmentImportance: number | null;
  languages: string[];
  hopes: string | null;
  ageBand: NeedsProfile["ageBand"];
  gender: NeedsProfile["gender"];
  preferredAgeBands: string[];
  preferredGenders: string[];
  avoidTopics: NamedTopic[];
  dealbreakers: string[];
  dealbreakersNote: string | null;
  step: number;
  completedAt: Date | null;
  updatedAt: Date;
}

const everyone = ["owner", "matched", "suggested", "moderator"] as const;
const closeUp = ["owner", "matched", "moderator"] as const;
const ownerAndStaff = ["owner", "moderator"] as const;
/** Matching reads these; no person but the owner ever does. */
const ownerOnly = ["owner"] as const;

export const NEEDS_FIELD_AUDIENCES = {
  userId: everyone,
  name: everyone,
  initials: everyone,
  lookingFor: ownerAndStaff,
  topics: everyone,
  ownWords: closeUp,
  cadence: everyone,
  windows: closeUp,
  timezone: closeUp,
  listenStyle: everyone,
  tone: everyone,
  messageLength: everyone,
  consistencyImportance: closeUp,
  nonJudgmentImportance: closeUp,
  languages: everyone,
  hopes: everyone,
  ageBand: ownerOnly,
  gender: ownerOnly,
  preferredAgeBands: ownerOnly,
  preferredGenders: ownerOnly,
  avoidTopics: ownerOnly,
  dealbreakers: ownerOnly,
  dealbreakersNote: ownerOnly,
  step: ownerAndStaff,
  completedAt: ownerAndStaff,
  updatedAt: ownerAndStaff,
} as const satisfies Record<keyof OwnerNeedsView, readonly Audience[]>;

/**
 * Every column of needs_profiles must say where it goes, so adding a column
 * fails the type check until someone decides who may see it.
 */
export const NEEDS_COLUMN_IN_VIEW = {
  userId: "userId",
  step: "step",
  lookingFor: "lookingFor",
  ownWords: "ownWords",
  cadence: "cadence",
  windows: "windows",
  timezone: "timezone",
  listenStyle: "listenStyle",
  tone: "tone",
  messageLength: "messageLength",
  consistencyImportance: "consistencyImportance",
  nonJudgmentImportance: "nonJudgmentImportance",
  languages: "languages",
  ageBand: "ageBand",
  gender: "gender",
  preferredAgeBands: "preferredAgeBands",
  preferredGenders: "preferredGenders",
  avoidTopicIds: "avoidTopics",
  dealbreakers: "dealbreakers",
  dealbreakersNote: "dealbreakersNote",
  hopes: "hopes",
  completedAt: "completedAt",
  // The risk detector's stored answer: for moderators' tools and escalation only, never on a profile view.
  riskLevel: null,
  riskCategory: null,
  riskVersion: null,
  createdAt: null,
  updatedAt: "updatedAt",
} as const satisfies Record<keyof NeedsProfile, keyof OwnerNeedsView | null>;

type Table = typeof NEEDS_FIELD_AUDIENCES;
type NeedsField = keyof Table;
export type FieldsFor<A extends Audience> = { [K in NeedsField]: A extends Table[K][number] ? K : never }[NeedsField];

/** Fields nobody but the owner sees: the private, matching-only answers. */
export const PRIVATE_NEEDS_FIELDS = (Object.keys(NEEDS_FIELD_AUDIENCES) as NeedsField[]).filter((key) =>
  NEEDS_FIELD_AUDIENCES[key].every((audience) => audience === "owner"),
);

export const fieldsFor = (audience: Audience) =>
  (Object.keys(NEEDS_FIELD_AUDIENCES) as NeedsField[]).filter((key) => (NEEDS_FIELD_AUDIENCES[key] as readonly Audience[]).includes(audience));

export type MatchedNeedsView = Pick<OwnerNeedsView, FieldsFor<"matched">>;
export type SuggestedNeedsView = Pick<OwnerNeedsView, FieldsFor<"suggested">>;

export interface AccountFacts {
  email: string;
  status: AccountStatus;
  roles: Role[];
  memberSince: Date;
}
export type ModeratorNeedsView = Pick<OwnerNeedsView, FieldsFor<"moderator">> & { account: AccountFacts };

export function forOwner({ person, profile, topics, avoidTopics }: NeedsProfileSource): OwnerNeedsView {
  return {
    userId: person.id,
    name: person.name,
    initials: initialsOf(person.name),
    lookingFor: profile.lookingFor,
    topics: topics.map((t) => ({ ...t })),
    ownWords: profile.ownWords,
    cadence: profile.cadence,
    windows: [...profile.windows],
    timezone: profile.timezone,
    listenStyle: profile.listenStyle,
    tone: profile.tone,
    messageLength: profile.messageLength,
    consistencyImportance: profile.consistencyImportance,
    nonJudgmentImportance: profile.nonJudgmentImportance,
    languages: [...profile.languages],
    hopes: profile.hopes,
    ageBand: profile.ageBand,
    gender: profile.gender,
    preferredAgeBands: [...profile.preferredAgeBands],
    preferredGenders: [...profile.preferredGenders],
    avoidTopics: avoidTopics.map((t) => ({ ...t })),
    dealbreakers: [...profile.dealbreakers],
    dealbreakersNote: profile.dealbreakersNote,
    step: profile.step,
    completedAt: profile.completedAt,
    updatedAt: profile.updatedAt,
  };
}

/** Copies only the fields the audience's column allows. Unknown keys are dropped (fail closed). */
function viewFor<A extends Audience>(audience: A, full: OwnerNeedsView): Pick<OwnerNeedsView, FieldsFor<A>> {
  const allowed = new Set<string>(fieldsFor(audience));
  return Object.fromEntries(Object.entries(full).filter(([key]) => allowed.has(key))) as Pick<OwnerNeedsView, FieldsFor<A>>;
}

export const forMatched = (source: NeedsProfileSource): MatchedNeedsView => viewFor("matched", forOwner(source));

export const forSuggested = (source: NeedsProfileSource): SuggestedNeedsView => viewFor("suggested", forOwner(source));

export const forModerator = (source: NeedsProfileSource, account: AccountFacts): ModeratorNeedsView => ({
  ...viewFor("moderator", forOwner(source)),
  account: { ...account, roles: [...account.roles] },
});

/** The peer-friend part, as its owner sees it. */
export interface OwnerFriendView {
  active: boolean;
  share: string | null;
  cadence: FriendProfile["cadence"];
  windows: string[];
  timezone: string | null;
}

export const forOwnerFriend = (friend: FriendProfile): OwnerFriendView => ({
  active: friend.active,
  share: friend.share,
  cadence: friend.cadence,
  windows: [...friend.windows],
  timezone: friend.timezone,
});
