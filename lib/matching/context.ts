/**
 * Everything a matching decision depends on besides the two profiles: the
 * reference date (for UTC conversion and pauses), the filter settings, the
 * platform averages, topic names for sentences, the pair lists (blocks, past
 * pairs, open requests) and the seed of the tie-breaks.
 */
import { FALLBACK_PRIORS, platformPriors } from "./signals";
import { DEFAULT_SETTINGS, type Cohort, type MatchingSettings, type PairList, type SignalPriors, type TopicLabel } from "./types";

/** Unordered pairs of ids, looked up from either side. */
export class PairSet {
  private readonly byPerson = new Map<string, Set<string>>();

  constructor(pairs: PairList = []) {
    for (const [a, b] of pairs) this.add(a, b);
  }

  add(a: string, b: string) {
    this.link(a, b);
    this.link(b, a);
  }

  has(a: string, b: string): boolean {
    return this.byPerson.get(a)?.has(b) ?? false;
  }

  /** The people `id` is paired with (empty when none). */
  partnersOf(id: string): ReadonlySet<string> {
    return this.byPerson.get(id) ?? empty;
  }

  get size() {
    return this.byPerson.size;
  }

  private link(a: string, b: string) {
    let set = this.byPerson.get(a);
    if (!set) this.byPerson.set(a, (set = new Set()));
    set.add(b);
  }
}
const empty: ReadonlySet<string> = new Set();

/** Gives each distinct string a small number, in order of first sight. */
export class Index {
  private readonly numbers = new Map<string, number>();
  of(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) this.numbers.set(value, (n = this.numbers.size));
    return n;
  }

  get size() {
    return this.numbers.size;
  }
}

export interface MatchingContext {
  referenceDate: string;
  settings: MatchingSettings;
  priors: SignalPriors;
  topicLabels: ReadonlyMap<string, string>;
  blocked: PairSet;
  past: PairSet;
  /** Open requests: a filter for on-demand suggestions only (see `excludeRequested`). */
  requested: PairSet;
  excludeRequested: boolean;
  /** Seed of every tie-break. */
  seed: number;
  /** Internal numbering of topics and languages, shared by everyone prepared with this context. */
  topicIndex: Index;
  languageIndex: Index;
}

export interface ContextInput {
  referenceDate: string;
  topics?: readonly TopicLabel[];
  settings?: Partial<MatchingSettings>;
  priors?: SignalPriors;
  blockedPairs?: PairList;
  pastPairs?: PairList;
  requestedPairs?: PairList;
  excludeRequested?: boolean;
  seed?: number;
}

export function createContext(input: ContextInput): MatchingContext {
  return {
    referenceDate: input.referenceDate,
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    priors: input.priors ?? FALLBACK_PRIORS,
    topicLabels: new Map((input.topics ?? []).map((t) => [t.id, t.label])),
    blocked: new PairSet(input.blockedPairs),
    past: new PairSet(input.pastPairs),
    requested: new PairSet(input.requestedPairs),
    excludeRequested: input.excludeRequested ?? false,
    seed: input.seed ?? 0,
    topicIndex: new Index(),
    languageIndex: new Index(),
  };
}

/**
 * The context a cohort file describes (a batch round: open requests are not a
 * filter). Without stated priors, the platform averages are those of the
 * cohort's mentors.
 */
export function contextForCohort(cohort: Cohort, overrides: Partial<ContextInput> = {}): MatchingContext {
  return createContext({
    referenceDate: cohort.referenceDate,
    topics: cohort.topics,
    settings: cohort.settings,
    priors: cohort.priors ?? platformPriors(cohort.mentors),
    blockedPairs: cohort.blockedPairs,
    pastPairs: cohort.pastPairs,
    requestedPairs: cohort.requestedPairs,
    seed: cohort.seed,
    ...overrides,
  });
}
