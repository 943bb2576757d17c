/**
 * Explanations: the strongest reasons of a pair and its weakest point, in
 * plain words, built from the very numbers of its score (score.ts): the
 * reasons are the criteria that add the most to the seeker's view, the
 * weakest point is the one that loses the most.
 *
 * Privacy: a sentence only ever uses what the other person may see. Neither
 * side's avoided topics, dealbreakers or preferred genders and age bands are
 * put into words (the filters used them; the sentences do not say so), and
 * the "felt not judged" pulse, private by design, counts in the score but is
 * never named.
 */
import { cadenceOptions, days, type Cadence, type Window } from "@/lib/profiles/options";
import type { MatchingContext } from "./context";
import type { MentorCriterion, SeekerCriterion } from "./criteria";
import type { PreparedMentor, PreparedSeeker } from "./prepare";
import type { CriterionPart, ScoreDetail } from "./score";
import { hasBit } from "./bits";
import { parseWindow, sharedWindows } from "./windows";

export interface Explanation {
  /** 0–100. */
  score: number;
  /** The strongest reasons, strongest first (at least one). */
  reasons: string[];
  /** The weakest point, when there is one worth saying. */
  weakest: string | null;
}

/** A criterion at or above this value can be a reason; below it, the weakest point. */
const STRONG = 0.6;

const NUMBERS = ["no", "one", "two", "three", "four", "five"];
const numberWord = (n: number) => NUMBERS[n] ?? String(n);

const CADENCE_ASKED: Record<Cadence, string> = {
  weekly: "weekly check-ins",
  fortnightly: "check-ins every two weeks",
  monthly: "monthly check-ins",
};
const CADENCE_BY_FREQUENCY = cadenceOptions.map((c) => c.value).sort((a, b) => frequency(a) - frequency(b));
function frequency(c: Cadence) {
  return c === "weekly" ? 2 : c === "fortnightly" ? 1 : 0;
}

/** "a, b and c"; with a comma before the last when an item has its own "and" ("caring, and grief and loss"). */
export function listWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  const serial = items.some((item) => / and | or /.test(item)) ? "," : "";
  return `${items.slice(0, -1).join(", ")}${serial} ${conjunction} ${items.at(-1)}`;
}

/** "Grief and loss" → "grief and loss", "A move" → "a move", but "LGBTQ+ life" stays as it is. */
export const inSentence = (label: string) => (/^[A-Z](?:[a-z]|\s)/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

function topicWords(ids: readonly string[], context: MatchingContext) {
  return ids.map((id) => inSentence(context.topicLabels.get(id) ?? "this topic"));
}

/** "tue-evening" → "Tuesday evenings". */
export function windowWords(window: Window): string {
  const parsed = parseWindow(window);
  if (!parsed) return window;
  return `${days.find((d) => d.value === parsed.day)!.label} ${parsed.part}s`;
}

const LISTEN_PHRASE = ["listens first", "mixes listening and ideas", "offers practical ideas"];
const LISTEN_WANTED = ["listens first", "mixes listening and ideas", "offers practical ideas"];
const TONE_PHRASE = ["has a gentle way of talking", "is neither very gentle nor very direct", "talks in a direct way"];
const LENGTH_PHRASE = ["writes short messages", "writes messages of any length", "writes long messages"];

function ranked<C extends string>(parts: CriterionPart<C>[]) {
  const strengths = [...parts].sort((a, b) => b.contribution - a.contribution);
  const weaknesses = [...parts].filter((p) => p.value < STRONG).sort((a, b) => b.weight * (1 - b.value) - a.weight * (1 - a.value));
  return { strengths, weaknesses };
}

/** The seeker's requested topics (once each), and which of them the mentor has lived experience of. */
function topicsOf(s: PreparedSeeker, m: PreparedMentor, context: MatchingContext) {
  const requested = [...new Map(s.profile.topics.map((t) => [t.topicId, t])).values()];
  const lived = (id: string) => hasBit(m.topicsLo, m.topicsHi, context.topicIndex.of(id));
  return {
    all: requested.map((t) => t.topicId),
    lived: requested.filter((t) => lived(t.topicId)).map((t) => t.topicId),
    livedMatters: requested.filter((t) => t.livedExperienceMatters && lived(t.topicId)).map((t) => t.topicId),
    missingMatters: requested.filter((t) => t.livedExperienceMatters && !lived(t.topicId)).map((t) => t.topicId),
    notLived: requested.filter((t) => !lived(t.topicId)).map((t) => t.topicId),
  };
}

function windowsSentence(mine: ReturnType<typeof sharedWindows>, sameClock: boolean): string | null {
  if (mine.length === 0) return null;
  const names = mine.map((w) => windowWords(w.window));
  const shown = names.length > 3 ? [...names.slice(0, 2), `${names.length - 2} more times a week`] : names;
  return `You both have ${listWords(shown)}${sameClock ? "" : " (your time)"}.`;
}

function thinWindowsSentence(mine: ReturnType<typeof sharedWindows>, hours: number, sameClock: boolean): string {
  const clock = sameClock ? "" : " (your time)";
  if (mine.length === 1) return `Your windows overlap only on ${windowWords(mine[0]!.window)}${clock}.`;
  return `Your windows overlap for only about ${Math.round(hours)} hours a week.`;
}

/** Why this mentor, in the seeker's terms. */
export function explainForSeeker(s: PreparedSeeker, m: PreparedMentor, detail: ScoreDetail, context: MatchingContext, maxReasons = 3): Explanation {
  const mentor = m.profile.name ?? "This mentor";
  const topics = topicsOf(s, m, context);
  const sameClock = s.offset === m.offset;
  const shared = () => sharedWindows(s.profile.windows, s.profile.timezone, m.week, context.referenceDate, 2);

  const strength = (part: CriterionPart<SeekerCriterion>): string | null => {
    switch (part.criterion) {
      case "topics":
        if (topics.livedMatters.length > 0)
          return `${mentor} has lived experience of ${listWords(topicWords(topics.livedMatters, context))}, which you said matters to you.`;
        if (topics.lived.length > 0) return `${mentor} has lived experience of ${listWords(topicWords(topics.lived, context))}, which you'd like support with.`;
        return null;
      case "rhythm": {
        const free = m.capacity - m.activeCount;
        const places =
          m.capacity === 1 ? "has a place free" : free === m.capacity ? `has all ${numberWord(m.capacity)} places free` : `has ${numberWord(free)} of ${numberWord(m.capacity)} places free`;
        const cadence = s.profile.cadence;
        return cadence ? `You asked for ${CADENCE_ASKED[cadence]}; ${mentor} keeps that rhythm and ${places}.` : `${mentor} ${places}.`;
      }
      case "windows":
        return windowsSentence(shared(), sameClock);
      case "style": {
        const phrases: string[] = [];
        if (s.listen >= 0 && s.listen !== 1 && s.listen === m.listen) phrases.push(LISTEN_PHRASE[m.listen]!);
        if (s.tone >= 0 && s.tone !== 1 && s.tone === m.tone) phrases.push(TONE_PHRASE[m.tone]!);
        if (s.length >= 0 && s.length !== 1 && s.length === m.length) phrases.push(LENGTH_PHRASE[m.length]!);
        if (phrases.length > 0) return `${mentor} ${listWords(phrases)}, as you hoped.`;
        return part.value >= 0.8 ? `${mentor}'s way of talking is close to what you asked for.` : null;
      }
      case "consistency":
        if (!m.hasCheckInHistory || m.keptRate < context.priors.keptRate + 0.02) return null;
        return s.consistencyImportance >= 3 ? `${mentor} reliably keeps check-ins, which you said matters a lot to you.` : `${mentor} reliably keeps check-ins.`;
      case "nonJudgment":
        return null;
      case "age":
        return s.preferredAges === 0 && part.value >= 0.75 ? "You're close in age." : null;
    }
  };

  const weakness = (part: CriterionPart<SeekerCriterion>): string | null => {
    switch (part.criterion) {
      case "topics":
        if (topics.missingMatters.length > 0)
          return `${mentor} doesn't have lived experience of ${listWords(topicWords(topics.missingMatters, context))}, which you said matters to you.`;
        if (topics.lived.length === 0 && topics.all.length > 0)
          return `${mentor} hasn't lived through ${listWords(topicWords(topics.all, context), "or")} but is open to supporting you with it.`;
        return null;
      case "rhythm": {
        const free = m.capacity - m.activeCount;
        return free === 1 && m.capacity > 1 ? `${mentor} has only one of ${numberWord(m.capacity)} places left.` : null;
      }
      case "windows":
        return thinWindowsSentence(sharedWindows(s.profile.windows, s.profile.timezone, m.week, context.referenceDate, 1), detail.overlapHours, sameClock);
      case "style": {
        if (s.listen >= 0 && m.listen >= 0 && Math.abs(s.listen - m.listen) === 2)
          return `${mentor} tends to ${m.listen === 2 ? "offer practical ideas" : "listen first"}, while you asked for someone who ${LISTEN_WANTED[s.listen]}.`;
        if (s.tone >= 0 && m.tone >= 0 && Math.abs(s.tone - m.tone) === 2)
          return `${mentor} ${TONE_PHRASE[m.tone]}, while you asked for someone who ${TONE_PHRASE[s.tone]}.`;
        if (s.length >= 0 && m.length >= 0 && Math.abs(s.length - m.length) === 2)
          return `${mentor} ${LENGTH_PHRASE[m.length]}, while you hoped for someone who ${LENGTH_PHRASE[s.length]}.`;
        return null;
      }
      case "age":
        return s.preferredAges === 0 && part.value <= 0.25 ? "You're some years apart in age." : null;
      default:
        return null;
    }
  };

  return compose(detail, detail.seeker, strength, weakness, maxReasons);
}

/** Why this seeker, in the mentor's terms (for the request the mentor reads). */
export function explainForMentor(s: PreparedSeeker, m: PreparedMentor, detail: ScoreDetail, context: MatchingContext, maxReasons = 3): Explanation {
  const seeker = s.profile.name ?? "This person";
  const topics = topicsOf(s, m, context);
  const sameClock = s.offset === m.offset;

  const strength = (part: CriterionPart<MentorCriterion>): string | null => {
    switch (part.criterion) {
      case "topics":
        return topics.lived.length > 0
          ? `${seeker} would like support with ${listWords(topicWords(topics.lived, context))}, which you have lived experience of.`
          : null;
      case "rhythm":
        return s.profile.cadence ? `${seeker} asked for ${CADENCE_ASKED[s.profile.cadence]}, a rhythm you offer.` : null;
      case "windows":
        return windowsSentence(sharedWindows(m.profile.windows, m.profile.timezone, s.week, context.referenceDate, 2), sameClock);
      case "style": {
        const phrases: string[] = [];
        if (s.listen >= 0 && s.listen !== 1 && s.listen === m.listen) phrases.push(LISTEN_WANTED[s.listen]!);
        if (s.tone >= 0 && s.tone !== 1 && s.tone === m.tone) phrases.push(TONE_PHRASE[s.tone]!);
        if (s.length >= 0 && s.length !== 1 && s.length === m.length) phrases.push(LENGTH_PHRASE[s.length]!);
        return phrases.length > 0 ? `${seeker} hopes for someone who ${listWords(phrases)}, like you.` : null;
      }
      case "age":
        return part.value >= 0.75 ? "You're close in age." : null;
    }
  };

  const weakness = (part: CriterionPart<MentorCriterion>): string | null => {
    switch (part.criterion) {
      case "topics":
        if (topics.notLived.length === 0) return null;
        return `${seeker} would ${topics.lived.length > 0 ? "also " : ""}like support with ${listWords(topicWords(topics.notLived, context))}, which you haven't lived through yourself.`;
      case "rhythm": {
        const cadence = s.profile.cadence;
        const usual = CADENCE_BY_FREQUENCY.find((c) => frequency(c) === m.leastFrequent);
        return cadence && usual && usual !== cadence ? `${seeker} asked for ${CADENCE_ASKED[cadence]}, more often than your most relaxed rhythm.` : null;
      }
      case "windows":
        return thinWindowsSentence(sharedWindows(m.profile.windows, m.profile.timezone, s.week, context.referenceDate, 1), detail.overlapHours, sameClock);
      case "style":
        return null;
      case "age":
        return part.value <= 0.25 ? "You're some years apart in age." : null;
    }
  };

  return compose(detail, detail.mentor, strength, weakness, maxReasons);
}

function compose<C extends string>(
  detail: ScoreDetail,
  parts: CriterionPart<C>[],
  strength: (part: CriterionPart<C>) => string | null,
  weakness: (part: CriterionPart<C>) => string | null,
  maxReasons: number,
): Explanation {
  const { strengths, weaknesses } = ranked(parts);
  const reasons: string[] = [];
  const used = new Set<C>();
  for (const part of strengths) {
    if (reasons.length >= maxReasons) break;
    if (part.value < STRONG && reasons.length > 0) break;
    const sentence = strength(part);
    if (sentence) {
      reasons.push(sentence);
      used.add(part.criterion);
    }
  }
  let weakest: string | null = null;
  for (const part of weaknesses) {
    if (used.has(part.criterion)) continue;
    weakest = weakness(part);
    if (weakest) break;
  }
  return { score: detail.score, reasons, weakest };
}
