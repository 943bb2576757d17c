/**
 * The large-round kernel: mentors' filter and score inputs packed into typed
 * arrays, one 64-byte cache line per mentor for the filters.
 *
 * Why: a 100k × 25k round evaluates tens of millions of pairs in random mentor
 * order. Read from objects, each pair touched half a dozen scattered cache
 * lines (the object, its windows, its masks…) and cost ~1 µs; packed, a pair
 * costs one line and a few dozen nanoseconds. The filters and criteria are the
 * same functions as filters.ts and criteria.ts, fed the same numbers — tests
 * check that the kernel and the object path agree pair by pair.
 */
import * as bits from "./bits";
import type { MatchingContext } from "./context";
import type { MentorSide } from "./criteria";
import * as filters from "./filters";
import { FILTERS, type FilterName } from "./filters";
import type { PreparedMentor, PreparedSeeker } from "./prepare";
import * as score from "./score";
import * as windows from "./windows";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { popcount } = bits;
const { ageNotPreferred, cadenceNotKept, dealbreakerMet, genderNotPreferred, noSharedLanguage, timezonesTooFar, tooLittleOverlap, topicsMeetAvoided } = filters;
const { pairScore } = score;
const { HOUR_WORDS, QUARTER_WORDS } = windows;

/** One 128-byte record per mentor: 16 ints (the filters' line), then 8 doubles (the score's line). */
const INTS = 32;
const FLOATS = 16;
const FLOAT_START = 8;
const LANG_LO = 0;
const LANG_HI = 1;
const CADENCES = 2;
const OFFSET = 3;
const TOPICS_LO = 4;
const TOPICS_HI = 5;
const AVOID_LO = 6;
const AVOID_HI = 7;
/** styleTraits | genderBit << 8 | (ageIndex + 1) << 16 */
const TRAITS = 8;
/** 1 when the hour mask (HOURS…) is exact, else use the quarter-hour mask. */
const ALIGNED = 9;
const HOURS = 10; // 6 words: 10 … 15

const FREE_SHARE = FLOAT_START;
const KEPT_FIT = FLOAT_START + 1;
const NOT_JUDGED_FIT = FLOAT_START + 2;
const WEEK_HOURS = FLOAT_START + 3;
const LEAST_FREQUENT = FLOAT_START + 4;
const STYLE_CODE = FLOAT_START + 5;

/** Each filter's position in FILTERS. */
export const CODE = Object.fromEntries(FILTERS.map((f, i) => [f, i])) as Record<FilterName, number>;

export class PackedMentors {
  readonly ints: Int32Array;
  readonly floats: Float64Array;
  readonly quarters: Uint32Array;
  /** Seeded hashes of the mentors' ids (tie-breaks), so ordering pairs never touches the objects. */
  readonly hashes: Uint32Array;
  /** Shared hours of the last pair that reached the windows filter. */
  hours = 0;
  private readonly side: MentorSide = {
    topicsLo: 0,
    topicsHi: 0,
    freeShare: 0,
    leastFrequent: 0,
    styleCode: 0,
    ageIndex: 0,
    weekHours: 0,
    keptFit: 0,
    notJudgedFit: 0,
  };

  constructor(
    mentors: readonly PreparedMentor[],
    private readonly context: MatchingContext,
  ) {
    const n = mentors.length;
    const buffer = new ArrayBuffer(n * INTS * 4);
    this.ints = new Int32Array(buffer);
    this.floats = new Float64Array(buffer);
    this.quarters = new Uint32Array(n * QUARTER_WORDS);
    this.hashes = Uint32Array.from(mentors, (m) => m.hash);
    mentors.forEach((m, i) => {
      const o = i * INTS;
      const ints = this.ints;
      ints[o + LANG_LO] = m.languagesLo;
      ints[o + LANG_HI] = m.languagesHi;
      ints[o + CADENCES] = m.cadences;
      ints[o + OFFSET] = m.offset;
      ints[o + TOPICS_LO] = m.topicsLo;
      ints[o + TOPICS_HI] = m.topicsHi;
      ints[o + AVOID_LO] = m.avoidLo;
      ints[o + AVOID_HI] = m.avoidHi;
      ints[o + TRAITS] = m.styleTraits | (m.genderBit << 8) | ((m.ageIndex + 1) << 16);
      ints[o + ALIGNED] = m.week.hours ? 1 : 0;
      if (m.week.hours) for (let w = 0; w < HOUR_WORDS; w++) ints[o + HOURS + w] = m.week.hours[w]!;
      this.quarters.set(m.week.quarters, i * QUARTER_WORDS);
      const f = i * FLOATS;
      this.floats[f + FREE_SHARE] = m.freeShare;
      this.floats[f + KEPT_FIT] = m.keptFit;
      this.floats[f + NOT_JUDGED_FIT] = m.notJudgedFit;
      this.floats[f + WEEK_HOURS] = m.weekHours;
      this.floats[f + LEAST_FREQUENT] = m.leastFrequent;
      this.floats[f + STYLE_CODE] = m.styleCode;
    });
  }

  /**
   * filters.ts#pairFilter for mentor `mi`, from the packed arrays: the
   * filter's position in FILTERS, or −1 when the pair passes. Sets `hours`
   * when it gets as far as the windows.
   */
  filter(s: PreparedSeeker, mi: number): number {
    const ints = this.ints;
    const o = mi * INTS;
    const settings = this.context.settings;
    if (noSharedLanguage(s.languagesLo, s.languagesHi, ints[o + LANG_LO]!, ints[o + LANG_HI]!)) return CODE.language;
    if (cadenceNotKept(s.cadence, ints[o + CADENCES]!)) return CODE.cadence;
    if (timezonesTooFar(s.offset, ints[o + OFFSET]!, settings.maxTimezoneDifferenceHours)) return CODE.timezone;
    const traits = ints[o + TRAITS]!;
    if (dealbreakerMet(s.dealbreakers, traits & 0xff)) return CODE.dealbreaker;
    if (genderNotPreferred(s.preferredGenders, (traits >>> 8) & 0xff)) return CODE["preferred-gender"];
    if (ageNotPreferred(s.preferredAges, ((traits >>> 16) & 0xff) - 1)) return CODE["preferred-age"];
    if (topicsMeetAvoided(s.topicsLo, s.topicsHi, ints[o + AVOID_LO]!, ints[o + AVOID_HI]!)) return CODE["mentor-avoided-topic"];
    if (topicsMeetAvoided(ints[o + TOPICS_LO]!, ints[o + TOPICS_HI]!, s.avoidLo, s.avoidHi)) return CODE["seeker-avoided-topic"];
    this.hours = this.overlap(s, mi);
    if (tooLittleOverlap(this.hours, settings.minOverlapHours)) return CODE.windows;
    return -1;
  }

  /** windows.ts#overlapHours against mentor `mi`. */
  overlap(s: PreparedSeeker, mi: number): number {
    const sh = s.week.hours;
    if (sh !== null && this.ints[mi * INTS + ALIGNED] === 1) {
      const ints = this.ints;
      const o = mi * INTS + HOURS;
      let n = 0;
      for (let w = 0; w < HOUR_WORDS; w++) {
        const both = sh[w]! & ints[o + w]!;
        if (both !== 0) n += popcount(both);
      }
      return n;
    }
    const sq = s.week.quarters;
    const q = this.quarters;
    const o = mi * QUARTER_WORDS;
    let n = 0;
    for (let w = 0; w < QUARTER_WORDS; w++) {
      const both = sq[w]! & q[o + w]!;
      if (both !== 0) n += popcount(both);
    }
    return n / 4;
  }

  /** score.ts#pairScore for mentor `mi`, from the packed arrays. */
  score(s: PreparedSeeker, mi: number, overlapHours: number): number {
    const m = this.side;
    const o = mi * INTS;
    const f = mi * FLOATS;
    m.topicsLo = this.ints[o + TOPICS_LO]!;
    m.topicsHi = this.ints[o + TOPICS_HI]!;
    m.ageIndex = ((this.ints[o + TRAITS]! >>> 16) & 0xff) - 1;
    m.freeShare = this.floats[f + FREE_SHARE]!;
    m.keptFit = this.floats[f + KEPT_FIT]!;
    m.notJudgedFit = this.floats[f + NOT_JUDGED_FIT]!;
    m.weekHours = this.floats[f + WEEK_HOURS]!;
    m.leastFrequent = this.floats[f + LEAST_FREQUENT]!;
    m.styleCode = this.floats[f + STYLE_CODE]!;
    return pairScore(s, m, overlapHours);
  }
}
